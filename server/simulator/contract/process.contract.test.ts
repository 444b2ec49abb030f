import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../server';
import { TestClient } from './test-client';

const MAIN = resolve(__dirname, '../main.ts');

/** Runs `npm run sim`'s entry point and collects its output until it is listening. */
function runSim(args: string[]): Promise<{ output: string; url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolveRun, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`simulator did not start:\n${output}`)), 20_000);
    const onData = (d: Buffer) => {
      output += d;
      const m = /listening on (\S+)/.exec(output);
      if (m && /Demo accounts/.test(output) && /globex/.test(output)) {
        clearTimeout(timer);
        resolveRun({ output, url: m[1], stop: () => child.kill('SIGTERM') });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}:\n${output}`)));
  });
}

describe('the simulator process', () => {
  it('serves HTTPS with a self-signed certificate by default and prints its URL and the demo accounts', async () => {
    const sim = await runSim(['--port', '0']);
    try {
      expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(sim.output).toMatch(/SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}/);
      for (const name of ['admin', 'acme', 'globex', 'scp-demo-admin', 'c7afc18172d496c122be95c8225cc760']) expect(sim.output).toContain(name);
      const res = await new TestClient(sim.url, { kind: 'token', username: 'acme', password: 'scp-demo-acme' }).request('GET', '/janus/20180725/azs');
      expect(res.status).toBe(200);
    } finally {
      sim.stop();
    }
  });

  it('takes --http, --servers and --seed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-seed-'));
    const seedFile = join(dir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({
      admin: { username: 'root', password: 'root-password' },
      azs: [{ name: 'Lab AZ', hosts: 1 }],
      storage_tags: [{ id: '00000000-0000-0000-0000-000000000000', name: '高性能存储' }],
      images: [{ name: 'Tiny ISO', disk_format: 'ISO', os_type: 'other64', size_mb: 100 }],
      tenants: [{ name: 'lab', username: 'lab', password: 'lab-password', azs: ['Lab AZ'], subnets: ['10.9.0.0/24'], servers: 4 }],
    }));
    const sim = await runSim(['--http', '--port', '0', '--seed', seedFile, '--servers', '25']);
    try {
      expect(sim.url).toMatch(/^http:\/\//);
      const root = new TestClient(sim.url, { kind: 'token', username: 'root', password: 'root-password' });
      const servers = await root.request('GET', '/janus/20180725/servers', { query: { page_size: 1 } });
      expect(servers.data.total_size).toBe(29);
      const projects = await root.request('GET', '/janus/20180725/projects');
      expect(projects.data.data.map((p: { name: string }) => p.name)).toEqual(['lab']);
    } finally {
      sim.stop();
    }
  });

  it('refuses a seed file with a bad field, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-seed-'));
    const seedFile = join(dir, 'bad.json');
    writeFileSync(seedFile, JSON.stringify({ admin: { username: 'root' }, azs: [], storage_tags: [] }));
    await expect(runSim(['--http', '--port', '0', '--seed', seedFile])).rejects.toThrow(/admin\.password/);
  });

  it('reports the certificate fingerprint that TLS actually presents', async () => {
    const running = await startSimulator({ port: 0, rateLimits: false });
    try {
      const { port } = new URL(running.url);
      const presented = await new Promise<string>((res, rej) => {
        const socket = connect({ host: '127.0.0.1', port: Number(port), rejectUnauthorized: false }, () => {
          res(socket.getPeerCertificate().fingerprint256);
          socket.end();
        });
        socket.once('error', rej);
      });
      expect(presented).toBe(running.fingerprint256);
    } finally {
      await running.close();
    }
  });
});
