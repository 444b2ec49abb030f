import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const FIPS = '/janus/20180725/floatingips';
const FIPS_2019 = '/janus/20190725/floatingips';

let h: Harness;
let acmeProject: string;
let globexProject: string;
let pool: any;
let lineTypes: any[];
beforeAll(async () => {
  h = await startHarness();
  acmeProject = (await h.acme.request('GET', '/janus/20180725/vpcs')).data.data[0].project_id;
  globexProject = (await h.globex.request('GET', '/janus/20180725/vpcs')).data.data[0].project_id;
  pool = (await h.admin.request('GET', '/janus/20180725/floatingippools')).data.data[0];
  lineTypes = (await h.acme.request('GET', '/janus/20180725/linetypes')).data.linetypes;
});
afterAll(() => h.close());

const bw = (up: number, down = up) => ({ qos_uplink: up, qos_downlink: down });

/** The server's list item, when the servers group answers (it is built separately; these tests do not depend on it). */
async function serverItem(serverId: string): Promise<any | undefined> {
  const res = await h.acme.request('GET', '/janus/20180725/servers');
  return res.status === 200 ? res.data.data.find((s: any) => s.id === serverId) : undefined;
}

describe('floating-IP list and detail', () => {
  it('lists with *_kbps bandwidth and no binding_info while unbound, scoped by tenant', async () => {
    const admin = await h.admin.request('GET', FIPS);
    expect(admin.data.total_size).toBe(6);
    const acme = await h.acme.request('GET', FIPS);
    expect(acme.status).toBe(200);
    expect(acme.data.total_size).toBe(3);
    expect(acme.data.data.every((f: any) => f.project_id === acmeProject)).toBe(true);
    const item = acme.data.data[0];
    expect(Object.keys(item).sort()).toEqual(['bandwidth', 'floating_ip', 'floating_port_id', 'floatingip_pool_id', 'id', 'project_id', 'sharedbandwidth_id']);
    expect(item).toMatchObject({ bandwidth: { qos_uplink_kbps: 10240, qos_downlink_kbps: 10240 }, sharedbandwidth_id: '', floatingip_pool_id: pool.id });
    expect(item.floating_ip).toMatch(/^203\.0\.113\.\d+$/);

    expect((await h.acme.request('GET', FIPS, { query: { floatingip_pool_id: pool.id } })).data.total_size).toBe(3);
    expect((await h.acme.request('GET', FIPS, { query: { floating_ip_pool_id: 'other' } })).data.total_size).toBe(0);
    expect((await h.acme.request('GET', FIPS, { query: { floating_ip: item.floating_ip } })).data.data[0].id).toBe(item.id);
    expect((await h.admin.request('GET', FIPS, { query: { keywords: '203.0.113', project_id: globexProject } })).data.total_size).toBe(2);
    expect((await h.globex.request('GET', FIPS_2019, { query: { project_id: acmeProject } })).data.total_size).toBe(0);
  });

  it('details with unsuffixed bandwidth; other tenants get 404', async () => {
    const item = (await h.acme.request('GET', FIPS)).data.data[0];
    const res = await h.acme.request('GET', `${FIPS}/${item.id}`);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ id: item.id, bandwidth: bw(10240), sharedbandwidth_id: null, floating_port_id: item.floating_port_id });
    expect(res.data.subnet_id).toBeTruthy();
    expect(res.data.binding_info).toBeUndefined();
    expect((await h.globex.request('GET', `${FIPS}/${item.id}`)).status).toBe(404);
    expect((await h.globex.request('PUT', `${FIPS}/${item.id}`, { body: { qos_uplink: 1 } })).status).toBe(404);
    expect((await h.globex.request('DELETE', `${FIPS}/${item.id}`)).status).toBe(404);
  });
});

