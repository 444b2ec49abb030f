import { expect } from '@playwright/test';
import { ConsoleApi } from './console-api';

/** A VPC or subnet as the console API answers (the fields the specs use). */
export interface ApiNetworkItem {
  id: string;
  name: string;
  project_id: string;
  az_id?: string;
  vpc_id?: string;
  status?: string;
}

/**
 * Setup and cleanup for the network specs through the console API with the
 * page's cookies.
 */
export class NetworkApi extends ConsoleApi {
  async list(kind: 'vpcs' | 'subnets', query: Record<string, string> = {}): Promise<ApiNetworkItem[]> {
    const qs = new URLSearchParams({ pageSize: '100', ...query });
    return (await this.call<{ items: ApiNetworkItem[] }>('GET', `/api/${kind}?${qs}`)).items;
  }

  async projectId(name: string): Promise<string> {
    const { items } = await this.call<{ items: { id: string; name: string }[] }>('GET', '/api/projects?pageSize=100');
    return items.find((p) => p.name === name)!.id;
  }

  async azId(name: string): Promise<string> {
    const { items } = await this.call<{ items: { id: string; name: string }[] }>('GET', '/api/azs?pageSize=100');
    return items.find((az) => az.name === name)!.id;
  }

  /** Gives the tenant the AZ through the console (the tenants page's resource pools), and waits for the task (a no-op when it has it). */
  async associateAz(projectId: string, azId: string): Promise<void> {
    const started = await this.call<{ task_id: string }>('POST', `/api/projects/${projectId}/azs`, { azs: [{ az_id: azId }] });
    expect(await this.taskEnd(started.task_id)).toBe('finish');
  }

  /** Deletes a VPC left by an earlier failed run and waits until it is gone. */
  async deleteVpc(id: string): Promise<void> {
    await this.call('DELETE', `/api/vpcs/${id}`);
    await expect.poll(async () => (await this.list('vpcs', { id })).length, { timeout: 30_000 }).toBe(0);
  }
}
