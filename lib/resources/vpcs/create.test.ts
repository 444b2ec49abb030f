import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/session-client/session-api';
import { checkCreateForm } from '../core/form-check';
import type { LoadContext } from '../core/types';
import { vpcCreate, vpcCreateFields } from './create';

const admin: SessionUser = { username: 'admin', role: 'admin', projectId: '', projectName: '' };
const tenant: SessionUser = { username: 'acme', role: 'tenant', projectId: 'a'.repeat(32), projectName: 'acme' };
const AZ = '7d1e6a3c-1f0b-4c1e-9a5e-0f6d2b8c9a10';

/** Cached reads answering the AZ list, the tenant list and the VPCs of one tenant in one AZ. */
function reads(vpcs: { name: string }[]): LoadContext & { signal: AbortSignal } {
  return {
    signal: new AbortController().signal,
    read: async ({ queryKey }) => {
      const [kind] = queryKey as string[];
      if (kind === 'azs') return { items: [{ id: AZ, name: '广州-资源池1' }], total: 1 } as never;
      if (kind === 'projects') return { items: [{ id: tenant.projectId, name: 'acme', azs: [{ az_id: AZ, az_name: '广州-资源池1' }] }], total: 1 } as never;
      return { items: vpcs, total: vpcs.length } as never;
    },
  };
}

describe('VPC create form', () => {
  it('asks admins for the tenant first; a tenant creates in its own project', () => {
    expect(vpcCreateFields(admin).map((f) => f.name)).toEqual(['project_id', 'az_id', 'name']);
    expect(vpcCreateFields(tenant).map((f) => f.name)).toEqual(['az_id', 'name']);
    expect(vpcCreate.initial(tenant, {})).toEqual({ project_id: tenant.projectId, az_id: '', name: '' });
    expect(vpcCreate.allowed({ ...tenant, role: 'member' }).ok).toBe(false);
  });

  it('needs the tenant and AZ, and leaves an empty name for SCP to give', () => {
    const fields = vpcCreateFields(admin);
    const empty = checkCreateForm(vpcCreate, fields, vpcCreate.initial(admin, {}));
    expect(empty.ok ? {} : empty.errors).toEqual({ project_id: { key: 'forms.error.required' }, az_id: { key: 'forms.error.required' } });
    expect(checkCreateForm(vpcCreate, fields, { project_id: tenant.projectId, az_id: AZ, name: '  ' })).toEqual({ ok: true, body: { az_id: AZ, project_id: tenant.projectId } });
  });

  it('names the AZ\'s existing VPC before anything is sent, and that blocks the create', async () => {
    const az = vpcCreateFields(admin).find((f) => f.name === 'az_id')!;
    expect(az.note!.of({ project_id: tenant.projectId, az_id: '' })).toBeNull();
    const note = az.note!.of({ project_id: tenant.projectId, az_id: AZ })!;
    expect(await note.fetch(reads([{ name: 'VPC网络' }]))).toEqual({ key: 'vpcs.create.exists', values: { name: 'VPC网络', az: '广州-资源池1' }, blocks: true, testId: 'vpc-exists' });
    expect(await note.fetch(reads([]))).toBeNull();
  });
});
