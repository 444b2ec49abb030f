import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { encryptWithModulus, TestClient } from './test-client';

const PROJECTS = '/janus/20180725/projects';

let h: Harness;
let acmeId: string;
let globexId: string;
let az: Record<string, string>;

beforeAll(async () => {
  h = await startHarness();
  const list = await h.admin.request('GET', PROJECTS);
  const byName = Object.fromEntries(list.data.data.map((p: { name: string; id: string }) => [p.name, p.id]));
  acmeId = byName.acme;
  globexId = byName.globex;
  const azs = await h.admin.request('GET', '/janus/20180725/azs');
  az = Object.fromEntries(azs.data.data.map((a: { name: string; id: string }) => [a.name, a.id]));
});
afterAll(() => h.close());

/** A unique tenant body with an RSA-encrypted admin password. */
async function newTenantBody(password: string, overrides: Record<string, unknown> = {}) {
  const suffix = randomUUID().slice(0, 8);
  return {
    project: {
      name: `t-${suffix}`, description: 'contract test',
      project_admin: {
        user_name: `u-${suffix}`, mail: `u-${suffix}@example.com`, phone: '13412345678',
        password: encryptWithModulus(password, await h.admin.publicKey()),
      },
      ...overrides,
    },
  };
}

/** Creates a tenant and returns its id, admin name and a signed-out client for that admin. */
async function createTenant() {
  const password = `pw-${randomUUID()}`;
  const body = await newTenantBody(password);
  const res = await h.admin.request('POST', PROJECTS, { body });
  expect(res.status, res.body?.message).toBe(200);
  const userName = body.project.project_admin.user_name;
  return { id: res.data.project.id as string, name: body.project.name, userName, client: new TestClient(h.url, { kind: 'token', username: userName, password }) };
}

describe('tenant list and detail', () => {
  it('lists tenants with paging and filters', async () => {
    const all = await h.admin.request('GET', PROJECTS);
    expect(all.status).toBe(200);
    expect(all.data.total_size).toBeGreaterThanOrEqual(3);
    const acme = all.data.data.find((p: { id: string }) => p.id === acmeId);
    expect(acme).toMatchObject({ name: 'acme', user_name: 'acme', enabled: 1, role_type: 'tenant', dhs: [] });
    expect(acme.azs).toHaveLength(2);
    expect(acme.azs[0]).toMatchObject({ type: 'hci', az_tag: 'public', dh_ids: [] });
    const page = await h.admin.request('GET', PROJECTS, { query: { page_size: 2 } });
    expect(page.data).toMatchObject({ page_size: 2, next_page_num: '1' });
    expect((await h.admin.request('GET', PROJECTS, { query: { keywords: 'glob' } })).data.data.map((p: { name: string }) => p.name)).toEqual(['globex']);
    const inShenzhen = await h.admin.request('GET', PROJECTS, { query: { az_id: az['深圳-资源池2'] } });
    expect(inShenzhen.data.data.map((p: { name: string }) => p.name).sort()).toEqual(['acme', 'initech']);
    const bad = await h.admin.request('GET', PROJECTS, { query: { enabled: 'yes' } });
    expect(bad.status).toBe(400);
    expect(bad.body?.message).toMatch(/enabled/);
  });

  it('adds msp_id and role_type filters in 20190725', async () => {
    const res = await h.admin.request('GET', '/janus/20190725/projects', { query: { role_type: 'tenant' } });
    expect(res.data.total_size).toBeGreaterThanOrEqual(3);
    expect(res.data.data[0]).toHaveProperty('msp_id', '');
    expect((await h.admin.request('GET', '/janus/20190725/projects', { query: { exclude_role_type: 'tenant' } })).data.total_size).toBe(0);
  });

  it('shows a tenant only itself', async () => {
    const list = await h.acme.request('GET', PROJECTS);
    expect(list.data.data.map((p: { id: string }) => p.id)).toEqual([acmeId]);
    const own = await h.acme.request('GET', `${PROJECTS}/${acmeId}`);
    expect(own.status).toBe(200);
    expect(own.data).toMatchObject({ id: acmeId, parent_id: '', description: 'Acme Corporation', project_admin: { user_name: 'acme', auth_driver: 'local' } });
    expect(own.data.project_admin.mail).toMatch(/@/);
    expect((await h.acme.request('GET', `${PROJECTS}/${globexId}`)).status).toBe(404);
    expect((await h.admin.request('GET', `${PROJECTS}/${globexId}`)).status).toBe(200);
  });
});

