import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SEED } from '../seed/demo';
import { startHarness, type Harness } from './harness';

const VPCS = '/janus/20180725/vpcs';

async function acmeProject(h: Harness): Promise<{ id: string; vpcs: any[] }> {
  const res = await h.acme.request('GET', VPCS);
  expect(res.status).toBe(200);
  return { id: res.data.data[0].project_id, vpcs: res.data.data };
}

describe('VPCs on the demo seed', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('lists VPCs in the list envelope with the documented fields, filtered and scoped', async () => {
    const all = await h.admin.request('GET', VPCS);
    expect(all.status).toBe(200);
    expect(all.body?.code).toBe(0);
    expect(all.data).toMatchObject({ page_num: 0, page_size: 100, next_page_num: '' });
    expect(all.data.total_size).toBe(4);
    expect(Object.keys(all.data.data[0]).sort()).toEqual(['az_id', 'description', 'id', 'name', 'project_id', 'shared', 'status', 'type'].sort());
    expect(all.data.data[0]).toMatchObject({ type: 'vpc', shared: 0, status: 'active', name: 'VPC网络', description: null });

    const acme = await acmeProject(h);
    expect(acme.vpcs).toHaveLength(2);
    expect(acme.vpcs.every((v) => v.project_id === acme.id)).toBe(true);
    const globex = await h.globex.request('GET', VPCS);
    expect(globex.data.total_size).toBe(1);

    const byAz = await h.admin.request('GET', VPCS, { query: { az_id: acme.vpcs[1].az_id, project_id: acme.id } });
    expect(byAz.data.data.map((v: any) => v.id)).toEqual([acme.vpcs[1].id]);
    expect((await h.admin.request('GET', VPCS, { query: { keywords: 'vpc网' } })).data.total_size).toBe(4);
    expect((await h.admin.request('GET', VPCS, { query: { status: 'deleting' } })).data.total_size).toBe(0);
    expect((await h.admin.request('GET', VPCS, { query: { id: acme.vpcs[0].id } })).data.total_size).toBe(1);
    const paged = await h.admin.request('GET', VPCS, { query: { page_size: 3 } });
    expect(paged.data).toMatchObject({ total_size: 4, page_size: 3, next_page_num: '1' });
  });

  it('refuses a second VPC for a tenant in the same AZ with 409', async () => {
    const acme = await acmeProject(h);
    const res = await h.acme.request('POST', VPCS, { body: { az_id: acme.vpcs[0].az_id, project_id: acme.id } });
    expect(res.status).toBe(409);
    expect(res.body?.message).toMatch(/one VPC per AZ/);
    expect(res.body?.message).toContain(acme.vpcs[0].id);
  });

  it('refuses a VPC in an AZ the tenant is not associated with', async () => {
    const acme = await acmeProject(h);
    const globex = await h.globex.request('GET', VPCS);
    const otherAz = acme.vpcs.map((v) => v.az_id).find((az) => az !== globex.data.data[0].az_id);
    const res = await h.globex.request('POST', VPCS, { body: { az_id: otherAz, project_id: globex.data.data[0].project_id } });
    expect(res.status).toBe(400);
    expect(res.body?.message).toMatch(/not associated with AZ/);
  });

  it('validates the body and keeps tenants to their own project', async () => {
    const acme = await acmeProject(h);
    const missing = await h.admin.request('POST', VPCS, { body: { az_id: acme.vpcs[0].az_id } });
    expect(missing.status).toBe(400);
    expect(missing.body?.message).toMatch(/project_id/);
    const globex = await h.globex.request('POST', VPCS, { body: { az_id: acme.vpcs[0].az_id, project_id: acme.id } });
    expect(globex.status).toBe(403);
    const unknownAz = await h.admin.request('POST', VPCS, { body: { az_id: 'no-such-az', project_id: acme.id } });
    expect(unknownAz.status).toBe(404);
  });

  it('refuses to delete a VPC that still holds servers, naming them', async () => {
    const acme = await acmeProject(h);
    const res = await h.acme.request('DELETE', `${VPCS}/${acme.vpcs[0].id}`);
    expect(res.status).toBe(400);
    expect(res.body?.message).toMatch(/server\(s\)/);
    expect(res.body?.message).toMatch(/remove them before deleting/);
    const still = await h.admin.request('GET', VPCS, { query: { id: acme.vpcs[0].id } });
    expect(still.data.data[0].status).toBe('active');
  });

  it("hides another tenant's VPC behind 404", async () => {
    const acme = await acmeProject(h);
    const res = await h.globex.request('DELETE', `${VPCS}/${acme.vpcs[0].id}`);
    expect(res.status).toBe(404);
  });
});

