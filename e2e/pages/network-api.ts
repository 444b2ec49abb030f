import { expect, type Page } from '@playwright/test';
import { TestClient } from '../../server/simulator/contract/test-client';

/** A VPC or subnet as the console API answers (the fields the specs use). */
export interface ApiNetworkItem {
  id: string;
  name: string;
  project_id: string;
  az_id?: string;
  vpc_id?: string;
  status?: string;
}

/** The simulator's platform admin (README, demo accounts), for setup the console has no page for. */
const SIM_ADMIN = { kind: 'ec2' as const, accessKey: 'c7afc18172d496c122be95c8225cc760', secretKey: 'ad9da0afc64f9210877cb19d9a985e0f' };

/**
 * Setup and cleanup for the network specs: reads through the console API with
 * the page's cookies, and the one thing no console page does yet (associating
 * a tenant with an AZ) straight on the simulator as its admin.
 */
export class NetworkApi {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  private async call<T>(method: 'GET' | 'DELETE', path: string): Promise<T> {
    const res = await this.page.request.fetch(path, { method, headers: method === 'GET' ? {} : { origin: new URL(this.baseURL).origin } });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
    return (res.status() === 204 ? undefined : await res.json()) as T;
  }

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

  /** Associates the tenant with the AZ on the simulator and waits for the task (a no-op when it already is). */
  async associateAz(projectId: string, azId: string): Promise<void> {
    const sim = new TestClient(`https://127.0.0.1:${process.env.E2E_SIM_PORT ?? 9543}`, SIM_ADMIN);
    const res = await sim.request('POST', `/janus/20180725/projects/${projectId}/azs`, { body: { azs: [{ az_id: azId }] } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((await sim.waitForTask(res.data.task_id)).status).toBe('finish');
  }

  /** Deletes a VPC left by an earlier failed run and waits until it is gone. */
  async deleteVpc(id: string): Promise<void> {
    await this.call('DELETE', `/api/vpcs/${id}`);
    await expect.poll(async () => (await this.list('vpcs', { id })).length, { timeout: 30_000 }).toBe(0);
  }
}
