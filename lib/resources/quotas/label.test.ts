import { describe, expect, it } from 'vitest';
import { t, type MessageKey, type MessageValues } from '@/lib/i18n';
import { GLOBAL_QUOTA_AZ_ID, type Quota } from '@/lib/scp';
import { quotaLabel } from './label';
import { quotaGroups } from './view';

const AZ = '6f1c6f0e-1111-4d5e-9a6b-000000000001';
const TAG = '00000000-0000-0000-0000-000000000000';
const LINE = 'b1b2c3d4-0000-4000-8000-000000000001';
const en = (key: MessageKey, values?: MessageValues) => t('en', key, values);
const zh = (key: MessageKey, values?: MessageValues) => t('zh-CN', key, values);

function row(namespace: string, resource: string, extra: Partial<Quota> = {}): Quota {
  return {
    id: 'f'.repeat(64), provider: 'hci', namespace, resource, project_id: 'a'.repeat(32), category: 'pool', name: null, unit: null,
    az_quotas: [{ az_id: AZ, hard_limit: 1 }], separated_quotas: [], ...extra,
  };
}

const item = (q: Quota) => quotaGroups([q])[0].items[0];

describe('quotaLabel', () => {
  it('names documented quotas in words, in both languages', () => {
    expect(quotaLabel(item(row('compute', 'ram')), en)).toBe('Memory');
    expect(quotaLabel(item(row('compute', 'cores')), zh)).toBe('CPU 核数');
    expect(quotaLabel(item(row('storage', 'image_usage')), en)).toBe('Private image space');
  });

  it('names a storage quota by its tag and a floating-IP quota by its line type, never by the key or id', () => {
    const storage = item(row('storage', `storage_tag::${TAG}`, { name: '高性能存储' }));
    expect(quotaLabel(storage, en)).toBe('Storage: 高性能存储');
    expect(quotaLabel(storage, en, { storageTags: new Map([[TAG, 'Fast SSD']]) })).toBe('Storage: Fast SSD');
    const unnamed = quotaGroups([], { azs: [{ azId: AZ, storageTagIds: [TAG] }], lineTypeIds: [LINE] });
    const tagItem = unnamed[0].items.find((i) => i.ref === TAG)!;
    expect(quotaLabel(tagItem, zh)).toBe('存储:未命名的存储标签');
    const line = unnamed[1].items.find((i) => i.key === `network/eip_count::${LINE}`)!;
    expect(quotaLabel(line, en, { lineTypes: new Map([[LINE, '移动线路']]) })).toBe('Floating IPs: 移动线路');
    expect(quotaLabel(line, en)).toBe('Floating IPs: unnamed line type');
    for (const label of [quotaLabel(tagItem, en), quotaLabel(line, en)]) {
      expect(label).not.toContain('::');
      expect(label).not.toContain(TAG);
    }
  });

  it('names other quotas by SCP\'s name, else by their resource in words', () => {
    expect(quotaLabel(item(row('vmysql', 'vMySQL_instance', { name: '新建实例' })), en)).toBe('新建实例');
    expect(quotaLabel(item(row('vmysql', 'vMySQL_2c4g_performance')), en)).toBe('vMySQL 2c4g performance');
    expect(quotaLabel(quotaGroups([row('network', 'eip_count::x', { az_quotas: [{ az_id: GLOBAL_QUOTA_AZ_ID, hard_limit: 1 }] })])[0].items[0], en)).toBe('Floating IPs: unnamed line type');
  });
});
