import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../simulator/server';
import { ScpClient } from './client';
import { ADMIN, FAST_RETRY, ec2, listTasks, recordingLogger, startTestSim, testSettings } from './testing';
import type { TlsSettings } from './tls';

let running: RunningSimulator;
beforeAll(async () => {
  running = await startTestSim({ http: false });
  expect(running.url).toMatch(/^https:/);
});
afterAll(() => running.close());

async function callWith(tls: TlsSettings) {
  const logger = recordingLogger();
  const client = new ScpClient(testSettings(running.url, { tls }), { logger, retry: FAST_RETRY });
  try {
    return { result: await client.call(listTasks, { scope: ec2(ADMIN), query: { page_size: 1 } }), logger };
  } finally {
    await client.close();
  }
}

describe('TLS to SCP', () => {
  it('pins the certificate by its SHA-256 fingerprint', async () => {
    const { result } = await callWith({ mode: 'fingerprint', fingerprint256: running.fingerprint256! });
    expect(result.page_size).toBe(1);
  });

  it('refuses a certificate whose fingerprint is not the pinned one, without retrying', async () => {
    const wrong = running.fingerprint256!.replace(/^../, (b) => (b === 'AA' ? 'BB' : 'AA'));
    await expect(callWith({ mode: 'fingerprint', fingerprint256: wrong })).rejects.toMatchObject({
      name: 'ScpError', kind: 'tls', status: 0, message: expect.stringMatching(/SCP_TLS_PIN_MISMATCH/),
    });
  });

  it('verifies against a CA file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scp-ca-'));
    const caFile = join(dir, 'scp.pem');
    writeFileSync(caFile, running.certPem!);
    const { result } = await callWith({ mode: 'ca', caFile });
    expect(result.page_size).toBe(1);
  });

  it('names SCP_TLS_CA_FILE when the file cannot be read', () => {
    expect(() => new ScpClient(testSettings(running.url, { tls: { mode: 'ca', caFile: '/nonexistent/ca.pem' } }), { logger: recordingLogger() }))
      .toThrow(/SCP_TLS_CA_FILE: cannot read \/nonexistent\/ca.pem/);
  });

  it('refuses a self-signed certificate with the system CAs', async () => {
    await expect(callWith({ mode: 'system' })).rejects.toMatchObject({ kind: 'tls', message: expect.stringMatching(/SELF_SIGNED|UNABLE_TO_VERIFY/) });
  });

  it('skips verification only in insecure mode, warning once per process', async () => {
    const first = await callWith({ mode: 'insecure' });
    const second = await callWith({ mode: 'insecure' });
    expect(first.result.page_size).toBe(1);
    expect(first.logger.warnings.filter((w) => /NOT verified/.test(w))).toHaveLength(1);
    expect(second.logger.warnings).toEqual([]);
  });
});
