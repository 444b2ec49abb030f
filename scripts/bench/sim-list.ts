/**
 * Simulator list latency and memory with 20,000 servers.
 * Starts the simulator as its own process, signs in as admin, then times
 * sequential server-list pages (plain pages, filtered and sorted ones).
 * Last line: `sim-list: servers=20000 p50_ms=… p95_ms=… rss_mb=…`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TestClient } from '../../server/simulator/contract/test-client';
import { DEMO_SEED } from '../../server/simulator/seed/demo';

const SERVERS = Number(process.env.BENCH_SERVERS ?? 20_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);

/** Servers the demo seed itself makes, so that demo + generated = SERVERS. */
function demoServers(): number {
  return DEMO_SEED.tenants.reduce((n, t) => n + t.servers, 0) + DEMO_SEED.running_tasks;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, '../../server/simulator/main.ts'), '--http', '--port', '0', '--servers', String(Math.max(0, SERVERS - demoServers())), '--no-rate-limit'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (\S+)/.exec(out);
      if (m) resolveUrl(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
  });
  try {
    const admin = new TestClient(url, { kind: 'token', username: 'admin', password: 'scp-demo-admin' });
    const first = await admin.request('GET', '/janus/20180725/servers', { query: { page_size: 1 } });
    const total = first.data.total_size as number;
    const pages = Math.ceil(total / 100);
    const variants: Record<string, string | number>[] = [
      {},
      { status: 'running' },
      { sort: 'name', order_by: 'DESC' },
      { name: 'web' },
      { power_state: 'off' },
    ];
    const times: number[] = [];
    const byVariant = variants.map(() => [] as number[]);
    for (let i = 0; i < REQUESTS + 50; i++) {
      const query = { page_size: 100, page_num: (i * 7919) % pages, ...variants[i % variants.length] };
      const t0 = performance.now();
      const res = await admin.request('GET', '/janus/20180725/servers', { query });
      const ms = performance.now() - t0;
      if (res.status !== 200) throw new Error(`list failed: ${res.status} ${res.body?.message}`);
      if (i >= 50) {
        times.push(ms);
        byVariant[i % variants.length].push(ms);
      }
    }
    times.sort((a, b) => a - b);
    variants.forEach((v, k) => {
      const t = byVariant[k].sort((a, b) => a - b);
      console.log(`variant ${JSON.stringify(v)}: p50_ms=${percentile(t, 50).toFixed(2)} p95_ms=${percentile(t, 95).toFixed(2)}`);
    });
    const rss = rssMb(child.pid!);
    console.log(`requests=${times.length} variants=plain,status,sort,name,power_state total_servers=${total}`);
    console.log(`sim-list: servers=${total} p50_ms=${percentile(times, 50).toFixed(2)} p95_ms=${percentile(times, 95).toFixed(2)} rss_mb=${rss.toFixed(0)}`);
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
