import { describe, expect, it } from 'vitest';
import { networkStatus } from './status';

describe('VPC and subnet statuses', () => {
  it('labels SCP\'s statuses and colours them', () => {
    expect(['creating', 'active', 'updating', 'deleting', 'error'].map(networkStatus.labelKey)).toEqual([
      'vpcs.status.creating', 'vpcs.status.active', 'vpcs.status.updating', 'vpcs.status.deleting', 'vpcs.status.error',
    ]);
    expect(networkStatus.labelKey('frozen')).toBeUndefined();
    expect(['active', 'creating', 'error', 'frozen'].map(networkStatus.tone)).toEqual(['ok', 'busy', 'bad', 'off']);
  });
  it('refreshes fast while a task works and reads a subnet without a status as active', () => {
    expect([...networkStatus.transitional].sort()).toEqual(['creating', 'deleting', 'updating']);
    expect(networkStatus.of({ status: null })).toBe('active');
  });
});
