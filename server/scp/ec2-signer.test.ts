import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../simulator/server';
import { ScpClient } from './client';
import { ec2Authorization, ec2Signature, toAmzDate } from './ec2-signer';
import { ACME, ADMIN, createOpLog, ec2, listTasks, recordingLogger, startTestSim, testSettings } from './testing';

describe('ec2Signature', () => {
  it('matches the known answer', () => {
    const signature = ec2Signature({
      method: 'GET', path: '/janus/20180725/azs', body: '',
      headers: { Cookie: 'aCMPAuthToken=example-auth-token-for-tests', 'X-Amz-Date': '20240101T120000Z' },
      accessKey: 'any', secretKey: 'example-secret-key-for-signature-test', amzDate: '20240101T120000Z',
      signedHeaders: 'cookie;x-amz-date', region: 'regionOne', service: 'sdk-api',
    });
    expect(signature).toBe('7f65ebae2c3fcfc77a7fc5dc94978e1250680067c230efd1d3d207758e9a1a83');
  });

  it('builds the Authorization header with the credential scope', () => {
    const header = ec2Authorization({
      method: 'GET', path: '/janus/20180725/azs', body: '', headers: { 'x-amz-date': '20240101T120000Z' },
      accessKey: 'AK', secretKey: 'SK', amzDate: '20240101T120000Z', signedHeaders: 'path;x-amz-date', region: 'cn-south-1', service: 'open-api',
    });
    expect(header).toMatch(/^AWS4-HMAC-SHA256 Credential=AK\/20240101\/cn-south-1\/open-api\/aws4_request, SignedHeaders=path;x-amz-date, Signature=[0-9a-f]{64}$/);
  });

  it('signs a body given by its hash exactly as the body itself (spooled uploads)', () => {
    const body = Buffer.from('image bytes '.repeat(1000));
    const common = {
      method: 'PUT', path: '/janus/20180725/images/x/upload', headers: { 'x-amz-date': '20240101T120000Z' },
      accessKey: 'AK', secretKey: 'SK', amzDate: '20240101T120000Z', signedHeaders: 'path;x-amz-date', region: 'cn-south-1', service: 'open-api',
    };
    const bodySha256 = createHash('sha256').update(body).digest('hex');
    expect(ec2Signature({ ...common, bodySha256 })).toBe(ec2Signature({ ...common, body }));
    expect(ec2Signature({ ...common, bodySha256 })).not.toBe(ec2Signature({ ...common, body: '' }));
  });

  it('formats X-Amz-Date in the basic format', () => {
    expect(toAmzDate(Date.UTC(2024, 0, 1, 12, 0, 0, 789))).toBe('20240101T120000Z');
  });
});

describe('signed requests accepted by the simulator', () => {
  let running: RunningSimulator;
  beforeAll(async () => {
    running = await startTestSim();
  });
  afterAll(() => running.close());

  it.each(['path;x-amz-date', 'cookie;x-amz-date', 'x-amz-date', 'host;x-amz-date'])('SignedHeaders %s', async (signedHeaders) => {
    const client = new ScpClient(testSettings(running.url, { signing: { signedHeaders, region: 'regionOne', service: 'sdk-api' }, cacheMs: 0 }), { logger: recordingLogger() });
    const page = await client.call(listTasks, { scope: ec2(ACME), query: { page_size: 1 } });
    expect(page.page_size).toBe(1);
    await client.close();
  });

  it('signs a POST whose JSON body holds non-ASCII text over its exact bytes', async () => {
    const client = new ScpClient(testSettings(running.url, { signing: { signedHeaders: 'cookie;x-amz-date', region: 'cn-south-1', service: 'open-api' } }), { logger: recordingLogger() });
    const name = `审计-云主机-${Date.now()}`;
    const task = await client.call(createOpLog, { scope: ec2(ADMIN), body: { task: { action: '创建云主机', object_type: '云主机', object_name: name } } });
    expect(task.object_name).toBe(name);
    await client.close();
  });

  it('keeps the access key out of error messages', async () => {
    const client = new ScpClient(testSettings(running.url), { logger: recordingLogger() });
    const err = await client.call(listTasks, { scope: { kind: 'ec2', accessKey: 'unknown-access-key-0001', secretKey: 'x' } }).catch((e) => e);
    expect(err).toMatchObject({ status: 401, message: expect.stringMatching(/<access key>/) });
    expect(err.message).not.toContain('unknown-access-key-0001');
    await client.close();
  });

  it('is refused with a wrong secret key, as a 401 ScpError', async () => {
    const client = new ScpClient(testSettings(running.url), { logger: recordingLogger() });
    await expect(client.call(listTasks, { scope: { kind: 'ec2', accessKey: ACME.accessKey, secretKey: 'wrong' } })).rejects.toMatchObject({
      name: 'ScpError', kind: 'http', status: 401, operation: 'tasks.list', message: expect.stringMatching(/signature/),
    });
    await client.close();
  });
});
