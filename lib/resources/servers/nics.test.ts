import { describe, expect, it } from 'vitest';
import { checkNicEdit, newNicRow, nextVifId, nicMoveVerdict, nicRemoveVerdict, nicRows, serverVpcId, type NicRow } from './nics';

const vpc = 'aaaaaaaa-0000-4000-8000-000000000001';
const otherVpc = 'aaaaaaaa-0000-4000-8000-000000000002';
const subnetA = 'bbbbbbbb-0000-4000-8000-00000000000a';
const subnetB = 'bbbbbbbb-0000-4000-8000-00000000000b';
const nic = { vif_id: 'net0', connect: 1, model: 'virtio', vpc_id: vpc, subnet_id: subnetA, ip_address: '10.0.0.5', port_id: 'port-0' };
const server = { networks: [nic] };
const move = (rows: NicRow[], vifId: string, subnetId: string) => rows.map((r) => (r.vifId === vifId ? { ...r, subnetId } : r));

describe('NIC rows', () => {
  it('numbers new NICs net0, net1… and finds the server’s VPC', () => {
    expect(nextVifId([])).toBe('net0');
    expect(nextVifId(['net0', 'net2'])).toBe('net1');
    expect(newNicRow(nicRows(server))).toEqual({ vifId: 'net1', subnetId: '' });
    expect(serverVpcId(server)).toBe(vpc);
    expect(serverVpcId({ networks: [{ vif_id: 'net0', vpc_id: '', subnet_id: '' }] })).toBeUndefined();
  });

  it('keeps the NIC carrying the floating IP, and one in another VPC, where they are', () => {
    expect(nicMoveVerdict(nic, vpc, undefined).ok).toBe(true);
    expect(nicMoveVerdict(nic, vpc, { port_id: 'port-0' })).toMatchObject({ ok: false, reason: 'servers.reason.nicFloatingIp' });
    expect(nicMoveVerdict(nic, vpc, { ip_address: '10.0.0.5' })).toMatchObject({ ok: false, reason: 'servers.reason.nicFloatingIp' });
    expect(nicMoveVerdict(nic, vpc, { port_id: 'port-9', ip_address: '10.0.0.9' }).ok).toBe(true);
    expect(nicMoveVerdict(nic, otherVpc, undefined)).toMatchObject({ ok: false, reason: 'servers.reason.nicOtherVpc' });
  });
});

describe('checkNicEdit', () => {
  it('sends the full list: an unchanged NIC as it is, a moved one and a new one connected to their subnets', () => {
    const rows = [...nicRows(server), { vifId: 'net1', subnetId: subnetA }];
    expect(checkNicEdit(rows, vpc)).toEqual({
      ok: true,
      body: {
        networks: [
          { vif_id: 'net0', connect: 1, model: 'virtio', vpc_id: vpc, subnet_id: subnetA },
          { vif_id: 'net1', connect: 1, model: 'virtio', vpc_id: vpc, subnet_id: subnetA },
        ],
      },
    });
    expect(checkNicEdit(move(nicRows(server), 'net0', subnetB), vpc)).toEqual({
      ok: true, body: { networks: [{ vif_id: 'net0', connect: 1, model: 'virtio', vpc_id: vpc, subnet_id: subnetB }] },
    });
  });

  it('wants a subnet for a new or connected NIC, and something to change', () => {
    expect(checkNicEdit([...nicRows(server), { vifId: 'net1', subnetId: '' }], vpc)).toEqual({ ok: false, errors: { net1: { key: 'forms.error.required' } } });
    expect(checkNicEdit(move(nicRows(server), 'net0', ''), vpc)).toEqual({ ok: false, errors: { net0: { key: 'forms.error.required' } } });
    expect(checkNicEdit(nicRows(server), vpc)).toEqual({ ok: false, errors: { form: { key: 'servers.edit.nothing' } } });
  });

  it('connects a clone’s disconnected NIC to the subnet chosen, and leaves it alone otherwise', () => {
    const clone = { networks: [{ vif_id: 'net0', connect: 0, model: 'virtio', vpc_id: '', subnet_id: '' }] };
    expect(checkNicEdit(move(nicRows(clone), 'net0', subnetA), vpc)).toEqual({
      ok: true, body: { networks: [{ vif_id: 'net0', connect: 1, model: 'virtio', vpc_id: vpc, subnet_id: subnetA }] },
    });
    expect(checkNicEdit([...nicRows(clone), { vifId: 'net1', subnetId: subnetB }], vpc)).toMatchObject({
      ok: true, body: { networks: [{ vif_id: 'net0', connect: 0 }, { vif_id: 'net1', subnet_id: subnetB }] },
    });
  });
});

describe('removing NICs', () => {
  it('leaves a removed NIC out of the list, even the last one, but not the one carrying the floating IP', () => {
    const two = { networks: [nic, { ...nic, vif_id: 'net1', subnet_id: subnetB, ip_address: '10.0.1.5', port_id: 'port-1' }] };
    const rows = nicRows(two).map((r) => (r.vifId === 'net0' ? { ...r, removed: true } : r));
    expect(checkNicEdit(rows, vpc)).toMatchObject({ ok: true, body: { networks: [{ vif_id: 'net1', subnet_id: subnetB }] } });
    expect(checkNicEdit(nicRows(server).map((r) => ({ ...r, removed: true })), vpc)).toEqual({ ok: true, body: { networks: [] } });
    expect(nicRemoveVerdict(nic, { port_id: 'port-0' })).toMatchObject({ ok: false, reason: 'servers.reason.nicFloatingIp' });
    expect(nicRemoveVerdict(nic, undefined).ok).toBe(true);
  });

  it('does not ask a removed NIC for a subnet', () => {
    const rows = nicRows(server).map((r) => ({ ...r, subnetId: '', removed: true }));
    expect(checkNicEdit(rows, vpc).ok).toBe(true);
  });
});
