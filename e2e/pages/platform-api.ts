import { expect } from '@playwright/test';
import type { AzDetail, Project, Quota } from '@/lib/scp';
import { ConsoleApi } from './console-api';

/**
 * Reads and resets through the console API with the page's cookies, as the
 * browser does (mutations carry the console's Origin): for what a quota or
 * tenant test is not about — finding ids, expected figures, and putting a
 * limit back afterwards.
 */
export class PlatformApi extends ConsoleApi {
  async project(name: string): Promise<Project> {
    const { items } = await this.call<{ items: Project[] }>('GET', `/api/projects?pageSize=100&keywords=${encodeURIComponent(name)}`);
    const project = items.find((p) => p.name === name);
    expect(project, `tenant ${name}`).toBeDefined();
    return project!;
  }

  async quotas(projectId: string): Promise<Quota[]> {
    return (await this.call<{ items: Quota[] }>('GET', `/api/quotas?pageSize=100&project_id=${projectId}`)).items;
  }

  /** A tenant's quota of `key` in an AZ: its limit and use. */
  async quota(projectId: string, key: string, azId: string): Promise<{ row: Quota; limit: number; inUse: number }> {
    const row = (await this.quotas(projectId)).find((q) => `${q.namespace}/${q.resource}` === key)!;
    return { row, limit: row.az_quotas.find((q) => q.az_id === azId)!.hard_limit, inUse: row.separated_quotas.find((q) => q.az_id === azId)?.in_use ?? 0 };
  }

  async setQuota(projectId: string, row: Quota, azId: string, value: number): Promise<void> {
    await this.call('POST', '/api/quotas', { project_id: projectId, quota_sets: [{ provider: row.provider, namespace: row.namespace, resource: row.resource, value, az_id: azId }] });
  }

  async azDetail(azId: string): Promise<AzDetail> {
    return this.call<AzDetail>('GET', `/api/azs/${azId}`);
  }

  /**
   * Removes a test tenant and what it owns (cleanup, as admin): its servers for
   * good, its subnets, its VPCs (tasks), then the tenant. Missing pieces are fine.
   */
  async dismantleTenant(name: string): Promise<void> {
    const { items } = await this.call<{ items: Project[] }>('GET', `/api/projects?pageSize=100&keywords=${encodeURIComponent(name)}`);
    const project = items.find((p) => p.name === name);
    if (!project) return;
    const owned = async (kind: string) => (await this.call<{ items: { id: string }[] }>('GET', `/api/${kind}?pageSize=100&project_id=${project.id}`)).items;
    // A server still being built refuses deletion until its task ends: try again until none is left.
    await expect(async () => {
      for (const s of await owned('servers')) await this.page.request.fetch(`/api/servers/${s.id}`, { method: 'DELETE', data: { force: 1 }, headers: { origin: this.origin } });
      expect(await owned('servers')).toEqual([]);
    }).toPass({ timeout: 60_000, intervals: [1_000] });
    for (const subnet of await owned('subnets')) await this.call('DELETE', `/api/subnets/${subnet.id}`);
    for (const vpc of await owned('vpcs')) {
      const { task_id } = await this.call<{ task_id: string }>('DELETE', `/api/vpcs/${vpc.id}`);
      await this.taskEnd(task_id);
    }
    await this.call('DELETE', `/api/projects/${project.id}`);
  }

  async deleteTenantIfPresent(name: string): Promise<void> {
    const { items } = await this.call<{ items: Project[] }>('GET', `/api/projects?pageSize=100&keywords=${encodeURIComponent(name)}`);
    for (const p of items.filter((i) => i.name.startsWith(name))) await this.call('DELETE', `/api/projects/${p.id}`);
  }
}
