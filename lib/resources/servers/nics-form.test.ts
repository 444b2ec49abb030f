import { describe, expect, it } from 'vitest';
import type { ServerDetail } from '@/lib/scp';
import { readRows, removeRow, writeRows } from '../core/rows';
import { checkNicEdit } from './nics';
import { editServerNics, nicFormRows, nicRowsOf } from './nics-form';

const vpc = 'aaaaaaaa-0000-4000-8000-000000000001';
const subnetA = 'bbbbbbbb-0000-4000-8000-00000000000a';
const subnetB = 'bbbbbbbb-0000-4000-8000-00000000000b';
const nic = { vif_id: 'net0', connect: 1, model: 'virtio', vpc_id: vpc, vpc_name: 'main', subnet_id: subnetA, subnet_name: 'front', ip_address: '10.0.0.5', port_id: 'port-0' };
const server = { id: 's-1', name: 'web', status: 'running', project_id: 'p-1', az_id: 'az-1', networks: [nic] } as unknown as ServerDetail;
const bare = { ...server, networks: [] } as unknown as ServerDetail;
const form = editServerNics.form!;
const [vpcField, nicsField] = form.fields;
const spec = nicsField.rows!;

describe('the NICs form', () => {
  it('names the server’s own VPC above the table, and asks for one only for a server without', () => {
    const values = form.initial(server);
    expect(values.vpc).toBe(vpc);
    expect(spec.intro!(values)).toEqual({ key: 'servers.nics.vpc', values: { vpc: 'main' }, testId: 'nics-vpc' });
    expect(vpcField.when!(values)).toBe(false);
    const none = form.initial(bare);
    expect(spec.intro!(none)).toBeNull();
    expect(vpcField.when!(none)).toBe(true);
    expect(spec.add.allowed([], none)).toMatchObject({ ok: false, reason: 'servers.reason.nicNoVpc' });
    expect(spec.add.allowed([], { ...none, vpc })).toEqual({ ok: true });
  });

  it('keeps the NIC carrying the floating IP as text, saying why', () => {
    const [row] = nicFormRows(server);
    expect(spec.fixed!(row, form.initial(server))).toBeUndefined();
    expect(spec.fixed!(row, { ...form.initial(server), fipPort: 'port-0' })).toEqual({
      text: ['front', { key: 'servers.nics.current', values: { ip: '10.0.0.5' } }],
      reason: { key: 'servers.reason.nicFloatingIp', values: undefined },
    });
  });

  it('wants a subnet for a new NIC under its select, and sends a moved one on its new subnet', () => {
    const values = { ...form.initial(bare), vpc };
    const added = spec.add.row([], values);
    expect(added).toEqual({ vif: 'net0', subnet: '' });
    expect(form.check({ ...values, nics: writeRows([added]) }, bare)).toEqual({ 'nics.net0.subnet': { key: 'forms.error.required' } });
    const moved = nicFormRows(server).map((r) => ({ ...r, subnet: subnetB }));
    expect(form.check({ ...form.initial(server), nics: writeRows(moved) }, server)).toEqual({});
    const edit = checkNicEdit(nicRowsOf(moved, server), vpc);
    expect(edit.ok && edit.body.networks).toEqual([{ vif_id: 'net0', connect: 1, model: 'virtio', vpc_id: vpc, subnet_id: subnetB }]);
  });

  it('says nothing changed under the table; a removed NIC leaves the list; a new VPC puts NICs back on their subnets', () => {
    const values = form.initial(server);
    expect(form.check(values, server)).toEqual({ nics: { key: 'servers.edit.nothing' } });
    const removed = removeRow(spec, readRows(values.nics), 'net0');
    const edit = checkNicEdit(nicRowsOf(removed, server), vpc);
    expect(edit.ok && edit.body.networks).toEqual([]);
    expect(spec.reset!({ ...removed[0], subnet: subnetB })).toMatchObject({ subnet: subnetA });
  });
});
