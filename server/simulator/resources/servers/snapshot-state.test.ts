import { describe, expect, it } from 'vitest';
import { snapshotLimit } from './snapshot-state';

describe('snapshotLimit (seed L20226: HCI 6.2.0 and older, 7 per server)', () => {
  it('caps HCI pools at 6.2.0 or older, whatever the patch suffix', () => {
    for (const version of ['6.2.0', '6.2', '6.1.9', '5.8.8.R6', '6.2.0.R1', '6']) expect(snapshotLimit({ type: 'hci', version }), version).toBe(7);
  });

  it('leaves newer HCI pools, VMware pools and an unknown version without a cap', () => {
    for (const version of ['6.2.1', '6.3.0', '6.8.0', '6.10.0', '7']) expect(snapshotLimit({ type: 'hci', version }), version).toBeUndefined();
    expect(snapshotLimit({ type: 'vmware', version: '6.0.0' })).toBeUndefined();
    expect(snapshotLimit({ type: 'hci', version: '' })).toBeUndefined();
    expect(snapshotLimit(undefined)).toBeUndefined();
  });
});
