import { describe, expect, it } from 'vitest';
import { GLOBAL_QUOTA_AZ_ID, type Quota } from '@/lib/scp';
import { checkQuotaEdit, documentedQuotaKeys, FORM_ERROR, quotaGroups, quotaSetBody, refusedQuota, type LimitValue } from './view';

const AZ = '6f1c6f0e-1111-4d5e-9a6b-000000000001';
const AZ2 = '6f1c6f0e-1111-4d5e-9a6b-000000000002';
const PROJECT = 'a'.repeat(32);
const TAG = '00000000-0000-0000-0000-000000000000';

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
  row('storage', `storage_tag::${TAG}`, { [AZ]: -1 }, { [AZ]: 2048 }, { name: '高性能存储' }),
  row('network', 'eip_count::line', { [GLOBAL_QUOTA_AZ_ID]: 5 }, { [GLOBAL_QUOTA_AZ_ID]: 2 }),
  row('vac', 'vAC-1000', { [AZ]: 2 }, {}, { name: 'vAC-1000', unit: '台' }),
];

/** Typed values: a number as text, in GB unless given. */
const typed = (values: Record<string, string>, unit: LimitValue['unit'] = 'GB'): Record<string, LimitValue> =>
  Object.fromEntries(Object.entries(values).map(([key, text]) => [key, { text, unit }]));

describe('quotaGroups', () => {
  it('groups rows per AZ, the global group last, with use, limit and ratio', () => {
    const groups = quotaGroups(rows);
    expect(groups.map((g) => [g.azId, g.global, g.items.map((i) => i.key)])).toEqual([
      [AZ, false, ['compute/cores', `storage/storage_tag::${TAG}`, 'vac/vAC-1000']],
      [GLOBAL_QUOTA_AZ_ID, true, ['network/eip_count::line']],
    ]);
    const [cores, storage, unknown] = groups[0].items;
    expect(cores).toMatchObject({ labelKey: 'quotas.resource.cores', amount: 'cores', limit: 64, inUse: 16, ratio: 0.25, unset: false });
    expect(storage).toMatchObject({ labelKey: 'quotas.resource.storage_tag', amount: 'mb', limit: -1, ratio: null, name: '高性能存储', ref: TAG });
    expect(unknown).toMatchObject({ labelKey: undefined, amount: 'raw', unit: '台', inUse: 0 });
  });

  it('adds every documented quota a tenant with no rows has in each of its AZs and globally, unset', () => {
    const groups = quotaGroups([], { azs: [{ azId: AZ, storageTagIds: [TAG] }, { azId: AZ2, storageTagIds: [] }], lineTypeIds: ['line'] });
    expect(groups.map((g) => g.azId)).toEqual([AZ, AZ2, GLOBAL_QUOTA_AZ_ID]);
    expect(groups[0].items.map((i) => i.key)).toEqual([
      'compute/vm_count', 'compute/cores', 'compute/ram', `storage/storage_tag::${TAG}`, 'compute/nfv_cores', 'compute/nfv_ram', 'storage/backup_usage',
    ]);
    expect(groups[2].items.map((i) => i.key)).toEqual(['storage/image_usage', 'network/eip_count::line', 'network/eip_bandwidth::line', 'compute/container_cloud_service']);
    for (const item of groups.flatMap((g) => g.items)) expect(item).toMatchObject({ unset: true, provider: 'hci', inUse: 0, ratio: null });
    expect(groups[0].items[3]).toMatchObject({ namespace: 'storage', resource: `storage_tag::${TAG}`, ref: TAG, amount: 'mb' });
  });

  it('keeps the rows a tenant has, fills in the rest in documented order, and keeps other SKUs after them', () => {
    const groups = quotaGroups(rows, { azs: [{ azId: AZ, storageTagIds: [TAG] }], lineTypeIds: ['line'] });
    const keys = groups[0].items.map((i) => [i.key, i.unset]);
    expect(keys.slice(0, 4)).toEqual([['compute/vm_count', true], ['compute/cores', false], ['compute/ram', true], [`storage/storage_tag::${TAG}`, false]]);
    expect(keys.at(-1)).toEqual(['vac/vAC-1000', false]);
    expect(groups[1].items.filter((i) => !i.unset).map((i) => i.key)).toEqual(['network/eip_count::line']);
  });

  it('lists documented keys per AZ and globally', () => {
    expect(documentedQuotaKeys(true, [TAG], [])).toEqual(['storage/image_usage', 'compute/container_cloud_service']);
    expect(documentedQuotaKeys(false, [], ['line'])).not.toContain('network/eip_count::line');
  });
});

