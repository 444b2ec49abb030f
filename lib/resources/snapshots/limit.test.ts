import { describe, expect, it } from 'vitest';
import { snapshotLimit } from './limit';

describe('snapshotLimit (seed L20226)', () => {
  it('is 7 in HCI pools at 6.2.0 or older', () => {
    for (const version of ['6.2.0', '6.1.9', '5.8.8.R6', '6.2.0.R1']) expect(snapshotLimit({ type: 'hci', version }), version).toBe(7);
  });

  it('is none in newer HCI pools, VMware pools, or an unknown pool', () => {
    for (const version of ['6.2.1', '6.3.70', '6.8.0', '6.10.0']) expect(snapshotLimit({ type: 'hci', version }), version).toBeUndefined();
    expect(snapshotLimit({ type: 'vmware', version: '6.0.0' })).toBeUndefined();
    expect(snapshotLimit({ type: 'hci', version: undefined })).toBeUndefined();
    expect(snapshotLimit(undefined)).toBeUndefined();
  });
});
