import { z } from 'zod';
import { FlagValue, optText } from './common';
import { Uuid } from './ids';

const ProjectAz = z.looseObject({ az_id: z.string(), az_name: optText(), type: optText(), az_tag: optText(), arch_type: optText() });

/** A tenant (GET /projects item, catalog §4.4). `enabled` is an int here (a boolean in users). */
export const ProjectSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  /** The tenant admin's login name. */
  user_name: optText(),
  enabled: FlagValue.nullish(),
  role_type: optText(),
  azs: z.array(ProjectAz).default([]),
});
/** A tenant as the list shows it. */
export type Project = z.output<typeof ProjectSchema>;

/** A tenant's detail, with its admin contact. */
export const ProjectDetailSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: optText(),
  enabled: FlagValue.nullish(),
  role_type: optText(),
  /** "" when the tenant belongs to the platform admin, else the MSP's id. */
  parent_id: optText(),
  project_admin: z.looseObject({ user_name: optText(), user_id: optText(), mail: optText(), phone: optText() }).nullish(),
  azs: z.array(ProjectAz).default([]),
});
/** A tenant's detail. */
export type ProjectDetail = z.output<typeof ProjectDetailSchema>;

/** Answer of tenant create and edit: `{project: {…}}`. */
export const ProjectWrittenSchema = z.looseObject({ project: z.looseObject({ id: z.string(), name: z.string() }) });

const Mail = z.email({ error: 'must be an e-mail address' });
const Phone = z.string().regex(/^\+?[0-9 -]{5,20}$/, { error: 'must be a phone number' });

/** POST /projects: the tenant and its admin account. The password is plain text here; the BFF encrypts it. */
export const ProjectCreateSchema = z.object({
  project: z.object({
    name: z.string().trim().min(1).max(64),
    description: z.string().max(255).optional(),
    project_admin: z.object({
      user_name: z.string().trim().min(1).max(64),
      mail: Mail,
      phone: Phone,
      password: z.string().min(1).max(128),
    }),
  }),
});

/** PUT /projects/{id}: sent wrapped in `project`, as the sample does (catalog §9.6). */
export const ProjectEditSchema = z.object({
  project: z.object({
    name: z.string().trim().min(1).max(64).optional(),
    description: z.string().max(255).optional(),
    mail: Mail.optional(),
    phone: Phone.optional(),
  }).refine((b) => Object.values(b).some((v) => v !== undefined), { error: 'send at least one field to change' }),
});

/** POST /projects/{id}/azs: the AZs (resource pools) the tenant may use; dedicated host groups are not offered. */
export const ProjectAzsSchema = z.object({
  azs: z.array(z.object({ az_id: Uuid })).min(1, { error: 'must name at least one AZ' }),
});
