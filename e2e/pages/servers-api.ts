import { expect } from '@playwright/test';
import { ConsoleApi } from './console-api';

/** A server as the console lists it (the fields the server specs use). */
export interface ApiServer {
  id: string;
  name: string;
  status: string;
  project_id: string;
  az_id?: string;
  az_name?: string;
}

/**
 * Sets up and cleans up through the console API with the page's cookies (the
 * signed-in account), as the browser does: mutations carry the console's
 * Origin. For what a test is not about: creating servers to act on, waiting
 * for their tasks, deleting them afterwards.
 */
export class ServersApi extends ConsoleApi {
  /** Servers matching a console API query (`name=…&status=…`). */
  async list(query: Record<string, string>): Promise<ApiServer[]> {
    const qs = new URLSearchParams({ pageSize: '100', ...query });
    return (await this.call<{ items: ApiServer[] }>('GET', `/api/servers?${qs}`)).items;
  }

  /** The AZs the account may use. */
  async azs(): Promise<{ id: string; name: string; type?: string; version?: string }[]> {
    return (await this.call<{ items: { id: string; name: string; type?: string; version?: string }[] }>('GET', '/api/azs?pageSize=100')).items;
  }

  /** Tenants (admins). */
  async projects(): Promise<{ id: string; name: string }[]> {
    return (await this.call<{ items: { id: string; name: string }[] }>('GET', '/api/projects?pageSize=100')).items;
  }

  /** Creates `count` small servers from the first aCloud image in the AZ (1 core, 1 GB, no NIC); answers their ids. */
  async create(name: string, opts: { count?: number; powerOn?: boolean; azId?: string } = {}): Promise<string[]> {
    const azId = opts.azId ?? (await this.azs())[0].id;
    const images = (await this.call<{ items: { id: string; disk_format: string; disks: { size_mb: number; preallocate: string }[] }[] }>('GET', `/api/images?az_id=${azId}&status=active&pageSize=100`)).items;
    const image = images.find((i) => i.disk_format === 'aCloud')!;
    const { uuids } = await this.call<{ uuids: string[] }>('POST', '/api/servers', {
      name, cores: 1, sockets: 1, memory_mb: 1024, image_id: image.id, az_id: azId, count: opts.count ?? 1, power_on: opts.powerOn ? 1 : 0,
      storage_tag_id: '00000000-0000-0000-0000-000000000000', networks: [],
      disks: [{ id: 'ide0', type: 'derive_disk', size_mb: image.disks[0].size_mb, preallocate: image.disks[0].preallocate }],
    });
    return uuids;
  }

  /** Waits until every server named `name…` has one of `statuses` (a task's end, seen the way the list sees it). */
  async waitFor(name: string, statuses: string[], count: number): Promise<ApiServer[]> {
    let servers: ApiServer[] = [];
    await expect(async () => {
      servers = await this.list({ name });
      expect(servers.map((s) => s.status).filter((s) => statuses.includes(s))).toHaveLength(count);
    }).toPass({ timeout: 60_000, intervals: [1_000] });
    return servers;
  }

  /** Moves servers to the recycle bin, waits until they are there, and deletes them for good (cleanup of servers not yet in the bin). */
  async remove(ids: string[]): Promise<void> {
    for (const id of ids) {
      const res = await this.page.request.fetch(`/api/servers/${id}`, { method: 'DELETE', data: { force: 0 }, headers: { origin: this.origin } });
      expect([200, 204, 400, 404], `delete ${id}: ${await res.text()}`).toContain(res.status());
    }
    await expect(async () => {
      const binned = await this.list({ status: 'deleted', pageSize: '100' });
      expect(ids.filter((id) => !binned.some((s) => s.id === id))).toEqual([]);
    }).toPass({ timeout: 60_000, intervals: [1_000] });
    await this.purge(ids);
  }

  /** Deletes servers for good (cleanup); ones already gone are fine. */
  async purge(ids: string[]): Promise<void> {
    for (const id of ids) {
      const res = await this.page.request.fetch(`/api/servers/${id}`, { method: 'DELETE', data: { force: 1 }, headers: { origin: this.origin } });
      expect([200, 204, 400, 404], `purge ${id}: ${await res.text()}`).toContain(res.status());
    }
  }
}
