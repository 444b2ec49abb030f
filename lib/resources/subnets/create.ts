import type { z } from 'zod';
import { SubnetCreateSchema } from '@/lib/scp';
import { checkSubnetPlan, parsePools } from './plan';
import type { FieldError, FormField } from '../core/types';

/*
 * Creating a subnet (catalog §4.11.2, synchronous): the form, the body it
 * makes and its checks, which the browser runs before anything is sent.
 */

/** The create form's fields besides the VPC (catalog §4.11.2: SCP's create takes these). */
export const subnetCreateFields: readonly FormField[] = [
  { name: 'name', labelKey: 'subnets.field.name', kind: 'text' },
  { name: 'description', labelKey: 'subnets.field.description', kind: 'textarea' },
  { name: 'cidr', labelKey: 'subnets.field.cidr', kind: 'text', hintKey: 'subnets.field.cidrHint' },
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
