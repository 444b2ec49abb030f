import type { z } from 'zod';
import { api } from '@/lib/api';
import { SubnetCreateSchema } from '@/lib/scp';
import type { SessionUser } from '@/lib/session-client/session-api';
import { azsQuery, projectsQuery, subnetsQuery, vpcOptions, vpcsQuery } from '../core/lookups';
import { networkRoleVerdict } from '../vpcs/actions';
import { checkSubnetPlan, parseCidr, parsePools, suggestPlan } from './plan';
import type { CreateForm, FieldError, FilterOption, FormField, LoadContext } from '../core/types';

/*
 * Creating a subnet (catalog §4.11.2, synchronous): the form, the body it
 * makes and its checks, which the browser runs before anything is sent.
 */

/** The usual gateway and pool of the CIDR typed, when it is a network. */
function planOfCidr(values: Record<string, string>): Record<string, string> | null {
  const cidr = parseCidr(values.cidr ?? '');
  if (!cidr) return null;
  const plan = suggestPlan(cidr);
  return { gateway_ip: plan.gateway_ip, allocation_pools: plan.pools };
}

/** The create form's fields besides the VPC (catalog §4.11.2: SCP's create takes these); the CIDR fills in gateway and pools. */
export const subnetCreateFields: readonly FormField[] = [
  { name: 'name', labelKey: 'subnets.field.name', kind: 'text' },
  { name: 'description', labelKey: 'subnets.field.description', kind: 'textarea' },
  { name: 'cidr', labelKey: 'subnets.field.cidr', kind: 'text', hintKey: 'subnets.field.cidrHint', fill: { labelKey: 'subnets.create.suggest', of: planOfCidr } },
  { name: 'gateway_ip', labelKey: 'subnets.field.gateway', kind: 'text', hintKey: 'subnets.field.gatewayHint' },
  { name: 'enable_dhcp', labelKey: 'subnets.field.dhcp', kind: 'checkbox', hintKey: 'subnets.field.dhcpHint' },
  { name: 'allocation_pools', labelKey: 'subnets.field.pools', kind: 'textarea', hintKey: 'subnets.field.poolsHint' },
];

/** The create body from the form's values. */
export function subnetCreateBody(vpcId: string, values: Record<string, string>): z.input<typeof SubnetCreateSchema> {
  return {
    name: values.name ?? '',
    description: values.description ? values.description : undefined,
    vpc_id: vpcId,
    cidr: (values.cidr ?? '').trim(),
    gateway_ip: (values.gateway_ip ?? '').trim(),
    enable_dhcp: values.enable_dhcp === '0' ? 0 : 1,
    allocation_pools: parsePools(values.allocation_pools ?? ''),
  };
}

/**
 * Problems of the create form by field: the request schema the BFF parses
 * with, then SCP's address rules against the VPC's other subnets (whose
 * words, being the console's own, win).
 */
export function checkSubnetCreate(vpcId: string, values: Record<string, string>, others: readonly { name: string; cidr: string }[]): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  if (!vpcId) out.vpc_id = { key: 'forms.error.required' };
  const parsed = SubnetCreateSchema.safeParse(subnetCreateBody(vpcId, values));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'name');
      out[field] ??= { key: 'forms.error.invalid', values: { detail: issue.message } };
    }
  }
  const plan = checkSubnetPlan({ cidr: values.cidr ?? '', gateway_ip: values.gateway_ip ?? '', allocation_pools: values.allocation_pools ?? '' }, others);
  return { ...out, ...plan };
}

/** The active VPCs a subnet may go in; an admin sees whose each one is. */
async function vpcChoices({ read }: LoadContext, asAdmin: boolean): Promise<FilterOption[]> {
  const [vpcs, azs, projects] = await Promise.all([read(vpcsQuery()), read(azsQuery), asAdmin ? read(projectsQuery) : undefined]);
  const tenantName = new Map((projects?.items ?? []).map((p) => [p.id, p.name]));
  const active = vpcs.items.filter((v) => v.status === 'active');
  return vpcOptions(active, azs.items).map((o, i) => {
    const tenant = tenantName.get(active[i].project_id);
    return { value: o.value, label: tenant ? `${tenant} · ${o.label}` : (o.label ?? o.value) };
  });
}

/** The VPC field, then the others. */
function createFields(session: Pick<SessionUser, 'role'>): readonly FormField[] {
  const asAdmin = session.role === 'admin';
  const vpcField: FormField = {
    name: 'vpc_id', labelKey: 'subnets.field.vpc', kind: 'select', placeholderKey: 'subnets.create.choose', testId: 'subnet-create-vpc',
    choices: () => ({ key: [...vpcsQuery().queryKey, 'active', asAdmin], fetch: (ctx) => vpcChoices(ctx, asAdmin) }),
  };
  return [vpcField, ...subnetCreateFields];
}

/** The VPC's other subnets, for the plan's overlap check; unread ones leave it to SCP. */
async function subnetsOfVpc({ read }: LoadContext, vpcId: string): Promise<readonly { name: string; cidr: string }[]> {
  if (!vpcId) return [];
  return (await read(subnetsQuery({ vpc_id: vpcId })).catch(() => ({ items: [] }))).items;
}

/**
 * A subnet in a VPC (POST /api/subnets, synchronous; admins and tenant
 * admins). A list filtered by a VPC creates in it. The plan is checked with
 * the registry's SubnetCreateSchema and SCP's address rules before it is sent.
 */
export const subnetCreate: CreateForm = {
  buttonKey: 'subnets.create.button',
  titleKey: 'subnets.create.title',
  submitKey: 'subnets.create.submit',
  failedKey: 'subnets.create.failed',
  testIds: { button: 'subnet-create', dialog: 'subnet-create-dialog' },
  wide: true,
  allowed: networkRoleVerdict,
  fields: createFields,
  initial: (_, filters) => ({ vpc_id: filters.vpc_id ?? '', name: '', description: '', cidr: '', gateway_ip: '', enable_dhcp: '1', allocation_pools: '' }),
  body: { schema: SubnetCreateSchema, of: (values) => subnetCreateBody(values.vpc_id ?? '', values), fieldOf: (path) => (path.length ? String(path[0]) : undefined) },
  verify: async (values, ctx) => checkSubnetCreate(values.vpc_id ?? '', values, await subnetsOfVpc(ctx, values.vpc_id ?? '')),
  send: async (body, { clientToken }) => {
    await api.post('/api/subnets', { body: body as z.output<typeof SubnetCreateSchema>, clientToken });
    return {};
  },
};
