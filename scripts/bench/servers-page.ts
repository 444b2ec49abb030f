/**
 * What opening /servers costs with 10,000 servers: milliseconds until the
 * first rows are visible, and the SCP requests of that page view.
 *
 * Starts the simulator (HTTP, `--control` for its request counters, the demo
 * plus generated servers) and the production console (test/integration's
 * starter, on the existing `next build`; GET cache off so every SCP call
 * counts), signs in as admin through the console API, then opens /servers in
 * Chromium BENCH_RUNS times, each after resetting the simulator's counters.
 * The route's server code is loaded once before the runs (a console in
 * service has); the first run starts with an empty browser cache, the rest
 * reuse it.
 * Prints each run, the median and p95, and last:
 * `servers-page: servers=10000 first_rows_ms=<median> scp_requests=<max per view>`.
 * Targets: under 1000 ms and at most 2 requests. Figures, not assertions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { DEMO_SEED } from '../../server/simulator/seed/demo';
import { startConsole } from '../../test/integration/console-process';

const SERVERS = Number(process.env.BENCH_SERVERS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Servers the demo seed makes itself, so that demo + generated = SERVERS. */
function demoServers(): number {
  return DEMO_SEED.tenants.reduce((n, t) => n + t.servers, 0) + DEMO_SEED.running_tasks;
}

function startSimulator(extra: number): Promise<{ url: string; child: ChildProcess }> {
  const args = ['--import', 'tsx', resolve(__dirname, '../../server/simulator/main.ts'), '--http', '--port', '0', '--servers', String(extra), '--control', '--no-rate-limit'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((res, rej) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (\S+)/.exec(out);
      if (m) res({ url: m[1], child });
    });
    child.once('exit', (code) => rej(new Error(`simulator exited with ${code}:\n${out}`)));
  });
}

interface SimStats {
  requests: number;
  byRoute: Record<string, number>;
}

/** SCP requests since the last reset (the simulator does not count its control endpoints). */
async function scpRequests(simUrl: string): Promise<SimStats> {
  return (await (await fetch(`${simUrl}/_sim/stats`)).json()) as SimStats;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const sim = await startSimulator(Math.max(0, SERVERS - demoServers()));
  const consoleApp = await startConsole({ SCP_BASE_URL: sim.url, SESSION_SECRET: randomBytes(32).toString('base64url'), SCP_CACHE_MS: '0' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const context = await browser.newContext({ baseURL: consoleApp.url, viewport: { width: 1440, height: 900 } });
    const signIn = await context.request.post('/api/session', { data: { username: 'admin', password: 'scp-demo-admin' }, headers: { origin: consoleApp.url } });
    if (signIn.status() !== 200) throw new Error(`sign-in failed: ${signIn.status()} ${await signIn.text()}`);
    // A console in service has served the route before: load its server code once (the HTML only; no SCP call), outside the runs.
    await context.request.get('/servers');
    let total = 0;
    const times: number[] = [];
    const costs: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const page = await context.newPage();
      await fetch(`${sim.url}/_sim/stats`, { method: 'DELETE' });
      const t0 = performance.now();
      await page.goto('/servers');
      await page.getByTestId('resource-row').first().waitFor({ state: 'visible' });
      const ms = performance.now() - t0;
      // Everything the view asks for once its rows show (no filter option lists, no per-row reads).
      await page.waitForLoadState('networkidle');
      total = Number(/([\d,]+)\D*$/.exec(await page.getByTestId('pager-summary').innerText())?.[1].replace(/,/g, ''));
      const cost = await scpRequests(sim.url);
      console.log(`run ${run}${run === 1 ? ' (cold browser cache)' : ''}: first_rows_ms=${ms.toFixed(0)} scp_requests=${cost.requests} ${JSON.stringify(cost.byRoute)}`);
      times.push(ms);
      costs.push(cost.requests);
      await page.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`runs=${RUNS} total_servers_listed=${total} first_rows_ms p50=${percentile(sorted, 50).toFixed(0)} p95=${percentile(sorted, 95).toFixed(0)} max=${sorted[sorted.length - 1].toFixed(0)}`);
    console.log(`servers-page: servers=${SERVERS} first_rows_ms=${percentile(sorted, 50).toFixed(0)} scp_requests=${Math.max(...costs)}`);
  } finally {
    await browser.close();
    await consoleApp.stop();
    sim.child.kill('SIGTERM');
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