describe('quota edit', () => {
  const items = quotaGroups(rows)[0].items;
  const name = (i: { key: string }) => i.key;
  const used = (i: { inUse: number }) => String(i.inUse);

  it('sends only the changed limits, −1 for unlimited, sizes converted from GB and TB to MB', () => {
    const body = quotaSetBody(PROJECT, AZ, items, typed({ 'compute/cores': '96', [`storage/storage_tag::${TAG}`]: '-1', 'vac/vAC-1000': '2' }));
    expect(body.quota_sets).toEqual([{ provider: 'hci', namespace: 'compute', resource: 'cores', value: 96, az_id: AZ }]);
    const storage = quotaSetBody(PROJECT, AZ, items, { ...typed({ 'compute/cores': '64', 'vac/vAC-1000': '2' }), [`storage/storage_tag::${TAG}`]: { text: '1.5', unit: 'TB' } });
    expect(storage.quota_sets).toEqual([{ provider: 'hci', namespace: 'storage', resource: `storage_tag::${TAG}`, value: 1.5 * 1024 * 1024, az_id: AZ }]);
    expect(checkQuotaEdit(PROJECT, AZ, items, typed({ 'compute/cores': '96', [`storage/storage_tag::${TAG}`]: '−1', 'vac/vAC-1000': '2' }), name, used)).toEqual({});
  });

  it('sends an unset quota only once it is given a limit', () => {
    const fresh = quotaGroups([], { azs: [{ azId: AZ, storageTagIds: [TAG] }], lineTypeIds: [] })[0].items;
    expect(quotaSetBody(PROJECT, AZ, fresh, {}).quota_sets).toEqual([]);
    const body = quotaSetBody(PROJECT, AZ, fresh, typed({ 'compute/ram': '16', 'compute/cores': '0', 'compute/vm_count': '' }));
    expect(body.quota_sets).toEqual([
      { provider: 'hci', namespace: 'compute', resource: 'cores', value: 0, az_id: AZ },
      { provider: 'hci', namespace: 'compute', resource: 'ram', value: 16 * 1024, az_id: AZ },
    ]);
    expect(checkQuotaEdit(PROJECT, AZ, fresh, typed({ 'compute/ram': '16' }), name, used)).toEqual({});
  });

  it('refuses a limit below use, naming the quota, and what is not a whole number', () => {
    const errors = checkQuotaEdit(PROJECT, AZ, items, typed({ 'compute/cores': '8', [`storage/storage_tag::${TAG}`]: '0.1', 'vac/vAC-1000': '2.5' }), name, used);
    expect(errors['compute/cores']).toEqual({ key: 'quotas.edit.belowUsage', values: { quota: 'compute/cores', used: '16' } });
    expect(errors[`storage/storage_tag::${TAG}`]).toEqual({ key: 'quotas.edit.invalidMb', values: { quota: `storage/storage_tag::${TAG}` } });
    expect(errors['vac/vAC-1000']).toEqual({ key: 'quotas.edit.invalid', values: { quota: 'vac/vAC-1000' } });
    // 1 GB is 1024 MB, below the 2048 MB in use.
    expect(checkQuotaEdit(PROJECT, AZ, items, typed({ 'compute/cores': '64', [`storage/storage_tag::${TAG}`]: '1', 'vac/vAC-1000': '2' }), name, used)[`storage/storage_tag::${TAG}`]?.key).toBe('quotas.edit.belowUsage');
    expect(checkQuotaEdit(PROJECT, AZ, items, typed({ 'compute/cores': '-2', [`storage/storage_tag::${TAG}`]: '-1', 'vac/vAC-1000': '2' }), name, used)['compute/cores']?.key).toBe('quotas.edit.invalid');
    expect(checkQuotaEdit(PROJECT, AZ, items, typed({ 'compute/cores': '', [`storage/storage_tag::${TAG}`]: '-1', 'vac/vAC-1000': '2' }), name, used)['compute/cores']?.key).toBe('quotas.edit.invalid');
  });

  it('says bytes for image space that is not a whole number of bytes', () => {
    const image = quotaGroups([row('storage', 'image_usage', { [GLOBAL_QUOTA_AZ_ID]: 0 })])[0].items;
    expect(checkQuotaEdit(PROJECT, GLOBAL_QUOTA_AZ_ID, image, typed({ 'storage/image_usage': '0.1' }), name, used)['storage/image_usage']?.key).toBe('quotas.edit.invalidBytes');
    expect(quotaSetBody(PROJECT, GLOBAL_QUOTA_AZ_ID, image, typed({ 'storage/image_usage': '50' })).quota_sets[0].value).toBe(50 * 1024 ** 3);
  });

  it('reports a problem that is no quota\'s under the form', () => {
    expect(checkQuotaEdit('not-a-project', AZ, items, typed({ 'compute/cores': '70', [`storage/storage_tag::${TAG}`]: '-1', 'vac/vAC-1000': '2' }), name, used)[FORM_ERROR]).toBeDefined();
  });

  it('reports a provider the API does not take under the form, not as a bad number', () => {
    const odd = quotaGroups([row('object', 'buckets', { [AZ]: 10 }, {}, { provider: 'oss' })])[0].items;
    const errors = checkQuotaEdit(PROJECT, AZ, odd, typed({ 'object/buckets': '20' }), name, used);
    expect(errors['object/buckets']).toBeUndefined();
    expect(errors[FORM_ERROR]?.values?.detail).toMatch(/^quota_sets\.0\.provider: /);
  });
});

describe('refusedQuota', () => {
  const items = quotaGroups(rows)[0].items;
  const body = quotaSetBody(PROJECT, AZ, items, typed({ 'compute/cores': '96', [`storage/storage_tag::${TAG}`]: '4', 'vac/vAC-1000': '2' }));

  it('finds the quota an SCP refusal points at, with SCP\'s reason', () => {
    expect(refusedQuota(body, 'quota_sets.1.value: quota 高性能存储 cannot be set to 4096 MB in AZ a: tenant t already uses 8192 MB')).toEqual({
      key: `storage/storage_tag::${TAG}`, detail: 'quota 高性能存储 cannot be set to 4096 MB in AZ a: tenant t already uses 8192 MB',
    });
    expect(refusedQuota(body, 'quota_sets.0: nope')).toEqual({ key: 'compute/cores', detail: 'nope' });
  });

  it('leaves other failures to the form', () => {
    expect(refusedQuota(body, 'quota_sets.7.value: out of range')).toBeUndefined();
    expect(refusedQuota(body, 'SCP could not be reached')).toBeUndefined();
  });
});
