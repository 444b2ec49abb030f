/**
 * Task polling at scale: 100 browser sessions watching 20 running tasks.
 *
 * Starts the SCP simulator (--http --control, SCP's rate limits on) and the
 * production console (`next start` on the existing build), signs in acme and
 * admin (one sign-in each by default: the console allows 20 sign-ins per
 * address per 15 minutes; the sessions of one user share its cookie, as tabs
 * do), and starts 20 tasks (power operations, staggered over the first 60 %
 * of the run). Each session tracks the tasks its user started and polls
 * POST /api/tasks/batch exactly as the tray does: the same batch reader and
 * adaptive schedule (lib/tasks), a fresh schedule and an immediate poll when
 * the set of running tasks changes, none once all are terminal.
 *
 * Measures, over the polling window:
 * - GETs the console sent the simulator (GET /_sim/stats), per minute;
 * - how long after a task ended in SCP (its end_time, which the simulator
 *   writes to the millisecond) each session first saw it terminal: p50, p95;
 * - 429s the simulator answered.
 * The upstream cost grows with the running tasks times the distinct SCP
 * credentials (sign-ins) watching them, one GET per task per SCP_CACHE_MS;
 * BENCH_SIGN_INS_PER_USER shows it.
 *
 * Environment: BENCH_SECONDS (default 120), BENCH_SESSIONS (100), BENCH_TASKS (20),
 * BENCH_TASK_MS (default BENCH_SECONDS × 1000 / 6), BENCH_SIGN_INS_PER_USER (1).
 * Last line: `task-polling: sessions=… tasks=… upstream_get_per_min=… seen_delay_p50_ms=… seen_delay_p95_ms=… scp_429=…`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readTaskBatch, type TaskBatchAnswer } from '../../lib/tasks/batch-read';
import { epochOfScpTime } from '../../lib/tasks/elapsed';
import { delayAfterError, nextPollState, type PollState } from '../../lib/tasks/poll-schedule';
import { isTerminalStatus } from '../../lib/tasks/task-phase';
import { freePort } from '../../test/integration/console-process';

const ROOT = resolve(__dirname, '../..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 120);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 100);
const TASKS = Number(process.env.BENCH_TASKS ?? 20);
const TASK_MS = Number(process.env.BENCH_TASK_MS ?? Math.round((SECONDS * 1000) / 6));
const SIGN_INS_PER_USER = Number(process.env.BENCH_SIGN_INS_PER_USER ?? 1);
const USERS = [
  { username: 'acme', password: 'scp-demo-acme', servers: (name: string) => name.startsWith('acme-') },
  { username: 'admin', password: 'scp-demo-admin', servers: (name: string) => /^(globex|initech)-/.test(name) },
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : Number.NaN;
}

/** Runs `node args…`; resolves with the child once `ready` matches its output (the simulator prints its URL). */
function startProcess(args: string[], env: NodeJS.ProcessEnv, ready: RegExp, name: string): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((res, rej) => {
    const onData = (d: Buffer) => {
      out += d;
      const m = ready.exec(out);
      if (m) res({ child, match: m });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => rej(new Error(`${name} exited with ${code}:\n${out}`)));
    setTimeout(() => rej(new Error(`${name} did not start in 60 s:\n${out}`)), 60_000).unref();
  });
}

/** Resolves once the console answers /api/session (401: nobody signed in). */
async function waitForConsole(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the console exited with ${child.exitCode}`);
    const status = await fetch(`${base}/api/session`).then((r) => r.status, () => 0);
    if (status === 200 || status === 401) return;
    if (Date.now() > deadline) throw new Error('the console did not start in 60 s');
    await sleep(200);
  }
}

/** A signed-in browser: the console's session cookie. */
class Browser {
  constructor(readonly base: string, readonly cookie: string) {}

  static async signIn(base: string, username: string, password: string): Promise<Browser> {
    const res = await fetch(`${base}/api/session`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return new Browser(base, cookie);
  }

  async call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
    const headers: Record<string, string> = { cookie: this.cookie, accept: 'application/json' };
    if (method !== 'GET') Object.assign(headers, { origin: this.base, 'content-type': 'application/json' });
    const res = await fetch(`${this.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined };
  }
}

