import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { LIST } from './servers-fixtures';

let h: Harness;
let acmeProject: string;
let globexServer: any;
beforeAll(async () => {
  h = await startHarness();
  const acme = await h.acme.request('GET', LIST, { query: { page_size: 1 } });
  acmeProject = acme.data.data[0].project_id;
  const globex = await h.globex.request('GET', LIST, { query: { page_size: 1 } });
  globexServer = globex.data.data[0];
});
afterAll(() => h.close());

describe('server list paging', () => {
  it('pages from 0 with a string next_page_num, "" on the last page', async () => {
    const all = await h.admin.request('GET', LIST, { query: { page_size: 100 } });
    expect(all.status).toBe(200);
    expect(all.body?.code).toBe(0);
    const total = all.data.total_size;
    expect(total).toBeGreaterThan(20);
    const first = await h.admin.request('GET', LIST, { query: { page_size: 20, page_num: 0 } });
    expect(first.data).toMatchObject({ page_num: 0, page_size: 20, next_page_num: '1', total_size: total });
    expect(first.data.data).toHaveLength(20);
    const lastPage = Math.ceil(total / 20) - 1;
    const last = await h.admin.request('GET', LIST, { query: { page_size: 20, page_num: lastPage } });
    expect(last.data.next_page_num).toBe('');
    expect(last.data.data).toHaveLength(total - lastPage * 20);
  });

  it('refuses page_size 101 and accepts 100', async () => {
    expect((await h.admin.request('GET', LIST, { query: { page_size: 100 } })).status).toBe(200);
    const res = await h.admin.request('GET', LIST, { query: { page_size: 101 } });
    expect(res.status).toBe(400);
    expect(res.body?.message).toMatch(/page_size/);
  });

  it('returns an empty page for a filter that matches nothing', async () => {
    const res = await h.admin.request('GET', LIST, { query: { name: 'no-such-server-anywhere' } });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ total_size: 0, page_num: 0, page_size: 100, next_page_num: '', data: [] });
  });
});