describe('floating-IP create, edit, delete', () => {
  it('allocates from a pool or a line type (201 object with port_id)', async () => {
    const byPool = await h.acme.request('POST', FIPS, { body: { project_id: acmeProject, floatingip_pool_id: pool.id, bandwidth: bw(20000), sharedbandwidth_id: '' } });
    expect(byPool.status, byPool.body?.message).toBe(201);
    expect(Object.keys(byPool.data).sort()).toEqual(['bandwidth', 'created_at', 'floating_ip', 'floatingip_pool_id', 'id', 'port_id', 'project_id', 'sharedbandwidth_id', 'subnet_id', 'updated_at']);
    expect(byPool.data).toMatchObject({ project_id: acmeProject, floatingip_pool_id: pool.id, bandwidth: bw(20000) });
    const byLine = await h.acme.request('POST', FIPS, { body: { project_id: acmeProject, line_type: lineTypes[0].id, floating_ip: '203.0.113.200', bandwidth: bw(1000) } });
    expect(byLine.status, byLine.body?.message).toBe(201);
    expect(byLine.data.floating_ip).toBe('203.0.113.200');
    const taken = await h.acme.request('POST', FIPS, { body: { project_id: acmeProject, floatingip_pool_id: pool.id, floating_ip: '203.0.113.200', bandwidth: bw(1000) } });
    expect(taken.status).toBe(400);
    expect(taken.body?.message).toMatch(/203\.0\.113\.200 is already in use/);
    expect((await h.acme.request('GET', FIPS)).data.total_size).toBe(5);
    expect((await h.admin.request('GET', `/janus/20180725/floatingippools/${pool.id}`)).data.ip_used).toBe(8);
    for (const f of [byPool.data, byLine.data]) expect((await h.acme.request('DELETE', `${FIPS}/${f.id}`)).status).toBe(204);
  });

  it('refuses bad requests naming the problem', async () => {
    const refuse = async (body: object, status: number, message: RegExp, client = h.acme) => {
      const res = await client.request('POST', FIPS, { body });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body?.message).toMatch(message);
    };
    await refuse({ project_id: acmeProject, floatingip_pool_id: pool.id, bandwidth: bw(1000, 2000) }, 400, /qos_uplink \(1000\) and qos_downlink \(2000\) must be equal/);
    await refuse({ project_id: acmeProject, floatingip_pool_id: pool.id }, 400, /bandwidth .* is required/);
    await refuse({ project_id: acmeProject, floatingip_pool_id: pool.id, bandwidth: bw(10_485_761) }, 400, /bandwidth\.qos_uplink/);
    await refuse({ project_id: acmeProject, bandwidth: bw(1000) }, 400, /floatingip_pool_id or line_type/);
    await refuse({ floatingip_pool_id: pool.id, bandwidth: bw(1000) }, 400, /project_id/);
    await refuse({ project_id: acmeProject, floatingip_pool_id: pool.id, bandwidth: bw(1000) }, 403, /own project/, h.globex);
    await refuse({ project_id: acmeProject, floatingip_pool_id: pool.id, sharedbandwidth_id: 'sbw-1' }, 404, /shared bandwidth sbw-1/);
    await refuse({ project_id: acmeProject, line_type: lineTypes[1].id, bandwidth: bw(1000) }, 400, /no floating-IP pool of line type/);
    await refuse({ project_id: acmeProject, floatingip_pool_id: pool.id, floating_ip: '198.18.0.1', bandwidth: bw(1000) }, 400, /no subnet holding 198\.18\.0\.1/);
  });

  it('edits bandwidth: one value sets both, two must agree (200 object)', async () => {
    const fip = (await h.acme.request('GET', FIPS)).data.data[0];
    const up = await h.acme.request('PUT', `${FIPS}/${fip.id}`, { body: { qos_uplink: 20000 } });
    expect(up.status, up.body?.message).toBe(200);
    expect(up.data).toMatchObject({ id: fip.id, port_id: fip.floating_port_id, bandwidth: bw(20000) });
    const down = await h.acme.request('PUT', `${FIPS}/${fip.id}`, { body: { qos_downlink: 30000 } });
    expect(down.data.bandwidth).toEqual(bw(30000));
    const both = await h.acme.request('PUT', `${FIPS}/${fip.id}`, { body: bw(40000) });
    expect(both.data.bandwidth).toEqual(bw(40000));
    const differ = await h.acme.request('PUT', `${FIPS}/${fip.id}`, { body: bw(40000, 50000) });
    expect(differ.status).toBe(400);
    expect(differ.body?.message).toMatch(/must be equal/);
    expect((await h.acme.request('PUT', `${FIPS}/${fip.id}`, { body: {} })).status).toBe(400);
    expect((await h.acme.request('PUT', `${FIPS}/${fip.id}`, { body: { qos_uplink: -1 } })).status).toBe(400);
    const listed = (await h.acme.request('GET', FIPS, { query: { floating_ip: fip.floating_ip } })).data.data[0];
    expect(listed.bandwidth).toEqual({ qos_uplink_kbps: 40000, qos_downlink_kbps: 40000 });
  });

  it('counts against network/eip_count::{line} and eip_bandwidth::{line} quotas (global AZ)', async () => {
    const quota = (resource: string, value: number) => ({ provider: 'hci', namespace: 'network', resource: `${resource}::${pool.line_type_id}`, value, az_id: '10000000-0000-0000-0000-000000000000' });
    const set = await h.admin.request('POST', '/janus/20180725/quotas', { body: { project_id: globexProject, quota_sets: [quota('eip_count', 3), quota('eip_bandwidth', 25000)] } });
    expect(set.status, set.body?.message).toBe(201);
    // globex holds 2 floating IPs of 10240 kbps: one more fits by count but not at 5000 kbps.
    const wide = await h.globex.request('POST', FIPS, { body: { project_id: globexProject, floatingip_pool_id: pool.id, bandwidth: bw(5000) } });
    expect(wide.status).toBe(400);
    expect(wide.body?.message).toMatch(/quota network\/eip_bandwidth::.* exceeded: limit 25000, in use 20480, requested 5000/);
    const third = await h.globex.request('POST', FIPS, { body: { project_id: globexProject, floatingip_pool_id: pool.id, bandwidth: bw(4000) } });
    expect(third.status, third.body?.message).toBe(201);
    const fourth = await h.globex.request('POST', FIPS, { body: { project_id: globexProject, floatingip_pool_id: pool.id, bandwidth: bw(100) } });
    expect(fourth.status).toBe(400);
    expect(fourth.body?.message).toMatch(/quota network\/eip_count::.* exceeded: limit 3, in use 3, requested 1/);
    const raise = await h.globex.request('PUT', `${FIPS}/${third.data.id}`, { body: { qos_uplink: 5000 } });
    expect(raise.status).toBe(400);
    expect(raise.body?.message).toMatch(/eip_bandwidth/);
    expect((await h.globex.request('DELETE', `${FIPS}/${third.data.id}`)).status).toBe(204);
  });
});

