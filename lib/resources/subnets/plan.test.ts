import { describe, expect, it } from 'vitest';
import { checkPools, checkSubnetPlan, intToIp, ipToInt, parseCidr, parsePools, poolSize, suggestPlan } from './plan';

describe('subnet plan', () => {
  it('parses IPv4 addresses and networks as SCP takes them', () => {
    expect(ipToInt('10.0.1.1')).toBe(0x0a000101);
    expect(intToIp(0x0a000101)).toBe('10.0.1.1');
    expect(ipToInt('10.0.1.256')).toBeUndefined();
    expect(parseCidr('10.0.1.0/24')).toMatchObject({ cidr: '10.0.1.0/24', prefix: 24 });
    expect(parseCidr('10.0.1.5/24')).toBeUndefined();
    expect(parseCidr('10.0.0.0/31')).toBeUndefined();
    expect(parseCidr('10.0.0.0')).toBeUndefined();
    expect(parseCidr('nonsense')).toBeUndefined();
  });

  it('suggests the first host as gateway and the rest as the pool', () => {
    expect(suggestPlan(parseCidr('192.168.5.0/24')!)).toEqual({ gateway_ip: '192.168.5.1', pools: '192.168.5.2-192.168.5.254' });
  });

  it('reads pools one range or address a line', () => {
    expect(parsePools('10.0.0.2-10.0.0.9\n 10.0.0.20 \n')).toEqual([{ start: '10.0.0.2', end: '10.0.0.9' }, { start: '10.0.0.20', end: '10.0.0.20' }]);
    expect(poolSize(parsePools('10.0.0.2-10.0.0.9\n10.0.0.20'))).toBe(9);
  });

  it('accepts a good plan', () => {
    expect(checkSubnetPlan({ cidr: '10.0.9.0/24', gateway_ip: '10.0.9.1', allocation_pools: '10.0.9.2-10.0.9.254' }, [{ name: 'a', cidr: '10.0.1.0/24' }])).toEqual({});
  });

  it('names the field of each problem', () => {
    expect(checkSubnetPlan({ cidr: '10.0.1.7/24', gateway_ip: '', allocation_pools: '' }, [])).toEqual({ cidr: { key: 'subnets.error.cidr' } });
    expect(checkSubnetPlan({ cidr: '10.0.0.0/16', gateway_ip: '10.0.0.1', allocation_pools: '10.0.0.2-10.0.0.9' }, [{ name: 'a', cidr: '10.0.1.0/24' }]).cidr)
      .toEqual({ key: 'subnets.error.overlap', values: { name: 'a', cidr: '10.0.1.0/24' } });
    expect(checkSubnetPlan({ cidr: '10.251.251.0/24', gateway_ip: '10.251.251.1', allocation_pools: '10.251.251.2' }, []).cidr?.key).toBe('subnets.error.reserved');
    expect(checkSubnetPlan({ cidr: '10.0.9.0/24', gateway_ip: '10.0.8.1', allocation_pools: '10.0.9.2-10.0.9.9' }, []).gateway_ip)
      .toEqual({ key: 'subnets.error.gatewayOutside', values: { cidr: '10.0.9.0/24' } });
    expect(checkSubnetPlan({ cidr: '10.0.9.0/24', gateway_ip: 'x', allocation_pools: '10.0.9.2' }, []).gateway_ip?.key).toBe('subnets.error.ip');
  });

  it('checks pools against the network and the gateway', () => {
    const c = parseCidr('10.0.9.0/24')!;
    expect(checkPools(c, '10.0.9.1', [])?.key).toBe('subnets.error.poolsRequired');
    expect(checkPools(c, '10.0.9.1', [{ start: 'a', end: 'b' }])?.key).toBe('subnets.error.poolFormat');
    expect(checkPools(c, '10.0.9.1', [{ start: '10.0.9.2', end: '10.0.9.255' }])?.key).toBe('subnets.error.poolOutside');
    expect(checkPools(c, '10.0.9.1', [{ start: '10.0.9.9', end: '10.0.9.2' }])?.key).toBe('subnets.error.poolOrder');
    expect(checkPools(c, '10.0.9.5', [{ start: '10.0.9.2', end: '10.0.9.9' }])?.key).toBe('subnets.error.poolGateway');
    expect(checkPools(c, '10.0.9.1', [{ start: '10.0.9.2', end: '10.0.9.9' }, { start: '10.0.9.9', end: '10.0.9.20' }])?.key).toBe('subnets.error.poolOverlap');
    expect(checkPools(c, '10.0.9.1', [{ start: '10.0.9.2', end: '10.0.9.9' }, { start: '10.0.9.10', end: '10.0.9.20' }])).toBeUndefined();
  });
});
