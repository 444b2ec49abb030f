import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { TestClient } from './test-client';
import { amzDate, signRequest } from './test-signer';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('EC2 signing', () => {
  it('reproduces the known answer', () => {
    const auth = signRequest({
      method: 'GET', path: '/janus/20180725/azs', body: '', accessKey: 'AK', secretKey: 'example-secret-key-for-signature-test',
      headers: { Cookie: 'aCMPAuthToken=example-auth-token-for-tests', 'X-Amz-Date': '20240101T120000Z' },
      amzDate: '20240101T120000Z', region: 'regionOne', service: 'sdk-api', signedHeaders: 'cookie;x-amz-date',
    });
    expect(auth).toContain('Signature=7f65ebae2c3fcfc77a7fc5dc94978e1250680067c230efd1d3d207758e9a1a83');
  });

  for (const signedHeaders of ['path;x-amz-date', 'cookie;x-amz-date', 'x-amz-date', 'host;x-amz-date']) {
    it(`accepts SignedHeaders=${signedHeaders}`, async () => {
      const c = new TestClient(h.url, { kind: 'ec2', accessKey: 'c7afc18172d496c122be95c8225cc760', secretKey: 'ad9da0afc64f9210877cb19d9a985e0f', signedHeaders, cookie: 'aCMPAuthToken=0123456789abcdef' });
      const res = await c.request('GET', '/janus/20180725/azs');
      expect(res.status, res.body?.message).toBe(200);
    });
  }

  it('accepts host;x-amz-date whether or not the client signed the Host it sent', async () => {
    const date = amzDate(new Date());
    const host = new URL(h.url).host;
    const keys = { accessKey: 'c7afc18172d496c122be95c8225cc760', secretKey: 'ad9da0afc64f9210877cb19d9a985e0f' };
    const withHost = signRequest({ method: 'GET', path: '/janus/20180725/azs', headers: { host, 'x-amz-date': date }, body: '', amzDate: date, signedHeaders: 'host;x-amz-date', ...keys });
    const res = await h.adminEc2.raw('GET', '/janus/20180725/azs', { headers: { 'x-amz-date': date, authorization: withHost } });
    expect(res.status, res.body?.message).toBe(200);
  });

  it('refuses a wrong signature, an unknown key and a stale date', async () => {
    const wrong = new TestClient(h.url, { kind: 'ec2', accessKey: 'c7afc18172d496c122be95c8225cc760', secretKey: 'not-the-secret' });
    expect((await wrong.request('GET', '/janus/20180725/azs')).status).toBe(401);
    const unknown = new TestClient(h.url, { kind: 'ec2', accessKey: 'ffffffffffffffffffffffffffffffff', secretKey: 'x' });
    const r = await unknown.request('GET', '/janus/20180725/azs');
    expect(r.status).toBe(401);
    expect(r.body?.message).toMatch(/access key/);
    const stale = await h.adminEc2.request('GET', '/janus/20180725/azs', { headers: { 'x-amz-date': amzDate(new Date(Date.now() - 16 * 60_000)) } });
    expect(stale.status).toBe(401);
    expect(stale.body?.message).toMatch(/15 minutes/);
  });

  it('signs the body: a tampered body is refused', async () => {
    const date = amzDate(new Date());
    const headers = { 'x-amz-date': date, 'content-type': 'application/json' };
    const authorization = signRequest({ method: 'POST', path: '/janus/20180725/tasks', headers, body: '{"a":1}', accessKey: 'c7afc18172d496c122be95c8225cc760', secretKey: 'ad9da0afc64f9210877cb19d9a985e0f', amzDate: date });
    const res = await h.adminEc2.raw('POST', '/janus/20180725/tasks', { headers: { ...headers, authorization }, rawBody: '{"a":2}' });
    expect(res.status).toBe(401);
  });
});

describe('password and token', () => {
  it('publishes the modulus: v1 ends in a newline, v2 does not', async () => {
    const v1 = await h.admin.raw('GET', '/janus/public-key');
    const v2 = await h.admin.raw('GET', '/janus/v2/public-key');
    expect(v1.data.public_key).toMatch(/^[0-9A-F]{512}\n$/);
    expect(v2.data.public_key).toBe(v1.data.public_key.trim());
  });

  it('signs in and returns the token document', async () => {
    const c = new TestClient(h.url, { kind: 'token', username: 'acme', password: 'scp-demo-acme' });
    await c.login();
    const res = await c.request('GET', '/janus/20180725/tasks');
    expect(res.status).toBe(200);
  });

  it('refuses a wrong password, an unknown token and an expired token', async () => {
    const bad = new TestClient(h.url, { kind: 'token', username: 'acme', password: 'wrong' });
    await expect(bad.login()).rejects.toThrow(/401/);
    const none = await h.admin.raw('GET', '/janus/20180725/tasks', { headers: { authorization: 'Token 00000000000000000000000000000000' } });
    expect(none.status).toBe(401);
    const c = new TestClient(h.url, { kind: 'token', username: 'globex', password: 'scp-demo-globex' });
    const token = await c.login();
    await fetch(`${h.url}/_sim/tokens/expire`, { method: 'POST', body: JSON.stringify({ token }) });
    const expired = await c.request('GET', '/janus/20180725/tasks');
    expect(expired.status).toBe(401);
    expect(expired.body?.message).toMatch(/expired/);
  });
});
