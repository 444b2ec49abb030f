import { expect } from '@playwright/test';
import { ConsoleApi } from './console-api';

/** A floating IP as the console API lists it (the fields the specs use). */
export interface ApiFloatingIp {
  id: string;
  floating_ip: string;
  project_id: string;
  binding_info?: { status?: string } | null;
}

/**
 * Set-up and clean-up for the floating-IP specs through the console API with
 * the page's cookies: a server with a NIC in a VPC to bind to, reading and
 * releasing floating IPs.
 */
export class FloatingIpsApi extends ConsoleApi {
  async list(query: Record<string, string> = {}): Promise<ApiFloatingIp[]> {
    return (await this.call<{ items: ApiFloatingIp[] }>('GET', `/api/floatingips?${new URLSearchParams({ pageSize: '100', ...query })}`)).items;
  }

  async projects(): Promise<{ id: string; name: string }[]> {
    return (await this.call<{ items: { id: string; name: string }[] }>('GET', '/api/projects?pageSize=100')).items;
  }

  /** Creates a stopped server with one NIC in the account's VPC of its first AZ; answers its id and that AZ's name. */
  async createServerWithNic(name: string): Promise<{ id: string; azName: string }> {
    const az = (await this.call<{ items: { id: string; name: string }[] }>('GET', '/api/azs?pageSize=100')).items[0];
    const vpc = (await this.call<{ items: { id: string }[] }>('GET', `/api/vpcs?az_id=${az.id}&pageSize=100`)).items[0];
    const subnet = (await this.call<{ items: { id: string }[] }>('GET', `/api/subnets?vpc_id=${vpc.id}&pageSize=100`)).items[0];
    const images = (await this.call<{ items: { id: string; disk_format: string; disks: { size_mb: number; preallocate: string }[] }[] }>('GET', `/api/images?az_id=${az.id}&status=active&pageSize=100`)).items;
    const image = images.find((i) => i.disk_format === 'aCloud')!;
    const { uuids } = await this.call<{ uuids: string[] }>('POST', '/api/servers', {
      name, cores: 1, sockets: 1, memory_mb: 1024, image_id: image.id, az_id: az.id, count: 1, power_on: 0,
      storage_tag_id: '00000000-0000-0000-0000-000000000000', networks: [{ vif_id: 'net0', connect: 1, vpc_id: vpc.id, subnet_id: subnet.id }],
      disks: [{ id: 'ide0', type: 'derive_disk', size_mb: image.disks[0].size_mb, preallocate: image.disks[0].preallocate }],
    });
    await expect(async () => {
      const servers = (await this.call<{ items: { id: string; status: string }[] }>('GET', `/api/servers?name=${encodeURIComponent(name)}&pageSize=100`)).items;
      expect(servers.find((s) => s.id === uuids[0])?.status).toBe('stopped');
    }).toPass({ timeout: 60_000, intervals: [1_000] });
    return { id: uuids[0], azName: az.name };
  }

  /** Unbinds (waiting for it) and releases a floating IP, if it is still there (clean-up). */
  async release(address: string): Promise<void> {
    const fip = (await this.list({ floating_ip: address }))[0];
    if (!fip) return;
    if (fip.binding_info) {
      if (fip.binding_info.status === 'active') await this.call('DELETE', `/api/floatingips/${fip.id}/unbinding`);
      await expect(async () => expect((await this.list({ floating_ip: address }))[0]?.binding_info ?? null).toBeNull()).toPass({ timeout: 60_000 });
    }
    await this.call('DELETE', `/api/floatingips/${fip.id}`);
  }

  /** Deletes a server for good (clean-up). */
  async purgeServer(id: string): Promise<void> {
    const res = await this.page.request.fetch(`/api/servers/${id}`, { method: 'DELETE', data: { force: 1 }, headers: { origin: this.origin } });
    expect([200, 204, 400, 404], `purge ${id}: ${await res.text()}`).toContain(res.status());
  }
}
