/**
 * What the console adds to an SCP call. The same GET (one server's detail) is
 * timed through the console's API and directly against the simulator, at 1 and
 * at 50 concurrent clients, with the console's short cache off. The budget is
 * raised and the simulator's rate limits are off, so pacing does not hide the
 * proxy's own cost (with SCP's real limits the console would queue, by design).
 * Last line: `proxy-overhead: c1_added_p50_ms=… c1_added_p99_ms=… c50_added_p50_ms=… console_rps=… direct_rps=…`.
 */
import { startSimulator } from '../../server/simulator/server';
import { TestClient } from '../../server/simulator/contract/test-client';
import { ConsoleAgent, startConsole } from '../../test/integration/console-process';

const C1_REQUESTS = Number(process.env.BENCH_C1_REQUESTS ?? 2000);
/** The 1-client runs alternate between the two paths in this many blocks, so drift in the machine's load hits both alike. */
const C1_ROUNDS = 4;
const C50_REQUESTS = Number(process.env.BENCH_C50_REQUESTS ?? 2000);

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Runs `total` calls of `fn` from `concurrency` workers; returns sorted latencies and requests per second. */
async function load(concurrency: number, total: number, fn: () => Promise<void>): Promise<{ lat: number[]; rps: number }> {
  const lat: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const s = performance.now();
        await fn();
        lat.push(performance.now() - s);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { lat: lat.sort((a, b) => a - b), rps: total / seconds };
}

async function main(): Promise<void> {
  const sim = await startSimulator({ port: 0, http: true, rateLimits: false, publicKeyLimits: false });
  const app = await startConsole({
    SCP_BASE_URL: sim.url,
    SESSION_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    SCP_CACHE_MS: '0',
    SCP_RATE_GET_PER_MIN: '1000000',
    SCP_RATE_WRITE_PER_MIN: '1000000',
  });
  try {
    const agent = new ConsoleAgent(app.url);
    const signIn = await agent.request('POST', '/api/session', { body: { username: 'acme', password: 'scp-demo-acme' } });
    if (signIn.status !== 200) throw new Error(`sign-in failed: ${signIn.text}`);
    const direct = new TestClient(sim.url, { kind: 'token', username: 'acme', password: 'scp-demo-acme' });
    const server = (await agent.request('GET', '/api/servers?pageSize=1')).json.items[0];
    const viaConsole = async () => {
      const r = await agent.request('GET', `/api/servers/${server.id}`);
      if (r.status !== 200) throw new Error(`console: ${r.status} ${r.text}`);
    };
    const viaDirect = async () => {
      const r = await direct.request('GET', `/janus/20180725/servers/${server.id}`);
      if (r.status !== 200) throw new Error(`direct: ${r.status}`);
    };
    // Warm both paths (JIT, connection pools).
    await load(4, 200, viaConsole);
    await load(4, 200, viaDirect);
    const c1d = { lat: [] as number[], rps: 0 };
    const c1c = { lat: [] as number[], rps: 0 };
    for (let round = 0; round < C1_ROUNDS; round++) {
      for (const [into, fn] of [[c1d, viaDirect], [c1c, viaConsole]] as const) {
        const r = await load(1, Math.ceil(C1_REQUESTS / C1_ROUNDS), fn);
        into.lat.push(...r.lat);
        into.rps += r.rps / C1_ROUNDS;
      }
    }
    c1d.lat.sort((a, b) => a - b);
    c1c.lat.sort((a, b) => a - b);
    const c50d = await load(50, C50_REQUESTS, viaDirect);
    const c50c = await load(50, C50_REQUESTS, viaConsole);
    const row = (name: string, r: { lat: number[]; rps: number }) =>
      console.log(`${name.padEnd(12)} p50=${pct(r.lat, 50).toFixed(2)}ms p99=${pct(r.lat, 99).toFixed(2)}ms rps=${r.rps.toFixed(0)}`);
    row('c1 direct', c1d);
    row('c1 console', c1c);
    row('c50 direct', c50d);
    row('c50 console', c50c);
    console.log(
      `proxy-overhead: c1_added_p50_ms=${(pct(c1c.lat, 50) - pct(c1d.lat, 50)).toFixed(2)} c1_added_p99_ms=${(pct(c1c.lat, 99) - pct(c1d.lat, 99)).toFixed(2)} ` +
        `c50_added_p50_ms=${(pct(c50c.lat, 50) - pct(c50d.lat, 50)).toFixed(2)} console_rps=${c50c.rps.toFixed(0)} direct_rps=${c50d.rps.toFixed(0)}`,
    );
  } finally {
    await app.stop();
    await sim.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
