import { describe, expect, it } from 'vitest';
import type { OpLogEntry } from '@/lib/scp';
import { opLog } from './log';

const entry = (extra: Partial<OpLogEntry> = {}) =>
  ({ id: 't-1', action: '开机', object_id: 'vm-1', object_name: 'web-1', object_type: '云主机', status: 'failure', progress: 40, description: 'no host', begin_time: '2025-01-02 03:04:05', end_time: '2025-01-02 03:05:05', ...extra }) as OpLogEntry;

const cells = (e: OpLogEntry) => Object.fromEntries(opLog.columns.map((c) => [c.id, c.cell(e, 0)]));

describe('the operation log declaration', () => {
  it('links each entry to its task, names its object and says why a failed one failed', () => {
    expect(cells(entry())).toEqual({
      action: { kind: 'link', text: '开机', href: '/tasks/t-1' },
      object: { kind: 'object', objectKind: 'server', id: 'vm-1', name: 'web-1' },
      objectType: { kind: 'plain', text: '云主机' },
      status: { kind: 'progress', status: 'failure', progress: 40, name: 'web-1', reason: 'no host' },
      begin: { kind: 'time', value: '2025-01-02 03:04:05' },
      elapsed: { kind: 'duration', seconds: 60 },
    });
    expect(cells(entry({ status: 'success', object_name: null, action: null })).status).toEqual({ kind: 'progress', status: 'success', progress: 40, name: 'vm-1', reason: undefined });
  });

  it('builds the first page of the view the form says, at the same size; the tenant only for who may pick one', () => {
    const view = opLog.url.parse(new URLSearchParams('?pageSize=50&page=3'));
    const values = { status: 'doing', objectType: '', projectId: '0123456789abcdef0123456789abcdef', from: '2025-01-02 03:04:05', to: '' };
    expect(opLog.url.search(opLog.viewOf(values, view, true))).toBe('?status=doing&projectId=0123456789abcdef0123456789abcdef&from=2025-01-02+03%3A04%3A05&pageSize=50');
    expect(opLog.viewOf(values, view, false).projectId).toBeUndefined();
  });

  it('keeps an object type it does not know among the choices, and gives the tenant filter to admins only', () => {
    const type = opLog.filters.find((f) => f.name === 'objectType')!;
    expect(type.options!('路由器').at(-1)).toEqual({ value: '路由器', label: '路由器' });
    expect(opLog.filters.find((f) => f.name === 'projectId')!.roles).toEqual(['admin']);
  });
});
