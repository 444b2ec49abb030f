import { describe, expect, it } from 'vitest';
import { GLOBAL_QUOTA_AZ_ID, type Quota } from '@/lib/scp';
import { checkQuotaEdit, FORM_ERROR, parseLimit, quotaGroups, quotaSetBody } from './quota-view';

const AZ = '6f1c6f0e-1111-4d5e-9a6b-000000000001';
const PROJECT = 'a'.repeat(32);

function row(namespace: string, resource: string, limits: Record<string, number>, used: Record<string, number> = {}, extra: Partial<Quota> = {}): Quota {
  return {
    id: 'f'.repeat(64), provider: 'hci', namespace, resource, project_id: PROJECT, category: 'pool', name: null, unit: null,
    az_quotas: Object.entries(limits).map(([az_id, hard_limit]) => ({ az_id, hard_limit })),
    separated_quotas: Object.entries(used).map(([az_id, in_use]) => ({ az_id, in_use })),
    ...extra,
  };
}

const rows = [
  row('compute', 'cores', { [AZ]: 64 }, { [AZ]: 16 }),
  row('storage', 'storage_tag::0000', { [AZ]: -1 }, { [AZ]: 2048 }, { name: '高性能存储' }),
  row('network', 'eip_count::line', { [GLOBAL_QUOTA_AZ_ID]: 5 }, { [GLOBAL_QUOTA_AZ_ID]: 2 }),
  row('vac', 'vAC-1000', { [AZ]: 2 }, {}, { name: 'vAC-1000', unit: '台' }),
];

describe('quotaGroups', () => {
  it('groups rows per AZ, the global group last, with use, limit and ratio', () => {
    const groups = quotaGroups(rows);
    expect(groups.map((g) => [g.azId, g.global, g.items.map((i) => i.key)])).toEqual([
      [AZ, false, ['compute/cores', 'storage/storage_tag::0000', 'vac/vAC-1000']],
      [GLOBAL_QUOTA_AZ_ID, true, ['network/eip_count::line']],
    ]);
    const [cores, storage, unknown] = groups[0].items;
    expect(cores).toMatchObject({ labelKey: 'quotas.resource.cores', amount: 'cores', limit: 64, inUse: 16, ratio: 0.25 });
    expect(storage).toMatchObject({ labelKey: 'quotas.resource.storage_tag', amount: 'mb', limit: -1, ratio: null, name: '高性能存储' });
    expect(unknown).toMatchObject({ labelKey: undefined, amount: 'raw', unit: '台', inUse: 0 });
  });
});

describe('quota edit', () => {
  const items = quotaGroups(rows)[0].items;
  const name = (i: { key: string }) => i.key;
  const used = (i: { inUse: number }) => String(i.inUse);

  it('sends only the changed limits, −1 for unlimited', () => {
    const body = quotaSetBody(PROJECT, AZ, items, { 'compute/cores': '96', 'storage/storage_tag::0000': '-1', 'vac/vAC-1000': '2' });
    expect(body.quota_sets).toEqual([{ provider: 'hci', namespace: 'compute', resource: 'cores', value: 96, az_id: AZ }]);
    expect(checkQuotaEdit(PROJECT, AZ, items, { 'compute/cores': '96' , 'storage/storage_tag::0000': '−1', 'vac/vAC-1000': '2' }, name, used)).toEqual({});
  });

  it('refuses a limit below use, naming the quota, and what is not a whole number', () => {
    const errors = checkQuotaEdit(PROJECT, AZ, items, { 'compute/cores': '8', 'storage/storage_tag::0000': '1.5', 'vac/vAC-1000': '2' }, name, used);
    expect(errors['compute/cores']).toEqual({ key: 'quotas.edit.belowUsage', values: { quota: 'compute/cores', used: '16' } });
    expect(errors['storage/storage_tag::0000']).toEqual({ key: 'quotas.edit.invalid', values: { quota: 'storage/storage_tag::0000' } });
    expect(checkQuotaEdit(PROJECT, AZ, items, { 'compute/cores': '-2', 'storage/storage_tag::0000': '-1', 'vac/vAC-1000': '2' }, name, used)['compute/cores']?.key).toBe('quotas.edit.invalid');
  });

  it('reports a problem that is no quota\'s under the form', () => {
    expect(checkQuotaEdit('not-a-project', AZ, items, { 'compute/cores': '70', 'storage/storage_tag::0000': '-1', 'vac/vAC-1000': '2' }, name, used)[FORM_ERROR]).toBeDefined();
  });

  it('reports a provider the API does not take under the form, not as a bad number', () => {
    const odd = quotaGroups([row('object', 'buckets', { [AZ]: 10 }, {}, { provider: 'oss' })])[0].items;
    const errors = checkQuotaEdit(PROJECT, AZ, odd, { 'object/buckets': '20' }, name, used);
    expect(errors['object/buckets']).toBeUndefined();
    expect(errors[FORM_ERROR]?.values?.detail).toMatch(/^quota_sets\.0\.provider: /);
  });

  it('parses whole numbers only', () => {
    expect([parseLimit(' 12 '), parseLimit('−1'), parseLimit('1e3'), parseLimit('')]).toEqual([12, -1, Number.NaN, Number.NaN]);
  });
});