describe('binding a floating IP to a server NIC', () => {
  it('binds (201 task, creating → active), shows it everywhere, and unbinds (200 task, deleting → gone)', async () => {
    const fip = (await h.acme.request('GET', FIPS)).data.data[1];
    const port = (await h.acme.request('GET', '/janus/20190725/ports', { query: { vif_id: 'net0' } })).data.data[0];
    const ip = port.ips_info[0].ip_address;

    const bind = await h.acme.request('POST', `${FIPS}/${fip.id}/binding`, { body: { vpc_id: port.vpc_id, port_id: port.id } });
    expect(bind.status, bind.body?.message).toBe(201);
    expect(Object.keys(bind.data)).toEqual(['task_id']);
    const creating = await h.acme.request('GET', `${FIPS}/${fip.id}`);
    expect(creating.data.binding_info.status).toBe('creating');
    const serverCreating = await serverItem(port.device_id);
    if (serverCreating) expect(serverCreating.floatingip).toMatchObject({ floatingip_id: fip.id, floating_ip_address: fip.floating_ip });
    const early = await h.acme.request('DELETE', `${FIPS}/${fip.id}/unbinding`);
    expect(early.status).toBe(400);
    expect(early.body?.message).toMatch(/binding is creating/);
    const task = await h.acme.waitForTask(bind.data.task_id);
    expect(task).toMatchObject({ status: 'finish', object_id: fip.id });

    const detail = await h.acme.request('GET', `${FIPS}/${fip.id}`);
    expect(detail.data.binding_info).toMatchObject({
      status: 'active', bind_type: 'vm', ip_address: ip, port_id: port.id, vpc_id: port.vpc_id, az_id: port.az_id,
    });
    expect(detail.data.binding_info.created_at).toBeTruthy();
    // bind_id is the binding record's id (seed L30359, L30891), not the bound server's.
    const bindId = detail.data.binding_info.bind_id;
    expect(bindId).toMatch(/^[0-9a-f-]{36}$/);
    expect(bindId).not.toBe(port.device_id);
    expect((await h.acme.request('GET', FIPS, { query: { bind_vpc_id: port.vpc_id } })).data.data[0].binding_info.bind_id).toBe(bindId);
    const item2018 = (await h.acme.request('GET', FIPS, { query: { bind_vpc_id: port.vpc_id } })).data.data;
    expect(item2018.map((f: any) => f.id)).toEqual([fip.id]);
    expect(item2018[0].binding_info.device_name).toBeUndefined();
    const item2019 = (await h.acme.request('GET', FIPS_2019, { query: { bind_type: 'vm', bind_az_id: port.az_id } })).data.data[0];
    expect(item2019.binding_info).toMatchObject({ device_name: port.device_name, ip_address: ip, status: 'active' });
    expect((await h.admin.request('GET', `/janus/20180725/floatingippools/${pool.id}`)).data.ip_bind).toBe(1);

    const server = await serverItem(port.device_id);
    if (server) expect(server.floatingip).toMatchObject({ floatingip_id: fip.id, floating_ip_address: fip.floating_ip });

    const again = await h.acme.request('POST', `${FIPS}/${fip.id}/binding`, { body: { vpc_id: port.vpc_id, port_id: port.id } });
    expect(again.status).toBe(400);
    expect(again.body?.message).toMatch(/already bound/);
    const other = (await h.acme.request('GET', FIPS)).data.data[2];
    const second = await h.acme.request('POST', `${FIPS}/${other.id}/binding`, { body: { vpc_id: port.vpc_id, ip_address: ip } });
    expect(second.status).toBe(400);
    expect(second.body?.message).toMatch(/already has floating IP/);
    const del = await h.acme.request('DELETE', `${FIPS}/${fip.id}`);
    expect(del.status).toBe(400);
    expect(del.body?.message).toMatch(/unbind it first/);

    const unbind = await h.acme.request('DELETE', `${FIPS}/${fip.id}/unbinding`);
    expect(unbind.status).toBe(200);
    expect(Object.keys(unbind.data)).toEqual(['task_id']);
    expect((await h.acme.request('GET', `${FIPS}/${fip.id}`)).data.binding_info.status).toBe('deleting');
    expect((await h.acme.waitForTask(unbind.data.task_id)).status).toBe('finish');
    expect((await h.acme.request('GET', `${FIPS}/${fip.id}`)).data.binding_info).toBeUndefined();
    const after = await serverItem(port.device_id);
    if (after) expect(after.floatingip.floatingip_id).toBe('');
    const twice = await h.acme.request('DELETE', `${FIPS}/${fip.id}/unbinding`);
    expect(twice.status).toBe(400);
    expect(twice.body?.message).toMatch(/is not bound/);

    // By ip_address this time, then clean up.
    const byIp = await h.acme.request('POST', `${FIPS}/${other.id}/binding`, { body: { vpc_id: port.vpc_id, ip_address: ip } });
    expect(byIp.status, byIp.body?.message).toBe(201);
    expect((await h.acme.waitForTask(byIp.data.task_id)).status).toBe('finish');
    const rebound = (await h.acme.request('GET', `${FIPS}/${other.id}`)).data.binding_info;
    expect(rebound.port_id).toBe(port.id);
    // A new binding is a new record, with a new id, to the same NIC.
    expect(rebound.bind_id).not.toBe(bindId);
    await h.acme.waitForTask((await h.acme.request('DELETE', `${FIPS}/${other.id}/unbinding`)).data.task_id);
  });

  it('leaves the floating IP unbound when the bind task fails', async () => {
    const fip = (await h.acme.request('GET', FIPS)).data.data[0];
    const port = (await h.acme.request('GET', '/janus/20180725/ports', { query: { vif_id: 'net0' } })).data.data[1];
    await fetch(`${h.url}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ taskFailMatch: `^${fip.floating_ip.replaceAll('.', '\\.')}$` }) });
    try {
      const bind = await h.acme.request('POST', `${FIPS}/${fip.id}/binding`, { body: { vpc_id: port.vpc_id, port_id: port.id } });
      expect(bind.status).toBe(201);
      expect((await h.acme.waitForTask(bind.data.task_id)).status).toBe('failure');
      expect((await h.acme.request('GET', `${FIPS}/${fip.id}`)).data.binding_info).toBeUndefined();
      const server = await serverItem(port.device_id);
      if (server) expect(server.floatingip.floatingip_id).toBe('');
    } finally {
      await fetch(`${h.url}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ taskFailMatch: '' }) });
    }
  });

  it('refuses bindings across tenants and to unknown NICs', async () => {
    const acmeFip = (await h.acme.request('GET', FIPS)).data.data[0];
    const acmePort = (await h.acme.request('GET', '/janus/20180725/ports')).data.data[0];
    const globexFip = (await h.globex.request('GET', FIPS)).data.data[0];
    expect((await h.globex.request('POST', `${FIPS}/${acmeFip.id}/binding`, { body: { vpc_id: acmePort.vpc_id, port_id: acmePort.id } })).status).toBe(404);
    expect((await h.globex.request('POST', `${FIPS}/${globexFip.id}/binding`, { body: { vpc_id: acmePort.vpc_id, port_id: acmePort.id } })).status).toBe(404);
    const admin = await h.admin.request('POST', `${FIPS}/${globexFip.id}/binding`, { body: { vpc_id: acmePort.vpc_id, port_id: acmePort.id } });
    expect(admin.status).toBe(400);
    expect(admin.body?.message).toMatch(/belongs to another tenant/);
    const none = await h.acme.request('POST', `${FIPS}/${acmeFip.id}/binding`, { body: { vpc_id: acmePort.vpc_id, ip_address: '10.10.1.251' } });
    expect(none.status).toBe(404);
    const noTarget = await h.acme.request('POST', `${FIPS}/${acmeFip.id}/binding`, { body: { vpc_id: acmePort.vpc_id } });
    expect(noTarget.status).toBe(400);
    expect(noTarget.body?.message).toMatch(/port_id or ip_address/);
  });
});
