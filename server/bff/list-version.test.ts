import { describe, expect, it } from 'vitest';
import { floatingIps, servers } from '@/lib/scp';
import { ScpError, type ScpClient } from '../scp';
import { withOlderVersion } from './list';

const notThere = (operation: string) => new ScpError({ kind: 'http', status: 404, message: 'no such API', operation, requestId: 'r' });

describe('a list on an SCP without its newer version', () => {
  it('asks the older version after a 404 on the newer path, and only the older one afterwards', async () => {
    const client = {} as ScpClient;
    const asked: string[] = [];
    const run = async (entry: typeof floatingIps.list) => {
      asked.push(entry.path);
      if (entry.path.includes('/20190725/')) throw notThere(entry.name);
      return 'page';
    };
    expect(await withOlderVersion(client, floatingIps.list, run)).toBe('page');
    expect(await withOlderVersion(client, floatingIps.list, run)).toBe('page');
    expect(asked).toEqual(['/janus/20190725/floatingips', '/janus/20180725/floatingips', '/janus/20180725/floatingips']);
  });

  it('keeps the newer version where SCP has it, and passes other failures on', async () => {
    const client = {} as ScpClient;
    const asked: string[] = [];
    expect(await withOlderVersion(client, floatingIps.list, async (entry) => (asked.push(entry.path), 'page'))).toBe('page');
    expect(asked).toEqual(['/janus/20190725/floatingips']);
    const busy = new ScpError({ kind: 'http', status: 503, message: 'busy', operation: 'floatingIps.list', requestId: 'r' });
    await expect(withOlderVersion(client, floatingIps.list, async () => { throw busy; })).rejects.toBe(busy);
  });

  it('does nothing for a list without an older version', async () => {
    await expect(withOlderVersion({} as ScpClient, servers.list, async () => { throw notThere('servers.list'); })).rejects.toBeInstanceOf(ScpError);
  });
});
