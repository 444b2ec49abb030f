import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/session-client/session-api';
import { verifyCreateForm } from '../core/form-check';
import type { LoadContext } from '../core/types';
import { subnetCreate } from './create';

const tenant: SessionUser = { username: 'acme', role: 'tenant', projectId: 'a'.repeat(32), projectName: 'acme' };
const VPC = '7d1e6a3c-1f0b-4c1e-9a5e-0f6d2b8c9a10';
const good = { vpc_id: VPC, name: 'web', description: '', cidr: '10.0.9.0/24', gateway_ip: '10.0.9.1', enable_dhcp: '1', allocation_pools: '10.0.9.2-10.0.9.254' };

/** Cached reads answering the VPC's subnets (or failing). */
const reads = (subnets: { name: string; cidr: string }[] | Error): LoadContext => ({
  read: async () => {
    if (subnets instanceof Error) throw subnets;
    return { items: subnets, total: subnets.length } as never;
  },
});

describe('subnet create form', () => {
  it('starts in the VPC the list is filtered by', () => {
    expect(subnetCreate.initial(tenant, { vpc_id: VPC }).vpc_id).toBe(VPC);
    expect(subnetCreate.initial(tenant, {}).vpc_id).toBe('');
  });

  it('fills gateway and pools from a CIDR that is a network, and nothing from one that is not', () => {
    const cidr = subnetCreate.fields(tenant).find((f) => f.name === 'cidr')!;
    expect(cidr.fill!.of({ cidr: '10.0.9.0/24' })).toEqual({ gateway_ip: '10.0.9.1', allocation_pools: '10.0.9.2-10.0.9.254' });
    expect(cidr.fill!.of({ cidr: '10.0.9.1/24' })).toBeNull();
  });

  it('checks the plan against the VPC\'s subnets, in the console\'s words, and sends the schema\'s output', async () => {
    const fields = subnetCreate.fields(tenant);
    const clash = await verifyCreateForm(subnetCreate, fields, { ...good, cidr: '10.0.1.0/25' }, reads([{ name: 'a', cidr: '10.0.1.0/24' }]));
    expect(clash.ok ? undefined : clash.errors.cidr).toEqual({ key: 'subnets.error.overlap', values: { name: 'a', cidr: '10.0.1.0/24' } });
    const bad = await verifyCreateForm(subnetCreate, fields, { ...good, cidr: 'nope', name: '' }, reads([]));
    expect(bad.ok ? {} : { cidr: bad.errors.cidr?.key, name: bad.errors.name?.key }).toEqual({ cidr: 'subnets.error.cidr', name: 'forms.error.invalid' });
    const sent = await verifyCreateForm(subnetCreate, fields, { ...good, name: ' web ' }, reads(new Error('down')));
    expect(sent).toMatchObject({ ok: true, body: { name: 'web', vpc_id: VPC, allocation_pools: [{ start: '10.0.9.2', end: '10.0.9.254' }] } });
  });
});