describe('tenant create', () => {
  it('creates a tenant whose admin can sign in with the encrypted password', async () => {
    const password = `pw-${randomUUID()}`;
    const body = await newTenantBody(password);
    const res = await h.admin.request('POST', PROJECTS, { body });
    expect(res.status).toBe(200);
    const p = res.data.project;
    expect(p).toMatchObject({ name: body.project.name, description: 'contract test', enabled: 1, parent_id: '', updated_at: '' });
    expect(p.id).toMatch(/^[0-9a-f]{32}$/);
    expect(p.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(p.project_admin).toEqual({ user_name: body.project.project_admin.user_name, user_id: expect.any(String), mail: body.project.project_admin.mail, phone: '13412345678' });
    expect(JSON.stringify(res.body)).not.toContain(password);

    const tenant = new TestClient(h.url, { kind: 'token', username: body.project.project_admin.user_name, password });
    const own = await tenant.request('GET', PROJECTS);
    expect(own.status).toBe(200);
    expect(own.data.data).toHaveLength(1);
    expect(own.data.data[0]).toMatchObject({ id: p.id, azs: [] });
    expect((await tenant.request('GET', '/janus/20180725/azs')).data.total_size).toBe(0);
  });

  it('refuses a duplicate tenant name or admin user name with 409', async () => {
    const dupName = await h.admin.request('POST', PROJECTS, { body: await newTenantBody('x', { name: 'acme' }) });
    expect(dupName.status).toBe(409);
    expect(dupName.body?.message).toMatch(/acme/);
    const body = await newTenantBody('x');
    body.project.project_admin.user_name = 'globex';
    const dupUser = await h.admin.request('POST', PROJECTS, { body });
    expect(dupUser.status).toBe(409);
    expect(dupUser.body?.message).toMatch(/user_name/);
  });

  it('names the bad field', async () => {
    const body = await newTenantBody('x');
    body.project.project_admin.password = 'not-hex';
    const badPassword = await h.admin.request('POST', PROJECTS, { body });
    expect(badPassword.status).toBe(400);
    expect(badPassword.body?.message).toMatch(/project\.project_admin\.password/);
    const noMail = await newTenantBody('x');
    delete (noMail.project.project_admin as { mail?: string }).mail;
    const res = await h.admin.request('POST', PROJECTS, { body: noMail });
    expect(res.status).toBe(400);
    expect(res.body?.message).toMatch(/project\.project_admin\.mail/);
  });

  it('is for admins only', async () => {
    expect((await h.acme.request('POST', PROJECTS, { body: await newTenantBody('x') })).status).toBe(403);
  });
});

describe('tenant edit', () => {
  it('accepts the flat body and the {project:{…}} body', async () => {
    const t = await createTenant();
    const flat = await h.admin.request('PUT', `${PROJECTS}/${t.id}`, { body: { description: 'flat edit', phone: '13900000000' } });
    expect(flat.status).toBe(200);
    expect(flat.data.project).toMatchObject({ description: 'flat edit', project_admin: { phone: '13900000000' } });
    expect(flat.data.project.updated_at).not.toBe('');
    const wrapped = await h.admin.request('PUT', `${PROJECTS}/${t.id}`, { body: { project: { name: `${t.name}-renamed`, mail: 'new@example.com' } } });
    expect(wrapped.status).toBe(200);
    const detail = await h.admin.request('GET', `${PROJECTS}/${t.id}`);
    expect(detail.data).toMatchObject({ name: `${t.name}-renamed`, description: 'flat edit', project_admin: { mail: 'new@example.com', phone: '13900000000' } });
  });

  it('refuses a taken name, an empty edit and tenants', async () => {
    const t = await createTenant();
    expect((await h.admin.request('PUT', `${PROJECTS}/${t.id}`, { body: { name: 'acme' } })).status).toBe(409);
    const empty = await h.admin.request('PUT', `${PROJECTS}/${t.id}`, { body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body?.message).toMatch(/description/);
    const badMail = await h.admin.request('PUT', `${PROJECTS}/${t.id}`, { body: { project: { mail: 'nope' } } });
    expect(badMail.status).toBe(400);
    expect(badMail.body?.message).toMatch(/project\.mail/);
    expect((await h.acme.request('PUT', `${PROJECTS}/${acmeId}`, { body: { description: 'x' } })).status).toBe(403);
    expect((await h.admin.request('PUT', `${PROJECTS}/ffffffffffffffffffffffffffffffff`, { body: { description: 'x' } })).status).toBe(404);
  });
});

describe('tenant delete', () => {
  it('refuses while the tenant owns resources, naming them', async () => {
    const res = await h.admin.request('DELETE', `${PROJECTS}/${acmeId}`);
    expect(res.status).toBe(400);
    expect(res.body?.message).toMatch(/acme/);
    expect(res.body?.message).toMatch(/\d+ servers/);
    expect(res.body?.message).toMatch(/VPC/);
    expect(res.body?.message).toMatch(/floating IP/);
    expect((await h.admin.request('GET', `${PROJECTS}/${acmeId}`)).status).toBe(200);
  });

  it('deletes an empty tenant: its admin can no longer sign in', async () => {
    const t = await createTenant();
    await t.client.login();
    const res = await h.admin.request('DELETE', `${PROJECTS}/${t.id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    expect((await h.admin.request('GET', `${PROJECTS}/${t.id}`)).status).toBe(404);
    expect((await t.client.request('GET', PROJECTS)).status).toBe(401);
    await expect(new TestClient(h.url, { kind: 'token', username: t.userName, password: 'whatever' }).login()).rejects.toThrow(/401/);
    const users = await h.admin.request('GET', '/janus/20180725/users', { query: { name: t.userName } });
    expect(users.data.total_size).toBe(0);
  });

  it('is for admins only', async () => {
    expect((await h.acme.request('DELETE', `${PROJECTS}/${acmeId}`)).status).toBe(403);
  });
});

describe('tenant AZ association', () => {
  it('associates AZs through a task and dissociates them again', async () => {
    const t = await createTenant();
    const res = await h.admin.request('POST', `${PROJECTS}/${t.id}/azs`, { body: { azs: [{ az_id: az['深圳-资源池2'] }] } });
    expect(res.status).toBe(201);
    expect(res.data.task_id).toEqual(expect.any(String));
    const pending = await h.admin.request('GET', `${PROJECTS}/${t.id}`);
    expect(pending.data.azs).toEqual([]);
    const task = await h.admin.waitForTask(res.data.task_id);
    expect(task).toMatchObject({ status: 'finish', progress: 100, object_id: t.id, action: '租户关联资源池' });
    const done = await h.admin.request('GET', `${PROJECTS}/${t.id}`);
    expect(done.data.azs.map((a: { az_id: string }) => a.az_id)).toEqual([az['深圳-资源池2']]);
    expect((await t.client.request('GET', '/janus/20180725/azs')).data.data.map((a: { id: string }) => a.id)).toEqual([az['深圳-资源池2']]);

    const off = await h.admin.request('DELETE', `${PROJECTS}/${t.id}/azs/${az['深圳-资源池2']}`);
    expect(off.status).toBe(204);
    expect((await h.admin.request('GET', `${PROJECTS}/${t.id}`)).data.azs).toEqual([]);
    const again = await h.admin.request('DELETE', `${PROJECTS}/${t.id}/azs/${az['深圳-资源池2']}`);
    expect(again.status).toBe(400);
    expect(again.body?.message).toMatch(/not associated/);
  });

  it('refuses an unknown AZ and a dissociation while resources remain there', async () => {
    const bad = await h.admin.request('POST', `${PROJECTS}/${acmeId}/azs`, { body: { azs: [{ az_id: 'nope' }] } });
    expect(bad.status).toBe(400);
    expect(bad.body?.message).toMatch(/azs\.0\.az_id/);
    const empty = await h.admin.request('POST', `${PROJECTS}/${acmeId}/azs`, { body: { azs: [] } });
    expect(empty.status).toBe(400);
    const busy = await h.admin.request('DELETE', `${PROJECTS}/${acmeId}/azs/${az['深圳-资源池2']}`);
    expect(busy.status).toBe(400);
    expect(busy.body?.message).toMatch(/servers?.*VPC/);
    expect((await h.acme.request('POST', `${PROJECTS}/${acmeId}/azs`, { body: { azs: [{ az_id: az['深圳-资源池2'] }] } })).status).toBe(403);
  });
});

describe('users and roles', () => {
  it('lists users with filters and a boolean enabled, never secrets', async () => {
    const all = await h.admin.request('GET', '/janus/20180725/users');
    expect(all.status).toBe(200);
    expect(all.data.total_size).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(all.data)).not.toMatch(/password|secret_key|scp-demo/);
    const acme = await h.admin.request('GET', '/janus/20190725/users', { query: { name: 'acme', enabled: 1 } });
    expect(acme.data.data).toHaveLength(1);
    expect(acme.data.data[0]).toEqual({ id: expect.any(String), name: 'acme', real_name: 'acme', project_id: acmeId, role_id: expect.any(String), enabled: true });
    const page = await h.admin.request('GET', '/janus/20180725/users', { query: { page_size: 1, page_num: 1 } });
    expect(page.data).toMatchObject({ page_num: 1, page_size: 1, next_page_num: '2' });
  });

  it('shows a tenant only its own project\'s users', async () => {
    const res = await h.acme.request('GET', '/janus/20180725/users');
    expect(res.data.data.every((u: { project_id: string }) => u.project_id === acmeId)).toBe(true);
    const acmeUser = res.data.data[0];
    const detail = await h.acme.request('GET', `/janus/20180725/users/${acmeUser.id}`);
    expect(detail.status).toBe(200);
    expect(detail.data).toMatchObject({ name: 'acme', project_id: acmeId, mail: expect.stringContaining('@') });
    expect(detail.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
    expect(detail.data).not.toHaveProperty('password');
    const globexUser = (await h.globex.request('GET', '/janus/20180725/users')).data.data[0];
    expect((await h.acme.request('GET', `/janus/20180725/users/${globexUser.id}`)).status).toBe(404);
  });

  it('lists roles for admins with filters', async () => {
    const res = await h.admin.request('GET', '/janus/20180725/roles', { query: { project_id: acmeId } });
    expect(res.status).toBe(200);
    expect(res.data.data[0]).toMatchObject({ type: 'tenant', type_name: '租户管理员', project_id: acmeId, project_name: 'acme', in_use: 1 });
    expect(res.data.data[0].permissions).toEqual(expect.any(Array));
    const admins = await h.admin.request('GET', '/janus/20180725/roles', { query: { type: 'admin', in_use: 1 } });
    expect(admins.data.total_size).toBe(1);
    expect((await h.acme.request('GET', '/janus/20180725/roles')).status).toBe(403);
  });
});
