import { z } from 'zod';
import { badRequest, conflict } from '../../errors';
import { ok, type RequestContext, type RouteSpec } from '../../http/context';
import { parseBody } from '../../http/validate';
import { ADMIN_ONLY } from '../../state/roles';
import { GLOBAL_AZ_ID } from '../../state/store';
import { isoTime } from '../../state/time';
import type { Project } from '../../state/types';
import { addUser } from '../../state/user-factory';
import { addQuotaRecords } from '../quotas/records';
import { renderProjectWritten } from './render';

/** Contact fields shared by create and edit. */
export const MailSchema = z.string().regex(/^[^@\s]+@[^@\s]+$/, 'must be an e-mail address like name@example.com');
export const PhoneSchema = z.string().regex(/^[0-9+\-() ]{3,32}$/, 'must be a phone number (digits, + - ( ) and spaces)');
export const ProjectNameSchema = z.string().trim().min(1, 'is required').max(64, 'must be at most 64 characters');
export const DescriptionSchema = z.string().max(255, 'must be at most 255 characters');

const CreateSchema = z.object({
  project: z.object({
    id: z.string().regex(/^[0-9a-f]{32}$/, 'must be 32 lowercase hex characters').optional(),
    name: ProjectNameSchema,
    description: DescriptionSchema.default(''),
    // Operations (MSP) mode is not simulated: the tenant always belongs to admin, as the create sample's answer shows.
    parent_id: z.string().optional(),
    project_admin: z.object({
      user_id: z.string().regex(/^[0-9a-f]{32}$/, 'must be 32 lowercase hex characters').optional(),
      user_name: z.string().trim().min(1, 'is required').max(64, 'must be at most 64 characters'),
      mail: MailSchema,
      phone: PhoneSchema,
      password: z.string().min(1, 'is required (RSA-encrypted with the public-key modulus, as hex)'),
    }),
  }),
});

/** 409 when another tenant already has this name (SCP keeps tenant names unique). */
export function assertProjectNameFree(ctx: RequestContext, name: string, exceptId = ''): void {
  for (const p of ctx.store.projects.values()) {
    if (p.id !== exceptId && p.name === name) throw conflict(`a tenant named "${name}" already exists (${p.id}); choose another name`);
  }
}

function createProject(ctx: RequestContext) {
  const { project: b } = parseBody(CreateSchema, ctx.body);
  const { store } = ctx;
  const password = ctx.rsa.decryptHex(b.project_admin.password, 'project.project_admin.password');
  if (!password) throw badRequest('project.project_admin.password must not be empty once decrypted');
  assertProjectNameFree(ctx, b.name);
  if (store.userByLogin(b.project_admin.user_name)) {
    throw conflict(`project.project_admin.user_name "${b.project_admin.user_name}" is already taken by another account`);
  }
  const id = b.id ?? store.ids.hex(32);
  if (store.projects.has(id)) throw conflict(`project.id ${id} is already used by tenant ${store.projects.get(id)!.name}`);
  const userId = b.project_admin.user_id;
  if (userId && store.users.has(userId)) throw conflict(`project.project_admin.user_id ${userId} is already used by another account`);
  const admin = addUser(store, { name: b.project_admin.user_name, password, project_id: id, role_type: 'tenant' }, ctx.now);
  if (userId) {
    store.removeUser(admin.id);
    admin.id = userId;
    store.addUser(admin);
  }
  Object.assign(admin, { mail: b.project_admin.mail, phone: b.project_admin.phone });
  const project: Project = {
    id, name: b.name, description: b.description, enabled: 1, role_type: 'tenant', parent_id: '', az_ids: [], admin_user_id: admin.id,
    created_at: isoTime(ctx.now), updated_at: '',
  };
  store.projects.set(id, project);
  // Its global quota records, at 0 until the admin sets them; per-AZ ones come with each associated AZ.
  addQuotaRecords(store, project, GLOBAL_AZ_ID);
  return ok(renderProjectWritten(store, project));
}

/** POST /projects: a tenant and its admin account, synchronously (200 as documented). */
export function projectCreateRoutes(): RouteSpec[] {
  return [{
    method: 'POST', paths: ['/janus/20180725/projects'], roles: ADMIN_ONLY,
    summary: 'create a tenant with its admin account (200, sync)',
    handler: createProject,
  }];
}
