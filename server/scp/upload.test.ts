import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RunningSimulator } from '../simulator/server';
import { ScpClient } from './client';
import { defineOperation } from './operation';
import { ACME, FAST_RETRY, ec2, password, recordingLogger, recordingTransport, startTestSim, testSettings } from './testing';
import { createTransport, type BodyFile } from './transport';

/*
 * A file body: sent from disk with its length (and, signed, its hash) known
 * before the headers, through the same budget, retries and errors as JSON calls.
 */

const createImage = defineOperation({ name: 'images.create', method: 'POST', path: '/janus/20180725/images', response: z.object({ id: z.string(), task_id: z.string() }) });
const uploadImage = defineOperation({ name: 'images.upload', method: 'PUT', path: '/janus/20180725/images/{image_id}/upload', response: z.object({ task_id: z.string() }) });

let running: RunningSimulator;
let dir: string;
let file: BodyFile;
beforeAll(async () => {
  running = await startTestSim();
  dir = mkdtempSync(join(tmpdir(), 'scp-upload-test-'));
  const bytes = randomBytes(3 * 1024 * 1024 + 7);
  // An ISO's primary volume descriptor at sector 16 (type 1, "CD001"): the simulator checks the format of what is uploaded.
  bytes[32768] = 1;
  bytes.write('CD001', 32769, 'latin1');
  const path = join(dir, 'image.iso');
  writeFileSync(path, bytes);
  file = { path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await running.close();
});

function client() {
  const settings = testSettings(running.url, { cacheMs: 0 });
  const logger = recordingLogger();
  const transport = recordingTransport(createTransport(settings, logger));
  return { c: new ScpClient(settings, { logger, transport, retry: FAST_RETRY }), logger, transport };
}

async function newImage(c: ScpClient): Promise<string> {
  const azId = [...running.sim.store.projects.values()].find((p) => p.name === 'acme')!.az_ids[0];
  return (await c.call(createImage, { scope: ec2(ACME), body: { image_type: 'private', name: `up-${Date.now()}`, azs: [azId], disk_format: 'ISO' } })).id;
}

describe('a file body', () => {
  it.each([['EC2', () => ec2(ACME)], ['token', () => password(ACME)]] as const)('is streamed to SCP with %s credentials', async (_, scope) => {
    const { c, transport, logger } = client();
    const imageId = await newImage(c);
    const result = await c.call(uploadImage, { scope: scope(), params: { image_id: imageId }, file });
    expect(result.task_id).toEqual(expect.any(String));
    const put = transport.sent.find((r) => r.method === 'PUT')!;
    expect(put.headers).toMatchObject({ 'Content-Type': 'application/octet-stream', 'content-length': String(file.size), 'X-Client-Token': expect.any(String) });
    expect(put.body).toEqual(file);
    expect(logger.requests.find((r) => r.method === 'PUT')).toMatchObject({ operation: 'images.upload', status: 200, attempt: 1 });
    expect(running.sim.store.images.get(imageId)?.size_mb).toBe(file.size / 1024 / 1024);
    await c.close();
  });

  it('is refused by SCP when its hash is not the content\'s (the EC2 signature covers it)', async () => {
    const { c } = client();
    const imageId = await newImage(c);
    await expect(c.call(uploadImage, { scope: ec2(ACME), params: { image_id: imageId }, file: { ...file, sha256: '0'.repeat(64) } }))
      .rejects.toMatchObject({ kind: 'http', status: 401 });
    await c.close();
  });

  it('goes only with PUT or POST, and never with a JSON body', async () => {
    const { c } = client();
    const get = defineOperation({ ...uploadImage, method: 'GET' });
    const del = defineOperation({ ...uploadImage, method: 'DELETE' });
    await expect(c.call(get, { scope: ec2(ACME), params: { image_id: 'x' }, file })).rejects.toThrow(/PUT or POST/);
    await expect(c.call(del, { scope: ec2(ACME), params: { image_id: 'x' }, file })).rejects.toThrow(/PUT or POST/);
    await expect(c.call(uploadImage, { scope: ec2(ACME), params: { image_id: 'x' }, file, body: {} })).rejects.toThrow(/without a JSON body/);
    await c.close();
  });
});
