import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/session-client/session-api';
import { bindFloatingIp, changeBandwidth, floatingIpRoleVerdict, nicChoice, parseNicChoice, releaseFloatingIp, unbindFloatingIp } from './actions';

const admin: SessionUser = { username: 'admin', role: 'admin', projectId: '', projectName: '' };
const tenant: SessionUser = { username: 'acme', role: 'tenant', projectId: 'a'.repeat(32), projectName: 'acme' };
const member: SessionUser = { username: 'dev', role: 'member', projectId: 'a'.repeat(32), projectName: 'acme' };
const fip = (status?: string) => ({
  id: '11111111-2222-3333-4444-555555555555', floating_ip: '203.0.113.7', project_id: 'a'.repeat(32),
  bandwidth: { qos_uplink: 10240, qos_downlink: 10240 },
  binding_info: status ? { status, vpc_id: 'v', port_id: 'p', ip_address: '10.10.1.5' } : undefined,
});

describe('floating-IP action rules', () => {
  it('let platform and tenant admins manage floating IPs (allocate included), and tell sub-accounts why not', () => {
    expect(floatingIpRoleVerdict(admin).ok).toBe(true);
    expect(floatingIpRoleVerdict(tenant).ok).toBe(true);
    expect(floatingIpRoleVerdict(member)).toEqual({ ok: false, why: 'role', reason: 'floatingIps.reason.role', values: undefined });
    expect(releaseFloatingIp.allowed(fip(), member)).toEqual(floatingIpRoleVerdict(member));
  });

  it('release only when unbound, saying why otherwise', () => {
    expect(releaseFloatingIp.allowed(fip(), tenant).ok).toBe(true);
    expect(releaseFloatingIp.allowed(fip('active'), tenant)).toMatchObject({ ok: false, why: 'state', reason: 'floatingIps.reason.releaseBound' });
    expect(releaseFloatingIp.confirm?.danger).toBe(true);
  });

  it('bind when unbound; unbind when the binding is settled', () => {
    expect(bindFloatingIp.allowed(fip(), admin).ok).toBe(true);
    expect(bindFloatingIp.allowed(fip('active'), admin)).toMatchObject({ reason: 'floatingIps.reason.alreadyBound' });
    expect(unbindFloatingIp.allowed(fip('active'), tenant).ok).toBe(true);
    expect(unbindFloatingIp.allowed(fip(), tenant)).toMatchObject({ reason: 'floatingIps.reason.notBound' });
    expect(unbindFloatingIp.allowed(fip('creating'), tenant)).toMatchObject({ reason: 'floatingIps.reason.busy' });
    expect(changeBandwidth.allowed(fip('deleting'), tenant)).toMatchObject({ reason: 'floatingIps.reason.busy' });
    expect(changeBandwidth.allowed(fip('active'), tenant).ok).toBe(true);
  });

  it('members may do nothing, for their role', () => {
    for (const action of [bindFloatingIp, unbindFloatingIp, changeBandwidth, releaseFloatingIp]) {
      expect(action.allowed(fip(), member)).toMatchObject({ ok: false, why: 'role' });
    }
  });

  it('the bandwidth form asks whole Mbps within SCP’s bounds', () => {
    const form = changeBandwidth.form!;
    expect(form.initial(fip())).toMatchObject({ mbps: '10' });
    expect(form.check({ mbps: '20' }, fip())).toEqual({});
    expect(form.check({ mbps: '' }, fip())).toMatchObject({ mbps: { key: 'forms.error.required' } });
    expect(form.check({ mbps: '0' }, fip())).toMatchObject({ mbps: { key: 'forms.error.range', values: { min: 1, max: 10240 } } });
    expect(form.check({ mbps: '10241' }, fip())).toMatchObject({ mbps: { key: 'forms.error.range' } });
    expect(form.check({ mbps: '2.5' }, fip())).toMatchObject({ mbps: { key: 'forms.error.range' } });
  });

  it('the bind form needs a server, then a NIC with its VPC and port', () => {
    const form = bindFloatingIp.form!;
    const start = form.initial(fip());
    expect(start).toEqual({ project_id: 'a'.repeat(32), server_id: '', nic: '' });
    expect(form.check(start, fip())).toMatchObject({ server_id: { key: 'forms.error.required' } });
    expect(form.check({ ...start, server_id: 's' }, fip())).toMatchObject({ nic: { key: 'forms.error.required' } });
    const nic = nicChoice({ vpc_id: 'vpc-1', port_id: 'port-1' });
    expect(form.check({ ...start, server_id: 's', nic }, fip())).toEqual({});
    expect(parseNicChoice(nic)).toEqual({ vpc_id: 'vpc-1', port_id: 'port-1' });
    expect(parseNicChoice('nonsense')).toBeNull();
    expect(form.fields[0].clears).toEqual(['nic']);
    expect(form.fields[1].choices?.(start)).toBeNull();
  });
});
