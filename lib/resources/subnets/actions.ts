import { api } from '@/lib/api';
import { SubnetEditSchema, type Subnet } from '@/lib/scp';
import type { SessionUser } from '@/lib/session-client/session-api';
import type { z } from 'zod';
import { NETWORK_TRANSITIONAL } from '../vpcs/status';
import { checkPools, formatPools, parseCidr, parsePools } from './plan';
import { ALLOWED, refuse, type Action, type FieldError, type FormField, type Verdict } from '../core/types';
import { networkRoleVerdict } from '../vpcs/actions';

/*
 * What can be done to a subnet (catalog §4.11.2): edit its name, description,
 * DHCP and address pools (CIDR and gateway are fixed), or delete it when no
 * port uses it (SCP says which ones do when it refuses).
 */

type SubnetLike = Pick<Subnet, 'id' | 'name' | 'description' | 'status' | 'is_visible' | 'cidr' | 'gateway_ip' | 'enable_dhcp' | 'allocation_pools'>;

/** Whether a subnet may be changed, and if not, why. */
export function subnetChangeVerdict(subnet: SubnetLike, session: Pick<SessionUser, 'role'>): Verdict {
  const role = networkRoleVerdict(session);
  if (!role.ok) return role;
  if (subnet.is_visible === 0) return refuse('state', 'subnets.reason.hidden');
  if (subnet.status && NETWORK_TRANSITIONAL.has(subnet.status)) return refuse('state', 'vpcs.reason.busy');
  return ALLOWED;
}

/** The edit form's fields. */
export const subnetEditFields: readonly FormField[] = [
  { name: 'name', labelKey: 'subnets.field.name', kind: 'text' },
  { name: 'description', labelKey: 'subnets.field.description', kind: 'textarea' },
  { name: 'enable_dhcp', labelKey: 'subnets.field.dhcp', kind: 'checkbox', hintKey: 'subnets.field.dhcpHint' },
  { name: 'allocation_pools', labelKey: 'subnets.field.pools', kind: 'textarea', hintKey: 'subnets.field.poolsHint' },
];

/** The form's values of a subnet. */
export function subnetEditInitial(s: SubnetLike): Record<string, string> {
  return { name: s.name, description: s.description ?? '', enable_dhcp: s.enable_dhcp === 0 ? '0' : '1', allocation_pools: formatPools(s.allocation_pools) };
}

/** The edit body: only what changed (SCP's PUT takes any subset). */
export function subnetEditBody(values: Record<string, string>, s: SubnetLike): z.input<typeof SubnetEditSchema> {
  const initial = subnetEditInitial(s);
  const changed = (name: string) => (values[name] ?? '') !== initial[name];
  return {
    name: changed('name') ? values.name.trim() : undefined,
    description: changed('description') ? values.description : undefined,
    enable_dhcp: changed('enable_dhcp') ? (values.enable_dhcp === '1' ? 1 : 0) : undefined,
    allocation_pools: changed('allocation_pools') ? parsePools(values.allocation_pools) : undefined,
  };
}

/** Problems of the edit form by field: the shared request schema, then the pools against the subnet's CIDR and gateway. */
export function checkSubnetEdit(values: Record<string, string>, s: SubnetLike): Record<string, FieldError> {
  const body = subnetEditBody(values, s);
  if (Object.values(body).every((v) => v === undefined)) return { name: { key: 'subnets.error.nothingChanged' } };
  const out: Record<string, FieldError> = {};
  const parsed = SubnetEditSchema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'name');
      out[field] ??= { key: 'forms.error.invalid', values: { detail: issue.message } };
    }
  }
  const c = parseCidr(s.cidr);
  if (body.allocation_pools && c && !out.allocation_pools) {
    const pools = checkPools(c, s.gateway_ip ?? '', body.allocation_pools);
    if (pools) out.allocation_pools = pools;
  }
  return out;
}

/** Edit a subnet (synchronous: no task). */
export const editSubnet: Action<SubnetLike> = {
  id: 'edit',
  labelKey: 'subnets.action.edit',
  form: { titleKey: 'subnets.edit.title', fields: subnetEditFields, initial: subnetEditInitial, check: checkSubnetEdit },
  allowed: subnetChangeVerdict,
  run: async (s, ctx) => {
    const body = SubnetEditSchema.parse(subnetEditBody(ctx.values ?? {}, s));
    await api.put('/api/subnets/:subnet_id', { params: { subnet_id: s.id }, body, clientToken: ctx.clientToken });
    return {};
  },
};

/** Delete an unused subnet (synchronous). */
export const deleteSubnet: Action<SubnetLike> = {
  id: 'delete',
  labelKey: 'subnets.action.delete',
  confirm: { titleKey: 'subnets.confirm.delete.title', bodyKey: 'subnets.confirm.delete.body', danger: true },
  allowed: subnetChangeVerdict,
  run: async (s, ctx) => {
    await api.delete('/api/subnets/:subnet_id', { params: { subnet_id: s.id }, clientToken: ctx.clientToken });
    return {};
  },
};

/** The actions of a subnet row. */
export const SUBNET_ACTIONS: readonly Action<SubnetLike>[] = [editSubnet, deleteSubnet];
