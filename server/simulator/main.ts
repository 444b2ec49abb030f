import { parseArgs } from 'node:util';
import { faultsFromEnv } from './guards/faults';
import { SCP_RATE_LIMITS } from './guards/rate-limit';
import { DEMO_ACCOUNTS } from './seed/demo-accounts';
import { startSimulator } from './server';

const USAGE = `usage: npm run sim -- [--port N] [--http] [--seed FILE] [--servers N] [--task-ms N] [--no-rate-limit] [--control]
  --port N         listen port (default 9443)
  --host H         listen address (default 127.0.0.1)
  --http           plain HTTP instead of HTTPS with a self-signed certificate
  --seed FILE      load the initial data from a JSON seed file (format in the README)
  --servers N      add N generated servers (scale tests, up to 20000)
  --task-ms N      how long each asynchronous task runs (default 4000)
  --no-rate-limit  switch SCP's per-IP rate limits off
  --control        serve the /_sim control endpoints (fault injection, stats)
Fault injection (env): SIM_FAULT_LATENCY_MS, SIM_FAULT_ERROR_RATE, SIM_FAULT_429_RATE,
  SIM_FAULT_RESET_RATE, SIM_FAULT_TASK_FAIL_RATE, SIM_FAULT_TASK_FAIL_MATCH`;

function intFlag(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) {
    console.error(`--${name} must be a whole number, got "${value}"\n${USAGE}`);
    process.exit(2);
  }
  return Number(value);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' }, host: { type: 'string' }, http: { type: 'boolean' }, seed: { type: 'string' },
      servers: { type: 'string' }, 'task-ms': { type: 'string' }, 'no-rate-limit': { type: 'boolean' },
      control: { type: 'boolean' }, help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const extraServers = intFlag(values.servers, 'servers', 0);
  if (extraServers > 20_000) {
    console.error('--servers is at most 20000');
    process.exit(2);
  }
  const running = await startSimulator({
    port: intFlag(values.port, 'port', 9443),
    host: values.host,
    http: values.http,
    seedFile: values.seed,
    extraServers,
    taskDurationMs: intFlag(values['task-ms'], 'task-ms', 4000),
    rateLimits: values['no-rate-limit'] || process.env.SIM_RATE_LIMIT === 'off' ? false : SCP_RATE_LIMITS,
    control: values.control || process.env.SIM_CONTROL === '1',
    faults: faultsFromEnv(process.env),
  });
  console.log(`SCP simulator listening on ${running.url}`);
  if (running.fingerprint256) console.log(`TLS certificate (self-signed) SHA-256 fingerprint: ${running.fingerprint256}`);
  console.log(`servers: ${running.sim.store.servers.size}, control endpoints: ${running.sim.options.control ? 'on' : 'off'}`);
  console.log('Demo accounts:');
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(28)} ${a.username.padEnd(8)} password ${a.password.padEnd(16)} AK ${a.accessKey} SK ${a.secretKey}`);
  const stop = () => running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