describe('server list sort, fields and filters', () => {
  it('sorts by name in both directions and refuses an unknown sort field', async () => {
    const asc = await h.admin.request('GET', LIST, { query: { sort: 'name', order_by: 'ASC', fields: 'name' } });
    const names = asc.data.data.map((s: any) => s.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    const desc = await h.admin.request('GET', LIST, { query: { sort: 'name', order_by: 'DESC', fields: 'name' } });
    expect(desc.data.data[0].name).toBe(names[names.length - 1]);
    const bad = await h.admin.request('GET', LIST, { query: { sort: 'colour' } });
    expect(bad.status).toBe(400);
    expect(bad.body?.message).toMatch(/colour/);
  });

  it('projects fields', async () => {
    const res = await h.admin.request('GET', LIST, { query: { fields: 'id,name,status', page_size: 3 } });
    for (const s of res.data.data) expect(Object.keys(s).sort()).toEqual(['id', 'name', 'status']);
  });

  it('filters by status, power_state, az_id, vpc_id and name', async () => {
    const running = await h.admin.request('GET', LIST, { query: { status: 'running' } });
    expect(running.data.total_size).toBeGreaterThan(0);
    for (const s of running.data.data) expect(s).toMatchObject({ status: 'running', power_state: 'on', is_stopped: 0 });
    // Both spellings of "stopping" in the seed's tables are accepted as filter values.
    const either = await h.admin.request('GET', LIST, { query: { status: 'running,stoping' } });
    expect(either.data.total_size).toBe(running.data.total_size);
    const off = await h.admin.request('GET', LIST, { query: { power_state: 'off' } });
    expect(off.data.total_size).toBeGreaterThan(0);
    for (const s of off.data.data) expect(s).toMatchObject({ power_state: 'off', is_stopped: 1 });

    const sample = (await h.acme.request('GET', LIST)).data.data.find((s: any) => s.networks.length > 0);
    const byAz = await h.admin.request('GET', LIST, { query: { az_id: sample.az_id } });
    for (const s of byAz.data.data) expect(s.az_id).toBe(sample.az_id);
    const vpcId = sample.networks[0].vpc_id;
    const byVpc = await h.admin.request('GET', LIST, { query: { vpc_id: vpcId } });
    expect(byVpc.data.total_size).toBeGreaterThan(0);
    for (const s of byVpc.data.data) expect(s.networks.some((n: any) => n.vpc_id === vpcId)).toBe(true);
    const byName = await h.admin.request('GET', LIST, { query: { name: 'ACME-WEB' } });
    expect(byName.data.total_size).toBeGreaterThan(0);
    for (const s of byName.data.data) expect(s.name.toLowerCase()).toContain('acme-web');
  });

  it('accepts comma-separated ids on 2019+ versions', async () => {
    const two = (await h.admin.request('GET', LIST, { query: { page_size: 2 } })).data.data.map((s: any) => s.id);
    const res = await h.admin.request('GET', '/janus/20190725/servers', { query: { ids: two.join(',') } });
    expect(res.data.data.map((s: any) => s.id).sort()).toEqual([...two].sort());
  });
});

describe('server shapes per version', () => {
  it('renders the 2018 list item with names and usage figures', async () => {
    const s = (await h.acme.request('GET', LIST, { query: { status: 'running', page_size: 1 } })).data.data[0];
    expect(s).toMatchObject({ vmtype: 'vm', type: 'hci', project_name: 'acme', expire_time: 'unlimited' });
    expect(s.az_name).toBeTruthy();
    expect(s.image_name).toBeTruthy();
    expect(s.host_name).toBeTruthy();
    expect(s.cores_per_socket * s.sockets).toBe(s.cores);
    expect(s.networks[0]).toMatchObject({ vif_id: 'net0', network_type: 'vpc' });
    expect(s.networks[0].subnet_name).toBeTruthy();
    expect(s.networks[0].cidr).toMatch(/\/\d+$/);
    expect(s.floatingip).toHaveProperty('floating_ip_address');
    expect(s.cpu_status.ratio).toBeGreaterThan(0);
    expect(s.uptime).toBeGreaterThan(0);
    const again = (await h.acme.request('GET', LIST, { query: { ids: s.id } })).data.data.find((x: any) => x.id === s.id);
    expect(again.cpu_status).toEqual(s.cpu_status);
    const stopped = (await h.acme.request('GET', LIST, { query: { status: 'stopped', page_size: 1 } })).data.data[0];
    expect(stopped.cpu_status.used_mhz).toBe(0);
    expect(stopped.uptime).toBe(0);
  });

  it('adds created_at in 2020 and real_ips in 2021', async () => {
    const v2020 = (await h.acme.request('GET', '/janus/20200725/servers', { query: { page_size: 1 } })).data.data[0];
    expect(v2020.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const v2021 = (await h.acme.request('GET', '/janus/20210725/servers', { query: { page_size: 1 } })).data.data[0];
    expect(Array.isArray(v2021.real_ips)).toBe(true);
    expect(v2021).not.toHaveProperty('created_at');
  });

  it('renders the detail with its own field names', async () => {
    const id = (await h.acme.request('GET', LIST, { query: { page_size: 1 } })).data.data[0].id;
    const d = (await h.acme.request('GET', `${LIST}/${id}`)).data;
    expect(d).toMatchObject({ id, vm_type: 'vm', location: { id: 'cluster' } });
    expect(d.floatingip).toHaveProperty('floatingip_ip');
    expect(d.hotplug_sup_info).toEqual({ cpu: 0, memory: 0 });
    expect(d.disks[0]).toMatchObject({ id: 'ide0', is_old_disk: 1 });
    expect(d.advance_param).not.toHaveProperty('invts');
    const d2019 = (await h.acme.request('GET', `/janus/20190725/servers/${id}`)).data;
    expect(d2019.advance_param.invts).toBe(0);
    const d2020 = (await h.acme.request('GET', `/janus/20200725/servers/${id}`)).data;
    expect(d2020.image_id).toBeTruthy();
  });
});

describe('tenant visibility', () => {
  it('shows a tenant only its own servers, in the list and in detail', async () => {
    const res = await h.acme.request('GET', LIST);
    expect(res.data.total_size).toBeGreaterThan(0);
    for (const s of res.data.data) expect(s.project_id).toBe(acmeProject);
    expect(res.data.data.some((s: any) => s.id === globexServer.id)).toBe(false);
    const foreign = await h.acme.request('GET', LIST, { query: { project_id: globexServer.project_id } });
    expect(foreign.data.total_size).toBe(0);
    const detail = await h.acme.request('GET', `${LIST}/${globexServer.id}`);
    expect(detail.status).toBe(404);
    expect(detail.body?.message).toMatch(globexServer.id);
    expect((await h.admin.request('GET', `${LIST}/${globexServer.id}`)).status).toBe(200);
  });
});
