import type { z } from 'zod';
import { api } from '@/lib/api';
import { FloatingIpCreateSchema } from '@/lib/scp';
import type { SessionUser } from '@/lib/session-client/session-api';
import { floatingIpRoleVerdict } from './actions';
import { checkMbps, kbpsOf, MAX_MBPS, MIN_MBPS } from './bandwidth';
import { lineTypesQuery } from './lookups';
import { azOptions, azsQuery, projectOptions, projectsQuery } from '../core/lookups';
import type { CreateForm, FieldError, FormField } from '../core/types';

/*
 * Allocating a floating IP (POST /floatingips, catalog §4.11.6): SCP answers
 * at once with the address, no task. It needs the tenant, where the address
 * comes from (a line type, served in the AZ chosen) and a bandwidth.
 */

const projectField: FormField = {
  name: 'project_id', labelKey: 'floatingIps.field.project', kind: 'select', placeholderKey: 'floatingIps.allocate.pickProject', clears: ['az_id', 'line_type'],
  choices: () => ({ key: projectsQuery.queryKey, fetch: async ({ read }) => projectOptions((await read(projectsQuery)).items) }),
};

/** A tenant picks among its own AZs (the console API answers a tenant with those). */
const tenantAzField: FormField = {
  name: 'az_id', labelKey: 'floatingIps.field.az', kind: 'select', placeholderKey: 'floatingIps.allocate.pickAz', clears: ['line_type'],
  choices: () => ({ key: azsQuery.queryKey, fetch: async ({ read }) => azOptions((await read(azsQuery)).items) }),
};

/** An admin picks among the AZs of the tenant chosen. */
const adminAzField: FormField = {
  ...tenantAzField,
  choices: (values) => values.project_id ? {
    key: [...projectsQuery.queryKey, 'azs-of', values.project_id],
    fetch: async ({ read }) => ((await read(projectsQuery)).items.find((p) => p.id === values.project_id)?.azs ?? []).map((az) => ({ value: az.az_id, label: az.az_name ?? az.az_id })),
  } : null,
};

const lineTypeField: FormField = {
  name: 'line_type', labelKey: 'floatingIps.field.lineType', kind: 'select', placeholderKey: 'floatingIps.allocate.pickLineType', hintKey: 'floatingIps.hint.lineType',
  choices: (values) => values.az_id ? {
    key: lineTypesQuery(values.az_id).queryKey,
    fetch: async ({ read }) => (await read(lineTypesQuery(values.az_id))).linetypes.map((lt) => ({ value: lt.id, label: lt.name })),
  } : null,
};

const bandwidthField: FormField = {
  name: 'mbps', labelKey: 'floatingIps.field.bandwidth', kind: 'number', min: MIN_MBPS, max: MAX_MBPS, unitKey: 'floatingIps.unit.mbps', hintKey: 'floatingIps.hint.bandwidth',
};

/** The allocate form's fields: admins choose the tenant first, then one of its AZs. */
export function allocateFields(session: SessionUser): readonly FormField[] {
  return session.role === 'admin' ? [projectField, adminAzField, lineTypeField, bandwidthField] : [tenantAzField, lineTypeField, bandwidthField];
}

/** The form's first values: a tenant allocates for its own project. */
export function allocateInitial(session: SessionUser): Record<string, string> {
  return { project_id: session.role === 'admin' ? '' : session.projectId, az_id: '', line_type: '', mbps: '10' };
}

/** Problems by field name. */
export function checkAllocate(values: Record<string, string>): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const name of ['project_id', 'az_id', 'line_type'] as const) if (!values[name]) out[name] = { key: 'forms.error.required' };
  const mbps = checkMbps(values.mbps);
  if (mbps) out.mbps = mbps;
  return out;
}

/** The create request of checked values: symmetric bandwidth in kbps, as SCP requires. */
export function allocateBody(values: Record<string, string>): z.input<typeof FloatingIpCreateSchema> {
  const kbps = kbpsOf(values.mbps);
  return { project_id: values.project_id, az_ids: [values.az_id], line_type: values.line_type, bandwidth: { qos_uplink: kbps, qos_downlink: kbps } };
}

/** The form field a request path is about where the body's shape differs from the form's: one bandwidth figure, one AZ. */
const FIELD_OF_BODY_KEY = new Map([['bandwidth', 'mbps'], ['az_ids', 'az_id']]);

/**
 * Allocate a floating IP (POST /api/floatingips, synchronous): the role rule
 * is the actions' own, and the page says the new address once SCP gives it.
 */
export const floatingIpAllocate: CreateForm = {
  buttonKey: 'floatingIps.action.allocate',
  titleKey: 'floatingIps.allocate.title',
  submitKey: 'floatingIps.action.allocate',
  failedKey: 'floatingIps.allocate.failed',
  testIds: { button: 'allocate', dialog: 'allocate-dialog', done: 'allocated' },
  allowed: floatingIpRoleVerdict,
  fields: allocateFields,
  initial: allocateInitial,
  body: { schema: FloatingIpCreateSchema, of: allocateBody, fieldOf: (path) => FIELD_OF_BODY_KEY.get(String(path[0])) },
  check: checkAllocate,
  send: async (body, { clientToken }) => {
    const created = await api.post('/api/floatingips', { body: body as z.input<typeof FloatingIpCreateSchema>, clientToken });
    return { object: { id: created.id, name: created.floating_ip }, done: { key: 'floatingIps.allocate.done', values: { address: created.floating_ip } } };
  },
};