describe('VPC create and delete lifecycle', () => {
  let h: Harness;
  beforeAll(async () => {
    // Acme without servers or subnets: its VPCs are empty, so one can be deleted and made again.
    const spec = { ...DEMO_SEED, running_tasks: 0, tenants: DEMO_SEED.tenants.map((t) => (t.name === 'acme' ? { ...t, servers: 0, subnets: [], floating_ips: 0 } : t)) };
    const file = join(mkdtempSync(join(tmpdir(), 'net-seed-')), 'seed.json');
    writeFileSync(file, JSON.stringify(spec));
    h = await startHarness({ seedFile: file });
  });
  afterAll(() => h.close());

  it('deletes an empty VPC through a task (200 {task_id}, status deleting), then creates one (201 {task_id}, creating → active)', async () => {
    const acme = await acmeProject(h);
    const victim = acme.vpcs[1];

    const del = await h.acme.request('DELETE', `${VPCS}/${victim.id}`);
    expect(del.status).toBe(200);
    expect(Object.keys(del.data)).toEqual(['task_id']);
    const during = await h.acme.request('GET', VPCS, { query: { id: victim.id } });
    expect(during.data.data[0].status).toBe('deleting');
    const again = await h.acme.request('DELETE', `${VPCS}/${victim.id}`);
    expect(again.status).toBe(400);
    const delTask = await h.acme.waitForTask(del.data.task_id);
    expect(delTask.status).toBe('finish');
    expect(delTask.entities.object_id).toBe(victim.id);
    expect((await h.acme.request('GET', VPCS, { query: { id: victim.id } })).data.total_size).toBe(0);
    const orphans = await h.admin.request('GET', '/janus/20180725/subnets', { query: { vpc_id: victim.id } });
    expect(orphans.data.total_size).toBe(0);

    const create = await h.acme.request('POST', VPCS, { body: { az_id: victim.az_id, project_id: acme.id, name: 'acme-vpc-2' } });
    expect(create.status).toBe(201);
    expect(Object.keys(create.data)).toEqual(['task_id']);
    const task = await h.acme.request('GET', `/janus/20180725/tasks/${create.data.task_id}`);
    const vpcId = task.data.entities.object_id;
    const creating = await h.acme.request('GET', VPCS, { query: { id: vpcId } });
    expect(creating.data.data[0]).toMatchObject({ name: 'acme-vpc-2', status: 'creating', az_id: victim.az_id, project_id: acme.id });
    const dup = await h.acme.request('POST', VPCS, { body: { az_id: victim.az_id, project_id: acme.id } });
    expect(dup.status).toBe(409);
    expect((await h.acme.waitForTask(create.data.task_id)).status).toBe('finish');
    expect((await h.acme.request('GET', VPCS, { query: { id: vpcId } })).data.data[0].status).toBe('active');

    const hidden = await h.admin.request('GET', '/janus/20180725/subnets', { query: { vpc_id: vpcId, is_visible: 0 } });
    expect(hidden.data.data.map((s: any) => [s.name, s.cidr]).sort()).toEqual([['NFV管理子网', '172.32.0.0/24'], ['wan子网', '172.31.0.0/24']]);
    const tenantView = await h.acme.request('GET', '/janus/20180725/subnets', { query: { vpc_id: vpcId } });
    expect(tenantView.data.total_size).toBe(0);
  });

  it('marks a VPC whose create task fails as error, and lets it be deleted', async () => {
    const acme = await acmeProject(h);
    const az = acme.vpcs[0].az_id;
    await h.acme.waitForTask((await h.acme.request('DELETE', `${VPCS}/${acme.vpcs[0].id}`)).data.task_id);
    await fetch(`${h.url}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ taskFailMatch: '^doomed$' }) });
    let task: any;
    try {
      const create = await h.acme.request('POST', VPCS, { body: { az_id: az, project_id: acme.id, name: 'doomed' } });
      task = await h.acme.waitForTask(create.data.task_id);
    } finally {
      await fetch(`${h.url}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ taskFailMatch: '' }) });
    }
    expect(task.status).toBe('failure');
    const vpc = (await h.acme.request('GET', VPCS, { query: { id: task.entities.object_id } })).data.data[0];
    expect(vpc.status).toBe('error');
    const del = await h.acme.request('DELETE', `${VPCS}/${vpc.id}`);
    expect(del.status).toBe(200);
    expect((await h.acme.waitForTask(del.data.task_id)).status).toBe('finish');
    expect((await h.acme.request('GET', VPCS, { query: { az_id: az } })).data.total_size).toBe(0);
  });
});
