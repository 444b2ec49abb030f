import { afterEach, describe, expect, it, vi } from 'vitest';
import { findBatchTasks, logTimeOf, matchBatchTasks } from './bulk-tasks';

const a = '11111111-1111-4111-8111-111111111111';
const b = '22222222-2222-4222-8222-222222222222';
const c = '33333333-3333-4333-8333-333333333333';
const entry = (id: string, object_id = '', object_name = '', object_type = '云主机') => ({ id, object_id, object_name, object_type });

describe('logTimeOf', () => {
  it('writes SCP’s op-log time, local, to the second', () => {
    const ms = new Date(2025, 0, 2, 3, 4, 5, 678).getTime();
    expect(logTimeOf(ms)).toBe('2025-01-02 03:04:05');
  });
});

describe('matchBatchTasks', () => {
  it('takes the selection’s own per-server tasks when SCP starts one per server', () => {
    const found = matchBatchTasks([entry('t1', a), entry('t2', b), entry('other', c), entry('parent')], [a, b]);
    expect(found).toEqual([{ taskId: 't1', objectIds: [a] }, { taskId: 't2', objectIds: [b] }]);
  });

  it('takes the one batch parent (a server task naming no server) for the whole selection', () => {
    expect(matchBatchTasks([entry('p', '', '2'), entry('x', c)], [a, b])).toEqual([{ taskId: 'p', objectIds: [a, b] }]);
  });

  it('counts an entry seen in both status reads once', () => {
    expect(matchBatchTasks([entry('p'), entry('p')], [a, b])).toEqual([{ taskId: 'p', objectIds: [a, b] }]);
  });

  it('tells several parents apart by size, and claims none it cannot tell apart', () => {
    expect(matchBatchTasks([entry('p2', '', '2'), entry('p3', '', '3')], [a, b, c])).toEqual([{ taskId: 'p3', objectIds: [a, b, c] }]);
    expect(matchBatchTasks([entry('p', '', '3'), entry('q', '', '3')], [a, b, c])).toEqual([]);
  });

  it('ignores other kinds of task and finds nothing in an empty log', () => {
    expect(matchBatchTasks([entry('img', '', '', '镜像')], [a, b])).toEqual([]);
    expect(matchBatchTasks([], [a, b])).toEqual([]);
  });
});

describe('findBatchTasks', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the op log twice (waiting, doing) since the moment before, and matches', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(url);
      const items = url.includes('status=doing') ? [{ id: 'p', status: 'doing', object_id: '', object_type: '云主机', object_name: '2' }] : [];
      return new Response(JSON.stringify({ items, total: items.length, page: 1, pageSize: 100 }), { status: 200, headers: { 'content-type': 'application/json' } });
    }));
    const since = new Date(2025, 5, 7, 8, 9, 10).getTime();
    expect(await findBatchTasks([a, b], since)).toEqual([{ taskId: 'p', objectIds: [a, b] }]);
    expect(urls).toHaveLength(2);
    for (const url of urls) expect(new URL(url, 'http://x').searchParams.get('begin_time')).toBe('2025-06-07 08:09:10');
    expect(urls.map((u) => new URL(u, 'http://x').searchParams.get('status')).sort()).toEqual(['doing', 'waiting']);
  });

  it('answers none when the op log fails or does not answer in time', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"error":{"code":"x","message":"y"}}', { status: 500 })));
    expect(await findBatchTasks([a], Date.now())).toEqual([]);
    vi.stubGlobal('fetch', vi.fn((_url: string, init: RequestInit) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)))));
    expect(await findBatchTasks([a], Date.now(), 20)).toEqual([]);
  });
});
