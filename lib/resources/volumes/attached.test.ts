import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/session-client/session-api';
import type { CachedRead } from '../core/types';

const get = vi.fn();
vi.mock(import('@/lib/api'), async (importOriginal) => ({ ...(await importOriginal()), api: { get: (...args: unknown[]) => get(...args) } as never }));
const { volumeResource } = await import('./resource');

const AZ = '11111111-2222-4333-8444-555555555555';
const admin: SessionUser = { username: 'admin', role: 'admin', projectId: '', projectName: '' };
const volume = { id: 'v1', name: 'shared-1', size: 5, status: 'available', az_id: AZ };
/** 250 servers in the AZ; the last one has the shared disk. */
const servers = Array.from({ length: 250 }, (_, i) => ({ id: `s${i}`, name: `web-${i}`, status: 'running', disks: i === 249 ? [{ id: 'ide1', storage_id: 'v1' }] : [] }));
const page = <I>(items: I[], page = 1, pageSize = 100) => ({ items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize });

beforeEach(() => {
  get.mockReset();
  get.mockImplementation(async (path: string, { query }: { query: Record<string, number | string> }) => {
    if (path === '/api/volumes') return page([volume]);
    if (path === '/api/volumes/:volume_id') return volume;
    if (path === '/api/servers') return page(servers, Number(query.page ?? 1), Number(query.pageSize));
    return page([]);
  });
});

describe('the servers a shared disk is attached to', () => {
  it('are found beyond the first 100 servers of its AZ, reading each page once', async () => {
    const client = new QueryClient();
    const read: CachedRead = (options) => client.fetchQuery(options);
    const list = await volumeResource.list.fetch({ page: 1, pageSize: 20 }, new AbortController().signal, { read, session: admin });
    expect(list.items[0].servers).toEqual([{ id: 's249', name: 'web-249' }]);
    const serverPages = get.mock.calls.filter(([path]) => path === '/api/servers').map(([, { query }]) => query.page ?? 1);
    expect(serverPages).toEqual([1, 2, 3]);
    // The detail reads the same pages from the cache.
    await volumeResource.detail!.read.fetch('v1', new AbortController().signal, { read, session: admin });
    expect(get.mock.calls.filter(([path]) => path === '/api/servers')).toHaveLength(3);
  });

  it('cost one request when the AZ has 100 servers or fewer', async () => {
    servers.length = 80;
    const client = new QueryClient();
    const list = await volumeResource.list.fetch({ page: 1, pageSize: 20 }, new AbortController().signal, { read: (o) => client.fetchQuery(o), session: admin });
    expect(list.items[0].servers).toEqual([]);
    expect(get.mock.calls.filter(([path]) => path === '/api/servers')).toHaveLength(1);
  });
});
