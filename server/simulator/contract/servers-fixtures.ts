import { expect } from 'vitest';
import type { Harness } from './harness';
import type { TestClient } from './test-client';

/** Shared helpers of the servers contract tests: they find their inputs over HTTP, like a client would. */
export const LIST = '/janus/20180725/servers';
/** The catalog's well-known performance storage tag (§4.7). */
export const PERF_TAG = '11111111-1111-1111-1111-111111111111';

/** Where acme's new servers go: an AZ with one of acme's subnets, and the demo images by name. */
export interface ServerFixtures {
  net: { az_id: string; vpc_id: string; subnet_id: string };
  images: Record<string, string>;
}

export async function serverFixtures(h: Harness): Promise<ServerFixtures> {
  const all = (await h.acme.request('GET', LIST)).data.data;
  const s = all.find((x: any) => x.networks.length > 0);
  return {
    net: { az_id: s.az_id, vpc_id: s.networks[0].vpc_id, subnet_id: s.networks[0].subnet_id },
    images: Object.fromEntries(all.map((x: any) => [x.image_name, x.image_id])),
  };
}

export async function detail(c: TestClient, id: string): Promise<any> {
  return (await c.request('GET', `${LIST}/${id}`)).data;
}

/** Polls a server until its status is `want`. */
export async function waitStatus(c: TestClient, id: string, want: string): Promise<any> {
  for (let i = 0; i < 200; i++) {
    const d = await detail(c, id);
    if (d?.status === want) return d;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`server ${id} never reached ${want}`);
}

/** A valid aCloud create body for acme (CentOS: system disk 40960 MB, preallocate off). */
export function createBody(fx: ServerFixtures, over: Record<string, unknown> = {}) {
  return {
    name: `t-${Math.random().toString(36).slice(2, 8)}`, cores: 2, sockets: 1, memory_mb: 2048, az_id: fx.net.az_id,
    image_id: fx.images['CentOS 7.9 (aCloud)'], storage_tag_id: PERF_TAG,
    disks: [{ id: 'ide0', type: 'derive_disk', size_mb: 40960, preallocate: 'off' }],
    networks: [{ vif_id: 'net0', connect: 1, model: 'virtio', vpc_id: fx.net.vpc_id, subnet_id: fx.net.subnet_id }],
    power_on: 1, ...over,
  };
}

/** Creates one acme server and waits for its task; returns its detail. */
export async function newServer(h: Harness, fx: ServerFixtures, over: Record<string, unknown> = {}): Promise<any> {
  const res = await h.acme.request('POST', LIST, { body: createBody(fx, over) });
  expect(res.status, res.body?.message).toBe(201);
  await h.acme.waitForTask(res.data.task_id);
  return detail(h.acme, res.data.uuids[0]);
}
