import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const PORTS_2018 = '/janus/20180725/ports';
const PORTS_2019 = '/janus/20190725/ports';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('ports', () => {
  it('lists server NIC ports (2018: boolean admin_status_up, ips_info)', async () => {
    const all = await h.acme.request('GET', PORTS_2018);
    expect(all.status).toBe(200);
    expect(all.data.total_size).toBeGreaterThan(0);
    const port = all.data.data[0];
    expect(Object.keys(port).sort()).toEqual(
      ['admin_status_up', 'az_id', 'device_id', 'device_owner', 'device_type', 'id', 'ips_info', 'mac_address', 'name', 'project_id', 'subnet_id', 'vpc_id'],
    );
    expect(port).toMatchObject({ admin_status_up: true, device_type: 'vm' });
    expect(port.ips_info).toEqual([{ ip_address: expect.stringMatching(/^10\.10\.\d\.\d+$/) }]);

    const byDevice = await h.acme.request('GET', PORTS_2018, { query: { device_id: port.device_id } });
    expect(byDevice.data.data.map((p: any) => p.id)).toEqual([port.id]);
    const byIp = await h.acme.request('GET', PORTS_2018, { query: { ip_address: port.ips_info[0].ip_address } });
    expect(byIp.data.data.map((p: any) => p.id)).toContain(port.id);
    const byVif = await h.acme.request('GET', PORTS_2018, { query: { vif_id: 'net0', subnet_id: port.subnet_id } });
    expect(byVif.data.data.every((p: any) => p.subnet_id === port.subnet_id)).toBe(true);
  });

  it('2019 adds device_name and answers admin_status_up as 0/1; subnet_ids takes a comma list', async () => {
    const subnets = (await h.acme.request('GET', '/janus/20180725/subnets')).data.data.map((s: any) => s.id);
    const both = await h.acme.request('GET', PORTS_2019, { query: { subnet_ids: subnets.join(',') } });
    const first = await h.acme.request('GET', PORTS_2019, { query: { subnet_ids: subnets[0] } });
    expect(both.data.total_size).toBe((await h.acme.request('GET', PORTS_2019)).data.total_size);
    expect(first.data.total_size).toBeLessThan(both.data.total_size);
    const port = first.data.data[0];
    expect(port.admin_status_up).toBe(1);
    expect(port.device_name).toMatch(/^acme-/);
  });

  it('scopes ports by tenant', async () => {
    const acme = await h.acme.request('GET', PORTS_2018);
    const globex = await h.globex.request('GET', PORTS_2018);
    const acmeProject = acme.data.data[0].project_id;
    expect(globex.data.data.every((p: any) => p.project_id !== acmeProject)).toBe(true);
    expect((await h.globex.request('GET', PORTS_2018, { query: { project_id: acmeProject } })).data.total_size).toBe(0);
    expect((await h.globex.request('DELETE', `${PORTS_2018}/${acme.data.data[0].id}`)).status).toBe(404);
  });

  it('creates a port with a chosen address (201 object), refuses a taken one, and deletes it (204)', async () => {
    const subnet = (await h.acme.request('GET', '/janus/20180725/subnets', { query: { name: 'acme-subnet-1' } })).data.data[0];
    const body = {
      vpc_id: subnet.vpc_id, subnet_id: subnet.id, ips_info: [{ ip_address: '10.10.1.250' }], name: 'ngaf-lan', device_id: '', device_owner: '',
      device_type: 'vnet:af', mac_address: '', vif_id: '', admin_status_up: '', custom_gateway_ip: '',
    };
    const res = await h.acme.request('POST', PORTS_2018, { body });
    expect(res.status, res.body?.message).toBe(201);
    expect(res.data).toMatchObject({ name: 'ngaf-lan', vpc_id: subnet.vpc_id, subnet_id: subnet.id, ips_info: [{ ip_address: '10.10.1.250' }], admin_status_up: true, custom_gateway_ip: null });
    expect(res.data.mac_address).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    const taken = await h.acme.request('POST', PORTS_2018, { body });
    expect(taken.status).toBe(400);
    expect(taken.body?.message).toMatch(/10\.10\.1\.250 is already in use/);
    const noSubnet = await h.acme.request('POST', PORTS_2018, { body: { vpc_id: subnet.vpc_id } });
    expect(noSubnet.status).toBe(400);
    expect(noSubnet.body?.message).toMatch(/subnet_id/);

    expect((await h.acme.request('DELETE', `${PORTS_2018}/${res.data.id}`)).status).toBe(204);
    expect((await h.acme.request('GET', PORTS_2018, { query: { ip_address: '10.10.1.250' } })).data.total_size).toBe(0);
    // The address is free again.
    expect((await h.acme.request('POST', PORTS_2018, { body })).status).toBe(201);
  });

  it("refuses to delete a server's NIC port", async () => {
    const port = (await h.acme.request('GET', PORTS_2018, { query: { vif_id: 'net0' } })).data.data[0];
    const res = await h.acme.request('DELETE', `${PORTS_2018}/${port.id}`);
    expect(res.status).toBe(400);
    expect(res.body?.message).toMatch(/remove the NIC from the server/);
  });
});

describe('line types', () => {
  it('answers {linetypes, filler paging} and filters', async () => {
    const res = await h.acme.request('GET', '/janus/20180725/linetypes');
    expect(res.status).toBe(200);
    expect(Object.keys(res.data).sort()).toEqual(['linetypes', 'next_page_num', 'page_num', 'page_size', 'total_size']);
    expect(res.data.linetypes.map((l: any) => l.name)).toEqual(['移动线路', '教育线路']);
    expect(res.data.linetypes[0]).toMatchObject({ type: 'inner_linetype', updated_at: null });
    expect(res.data.linetypes[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await h.acme.request('GET', '/janus/20180725/linetypes', { query: { type: 'pub_service' } })).data.linetypes).toEqual([]);
    expect((await h.acme.request('GET', '/janus/20180725/linetypes', { query: { name: '教育线路' } })).data.linetypes).toHaveLength(1);
    // Only the mobile line has a floating-IP pool in the demo.
    const available = await h.acme.request('GET', '/janus/20180725/linetypes', { query: { available_only: 'true' } });
    expect(available.data.linetypes.map((l: any) => l.name)).toEqual(['移动线路']);
    expect((await h.acme.request('GET', '/janus/20180725/linetypes', { query: { available_only: 'maybe' } })).status).toBe(400);
  });
});
