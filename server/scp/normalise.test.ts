import { describe, expect, it } from 'vitest';
import { atKey, compose, drift, eachItem, renameFields } from './normalise';

describe('normalisers', () => {
  it('renames an alias to the canonical field unless the canonical one is there', () => {
    const n = renameFields({ qos_uplink: ['qos_uplink_kbps'] });
    expect(n({ qos_uplink_kbps: 10 })).toEqual({ qos_uplink: 10 });
    expect(n({ qos_uplink: 5, qos_uplink_kbps: 10 })).toEqual({ qos_uplink: 5 });
    expect(n('not an object')).toBe('not an object');
  });

  it('never mutates its input (cached answers are shared)', () => {
    const input = { vmtype: 'hci', floatingip: { floatingip_ip: '203.0.113.5' } };
    const frozen = JSON.stringify(input);
    drift.server(input);
    expect(JSON.stringify(input)).toBe(frozen);
  });

  it('absorbs the documented server drift in lists and details', () => {
    const list = eachItem(drift.server)({ total_size: 1, data: [{ vmtype: 'hci', floatingip: { floating_ip_address: '203.0.113.5' }, create_at: 't' }] });
    const detail = drift.server({ vm_type: 'hci', floatingip: { floatingip_ip: '203.0.113.5' } });
    expect(list).toEqual({ total_size: 1, data: [{ vm_type: 'hci', floatingip: { floating_ip_address: '203.0.113.5' }, created_at: 't' }] });
    expect(detail).toEqual({ vm_type: 'hci', floatingip: { floating_ip_address: '203.0.113.5' } });
  });

  it('absorbs floating IP bandwidth names and subnet vpc ids', () => {
    expect(drift.floatingIp({ qos_uplink_kbps: 1024, qos_downlink_kbps: 1024 })).toEqual({ qos_uplink: 1024, qos_downlink: 1024 });
    expect(drift.subnet({ netdomain_id: 'v', update_at: 'u' })).toEqual({ vpc_id: 'v', updated_at: 'u' });
  });

  it('absorbs the floating-IP drift of list items, details and create answers', () => {
    const item = { id: 'f', bandwidth: { qos_uplink_kbps: 2048, qos_downlink_kbps: 2048 }, binding_info: { port_id: 'nic-port' } };
    expect(eachItem(drift.floatingIp)({ data: [item] })).toEqual({ data: [{ id: 'f', bandwidth: { qos_uplink: 2048, qos_downlink: 2048 }, binding_info: { port_id: 'nic-port' } }] });
    const created = { id: 'f', port_id: 'fip-port', floating_ip_pool_id: 'pool', create_at: 't', bandwidth: { qos_uplink: 1, qos_downlink: 1 } };
    expect(drift.floatingIp(created)).toEqual({ id: 'f', floating_port_id: 'fip-port', floatingip_pool_id: 'pool', created_at: 't', bandwidth: { qos_uplink: 1, qos_downlink: 1 } });
    // The canonical name wins when both come.
    expect(drift.floatingIp({ floating_port_id: 'a', port_id: 'b' })).toEqual({ floating_port_id: 'a' });
    const frozen = JSON.stringify(item);
    drift.floatingIp(item);
    expect(JSON.stringify(item)).toBe(frozen);
  });

  it('absorbs the image table\'s is_vmttools_installed spelling', () => {
    expect(drift.image({ id: 'i', is_vmttools_installed: 1 })).toEqual({ id: 'i', is_vmtools_installed: 1 });
    expect(eachItem(drift.image)({ data: [{ is_vmtools_installed: 0 }] })).toEqual({ data: [{ is_vmtools_installed: 0 }] });
  });

  it('composes and reaches into keys and bare arrays', () => {
    const n = compose(atKey('inner', renameFields({ b: ['a'] })), renameFields({ y: ['x'] }));
    expect(n({ x: 1, inner: { a: 2 } })).toEqual({ y: 1, inner: { b: 2 } });
    expect(eachItem(renameFields({ b: ['a'] }))([{ a: 1 }])).toEqual([{ b: 1 }]);
  });
});
