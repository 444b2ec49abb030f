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

  it('composes and reaches into keys and bare arrays', () => {
    const n = compose(atKey('inner', renameFields({ b: ['a'] })), renameFields({ y: ['x'] }));
    expect(n({ x: 1, inner: { a: 2 } })).toEqual({ y: 1, inner: { b: 2 } });
    expect(eachItem(renameFields({ b: ['a'] }))([{ a: 1 }])).toEqual([{ b: 1 }]);
  });
});
