import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/session-client/session-api';
import { checkCreateForm, fieldOfPath } from '../core/form-check';
import { floatingIpAllocate } from './allocate';
import { floatingIpResource } from './resource';

const tenant: SessionUser = { username: 'acme', role: 'tenant', projectId: 'a'.repeat(32), projectName: 'acme' };
const member: SessionUser = { ...tenant, username: 'dev', role: 'member' };
const az = '11111111-2222-3333-4444-555555555555';
const lineType = '66666666-7777-8888-9999-000000000000';

describe('the declared allocate form', () => {
  const fields = floatingIpAllocate.fields(tenant);
  const good = { ...floatingIpAllocate.initial(tenant, {}), az_id: az, line_type: lineType, mbps: '5' };

  it('is the floating-IP list’s create entry, refused to sub-accounts by the actions’ role rule', () => {
    expect(floatingIpResource.create).toBe(floatingIpAllocate);
    expect(floatingIpAllocate.testIds).toEqual({ button: 'allocate', dialog: 'allocate-dialog', done: 'allocated' });
    expect(floatingIpAllocate.allowed(tenant).ok).toBe(true);
    expect(floatingIpAllocate.allowed(member)).toMatchObject({ ok: false, why: 'role', reason: 'floatingIps.reason.role' });
  });

  it('sends the schema-checked body in kbps', () => {
    expect(checkCreateForm(floatingIpAllocate, fields, good)).toEqual({
      ok: true, body: { project_id: 'a'.repeat(32), az_ids: [az], line_type: lineType, bandwidth: { qos_uplink: 5120, qos_downlink: 5120 } },
    });
  });

  it('says a bandwidth out of bounds in Mbps, not in the schema’s kbps', () => {
    expect(checkCreateForm(floatingIpAllocate, fields, { ...good, mbps: '99999' })).toEqual({ ok: false, errors: { mbps: { key: 'forms.error.range', values: { min: 1, max: 10240 } } } });
    expect(checkCreateForm(floatingIpAllocate, fields, { ...good, az_id: '' })).toEqual({ ok: false, errors: { az_id: { key: 'forms.error.required' } } });
  });

  it('puts the API’s complaints about the bandwidth and the AZ list under the form’s fields', () => {
    expect(fieldOfPath(floatingIpAllocate, ['bandwidth', 'qos_uplink'])).toBe('mbps');
    expect(fieldOfPath(floatingIpAllocate, ['az_ids', '0'])).toBe('az_id');
    expect(fieldOfPath(floatingIpAllocate, ['line_type'])).toBe('line_type');
  });
});
