import type { z } from 'zod';
import { api } from '@/lib/api';
import { VpcCreateSchema } from '@/lib/scp';
import type { SessionUser } from '@/lib/session-client/session-api';
import { azOptions, azsQuery, projectOptions, projectsQuery, vpcsQuery } from '../core/lookups';
import type { CreateForm, FieldNote, FilterOption, FormField, LoadContext } from '../core/types';
import { networkRoleVerdict } from './actions';

/*
 * Creating a VPC (POST /api/vpcs, catalog §4.11.1): a task that goes to the
 * tray. SCP allows one VPC per tenant per AZ, so the AZ's existing VPC is
 * looked up and named before anything is sent.
 */

/** The name SCP gives a VPC created without one (the tray names the task's object by it). */
const SCP_DEFAULT_NAME = 'VPC网络';

type AzChoices = (values: Record<string, string>, ctx: LoadContext) => Promise<FilterOption[]>;

/** A tenant's own AZs (the console API answers a tenant with those). */
const tenantAzs: AzChoices = async (_, { read }) => azOptions((await read(azsQuery)).items);

/** The AZs of the tenant an admin chose. */
const azsOfProject: AzChoices = async (values, { read }) =>
  ((await read(projectsQuery)).items.find((p) => p.id === values.project_id)?.azs ?? []).map((az) => ({ value: az.az_id, label: az.az_name ?? az.az_id }));

/** The tenant's VPC in the AZ chosen, named with the AZ as the form shows it; it blocks the create. */
function existingVpc(azs: AzChoices): FieldNote {
  return {
    checkingKey: 'vpcs.create.checking',
    of: (values) => values.az_id && values.project_id ? {
      key: vpcsQuery({ az_id: values.az_id, project_id: values.project_id }).queryKey,
      fetch: async (ctx) => {
        const [page, choices] = await Promise.all([ctx.read(vpcsQuery({ az_id: values.az_id, project_id: values.project_id })), azs(values, ctx)]);
        const vpc = page.items[0];
        const az = choices.find((c) => c.value === values.az_id)?.label ?? values.az_id;
        return vpc ? { key: 'vpcs.create.exists', values: { name: vpc.name, az }, blocks: true, testId: 'vpc-exists' } : null;
      },
    } : null,
  };
}

const projectField: FormField = {
  name: 'project_id', labelKey: 'vpcs.create.project', kind: 'select', placeholderKey: 'vpcs.create.choose', clears: ['az_id'], testId: 'vpc-create-project',
  choices: () => ({ key: projectsQuery.queryKey, fetch: async ({ read }) => projectOptions((await read(projectsQuery)).items) }),
};

const tenantAzField: FormField = {
  name: 'az_id', labelKey: 'vpcs.create.az', kind: 'select', placeholderKey: 'vpcs.create.choose', emptyHintKey: 'vpcs.create.noAzs', testId: 'vpc-create-az',
  choices: (values) => ({ key: azsQuery.queryKey, fetch: (ctx) => tenantAzs(values, ctx) }),
  note: existingVpc(tenantAzs),
};

const adminAzField: FormField = {
  ...tenantAzField,
  unknownKey: 'vpcs.create.chooseProjectFirst',
  choices: (values) => values.project_id ? { key: [...projectsQuery.queryKey, 'azs-of', values.project_id], fetch: (ctx) => azsOfProject(values, ctx) } : null,
  note: existingVpc(azsOfProject),
};

const nameField: FormField = { name: 'name', labelKey: 'vpcs.create.name', kind: 'text', hintKey: 'vpcs.create.nameHint', testId: 'vpc-create-name' };

/** The create form's fields: admins choose the tenant first, then one of its AZs. */
export function vpcCreateFields(session: Pick<SessionUser, 'role'>): readonly FormField[] {
  return session.role === 'admin' ? [projectField, adminAzField, nameField] : [tenantAzField, nameField];
}

/** The POST /api/vpcs body of the form's values: SCP names a VPC left unnamed. */
export function vpcCreateBody(values: Record<string, string>): z.input<typeof VpcCreateSchema> {
  return { az_id: values.az_id ?? '', project_id: values.project_id ?? '', name: values.name?.trim() || undefined };
}

/** A VPC for a tenant in one of its AZs (admins and tenant admins), as fields over the registry's VpcCreateSchema. */
export const vpcCreate: CreateForm = {
  buttonKey: 'vpcs.create.button',
  titleKey: 'vpcs.create.title',
  submitKey: 'vpcs.create.submit',
  failedKey: 'vpcs.create.failed',
  taskKey: 'vpcs.action.create',
  introKey: 'vpcs.create.rule',
  testIds: { button: 'vpc-create', dialog: 'vpc-create-dialog' },
  allowed: networkRoleVerdict,
  fields: vpcCreateFields,
  initial: (session) => ({ project_id: session.role === 'admin' ? '' : session.projectId, az_id: '', name: '' }),
  body: { schema: VpcCreateSchema, of: vpcCreateBody },
  send: async (body, { clientToken }) => {
    const created = body as z.output<typeof VpcCreateSchema>;
    const answer = await api.post('/api/vpcs', { body: created, clientToken });
    return { taskId: answer.task_id, object: { id: '', name: created.name ?? SCP_DEFAULT_NAME } };
  },
};