/** Figures every session adds to. */
const figures = {
  polls: 0,
  pollErrors: 0,
  latencies: [] as number[],
  seenDelays: [] as number[],
  /** Sessions × tasks that should have been seen ending. */
  pairs: 0,
  /** When the last task ended in SCP (epoch ms). */
  lastEnd: 0,
};

/** One browser tab's tray: the tasks its user started, polled like useTrackedTaskPolling. */
class Session {
  private readonly tracked = new Map<string, { terminalSeenAt?: number }>();
  private state: PollState | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly browser: Browser) {}

  /** A task the user started (another tab's, learnt through localStorage): a new key, polled at once. */
  track(taskId: string): void {
    this.tracked.set(taskId, {});
    figures.pairs += 1;
    this.state = undefined;
    this.wake?.();
  }

  private pause(ms: number | false, until: number): Promise<void> {
    const wait = ms === false ? until - Date.now() : ms;
    return new Promise((res) => {
      const timer = setTimeout(res, Math.max(0, wait));
      this.wake = () => {
        clearTimeout(timer);
        res();
      };
    });
  }

  private readonly post = async (body: { ids: string[] }): Promise<TaskBatchAnswer> => {
    const t0 = Date.now();
    const res = await this.browser.call('POST', '/api/tasks/batch', body);
    figures.latencies.push(Date.now() - t0);
    figures.polls += 1;
    if (res.status !== 200) throw Object.assign(new Error(`batch answered ${res.status}`), { status: res.status });
    return res.json as TaskBatchAnswer;
  };

  async run(until: number): Promise<void> {
    while (Date.now() < until) {
      const ids = [...this.tracked].filter(([, t]) => t.terminalSeenAt === undefined).map(([id]) => id);
      if (ids.length === 0) {
        await this.pause(false, until);
        continue;
      }
      let delay: number | false;
      try {
        const snapshots = await readTaskBatch(ids, this.post);
        const at = Date.now();
        let ended = false;
        for (const [id, snapshot] of Object.entries(snapshots)) {
          if (!isTerminalStatus(snapshot.status)) continue;
          this.tracked.get(id)!.terminalSeenAt = at;
          const endedAt = epochOfScpTime(snapshot.endTime);
          if (endedAt !== undefined) {
            figures.seenDelays.push(at - endedAt);
            figures.lastEnd = Math.max(figures.lastEnd, endedAt);
          }
          ended = true;
        }
        // The tray's query key names the running ids: when one ends, a new query fetches at once.
        if (ended) {
          this.state = undefined;
          delay = 0;
        } else {
          this.state = nextPollState(this.state, Object.entries(snapshots).map(([id, s]) => ({ id, status: s.status, progress: s.progress })), at);
          delay = this.state.delayMs;
        }
      } catch (err) {
        figures.pollErrors += 1;
        delay = delayAfterError(err);
      }
      await this.pause(delay, until);
    }
    this.wake = undefined;
  }

  stop(): void {
    this.wake?.();
  }
}

