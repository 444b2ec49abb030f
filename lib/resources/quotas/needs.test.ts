import { describe, expect, it } from 'vitest';
import type { Quota } from '@/lib/scp';
import { quotaLines, shortQuotas } from './needs';

const AZ = '11111111-1111-4111-8111-111111111111';
const TAG = '00000000-0000-0000-0000-000000000000';
const row = (namespace: string, resource: string, limit: number, inUse: number): Quota => ({
  id: `${namespace}${resource}`.padEnd(64, '0'), provider: 'hci', namespace, resource, project_id: 'p'.repeat(32), name: resource,
  separated_quotas: [{ az_id: AZ, in_use: inUse }], az_quotas: [{ az_id: AZ, hard_limit: limit }],
});
const rows = [row('compute', 'vm_count', 40, 16), row('compute', 'cores', 128, 100), row('compute', 'ram', 262144, 1024), row('storage', `storage_tag::${TAG}`, 4194304, 0)];

describe('quota lines', () => {
  it('sets each need against what is left in the AZ', () => {
    const lines = quotaLines(rows, AZ, { vm_count: 3, cores: 24, ram: 6144, storage: { [TAG]: 61440 } });
    expect(lines.map((l) => [l.key, l.need, l.remaining, l.fits])).toEqual([
      ['compute/vm_count', 3, 24, true],
      ['compute/cores', 24, 28, true],
      ['compute/ram', 6144, 261120, true],
      [`storage/storage_tag::${TAG}`, 61440, 4194304, true],
    ]);
    expect(shortQuotas(lines)).toEqual([]);
  });

  it('names what does not fit', () => {
    const lines = quotaLines(rows, AZ, { vm_count: 1, cores: 64, ram: 1024, storage: {} });
    expect(shortQuotas(lines).map((l) => l.kind)).toEqual(['cores']);
  });

  it('a missing row, another AZ or −1 is unlimited', () => {
    const lines = quotaLines([row('compute', 'cores', -1, 500)], AZ, { vm_count: 100, cores: 1000, ram: 1, storage: { x: 1 } });
    expect(lines.every((l) => l.fits && l.remaining === null)).toBe(true);
    expect(quotaLines(rows, '22222222-2222-4222-8222-222222222222', { vm_count: 99, cores: 999, ram: 1, storage: {} }).every((l) => l.fits)).toBe(true);
  });
});