async function main(): Promise<void> {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (!existsSync(resolve(ROOT, distDir, 'BUILD_ID'))) throw new Error(`no production build in ${distDir}: run \`npx next build\` first`);
  const children: ChildProcess[] = [];
  try {
    const sim = await startProcess(
      ['--import', 'tsx', resolve(ROOT, 'server/simulator/main.ts'), '--http', '--port', '0', '--control', '--task-ms', String(TASK_MS)],
      { ...process.env }, /listening on (\S+)/, 'the simulator',
    );
    children.push(sim.child);
    const simUrl = sim.match[1];
    const port = await freePort();
    const consoleProcess = spawn(process.execPath, [resolve(ROOT, 'node_modules/next/dist/bin/next'), 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir, SCP_BASE_URL: simUrl, SESSION_SECRET: randomBytes(32).toString('base64url') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(consoleProcess);
    const base = `http://127.0.0.1:${port}`;
    await waitForConsole(base, consoleProcess);
    console.log(`simulator ${simUrl} (task ${TASK_MS} ms), console ${base}; ${SESSIONS} sessions, ${TASKS} tasks, ${SECONDS} s`);

    // Sign-ins, and the servers each user will power.
    const users = await Promise.all(USERS.map(async (u) => {
      const browsers = [];
      for (let i = 0; i < SIGN_INS_PER_USER; i++) browsers.push(await Browser.signIn(base, u.username, u.password));
      const list = await browsers[0].call('GET', '/api/servers?pageSize=100');
      const servers = (list.json.items as { id: string; name: string; status: string }[])
        .filter((s) => u.servers(s.name) && (s.status === 'running' || s.status === 'stopped'));
      return { ...u, browsers, servers, sessions: [] as Session[] };
    }));
    for (let i = 0; i < SESSIONS; i++) {
      const user = users[i % users.length];
      user.sessions.push(new Session(user.browsers[Math.floor(i / users.length) % user.browsers.length]));
    }
    const plan = Array.from({ length: TASKS }, (_, k) => {
      const user = users[k % users.length];
      const server = user.servers[Math.floor(k / users.length)];
      if (!server) throw new Error(`${user.username} has too few powerable servers for ${TASKS} tasks`);
      return { user, server, at: Math.round((k * SECONDS * 1000 * 0.6) / TASKS) };
    });

    const simFetch = (method: string) => fetch(`${simUrl}/_sim/stats`, { method }).then((r) => r.json()) as Promise<{ byRoute: Record<string, number>; status429: number }>;
    await simFetch('DELETE');
    const t0 = Date.now();
    const until = t0 + SECONDS * 1000;
    const running = users.flatMap((u) => u.sessions.map((s) => s.run(until)));
    const starts = plan.map(async ({ user, server, at }) => {
      await sleep(at);
      const verb = server.status === 'running' ? 'stop' : 'start';
      const res = await user.browsers[0].call('POST', `/api/servers/${server.id}/${verb}`);
      if (res.status >= 300) throw new Error(`${verb} ${server.name}: ${res.status} ${JSON.stringify(res.json)}`);
      for (const session of user.sessions) session.track(res.json.task_id);
      return res.json.task_id as string;
    });
    await Promise.all(starts);
    await sleep(Math.max(0, until - Date.now()));
    for (const user of users) for (const session of user.sessions) session.stop();
    await Promise.all(running);
    const stats = await simFetch('GET');

    const minutes = (Date.now() - t0) / 60_000;
    const upstreamGets = Object.entries(stats.byRoute).filter(([route]) => route.startsWith('GET ') && !route.includes('/_sim/')).reduce((n, [, c]) => n + c, 0);
    const taskGets = Object.entries(stats.byRoute).filter(([route]) => route.startsWith('GET ') && route.includes('/tasks/')).reduce((n, [, c]) => n + c, 0);
    const delays = [...figures.seenDelays].sort((a, b) => a - b);
    const latencies = [...figures.latencies].sort((a, b) => a - b);
    console.log(`browser polls: ${figures.polls} (${Math.round(figures.polls / minutes)}/min), errors ${figures.pollErrors}; console batch latency p50_ms=${percentile(latencies, 50)} p95_ms=${percentile(latencies, 95)}`);
    console.log(`upstream GETs: ${upstreamGets} in ${minutes.toFixed(2)} min (task reads ${taskGets}); by route: ${JSON.stringify(stats.byRoute)}`);
    const activeMinutes = (figures.lastEnd - t0) / 60_000;
    console.log(`while tasks ran (${activeMinutes.toFixed(2)} min, first start to last end): upstream_get_per_min=${Math.round(upstreamGets / activeMinutes)}`);
    console.log(`seen ends: ${delays.length} of ${figures.pairs} session×task pairs; delay min_ms=${delays[0]} max_ms=${delays.at(-1)}`);
    console.log(
      `task-polling: sessions=${SESSIONS} tasks=${TASKS} upstream_get_per_min=${Math.round(upstreamGets / minutes)} `
      + `seen_delay_p50_ms=${Math.round(percentile(delays, 50))} seen_delay_p95_ms=${Math.round(percentile(delays, 95))} scp_429=${stats.status429}`,
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
