import 'server-only';
import { ScpClient, type CredentialScope, type Ec2Scope } from '../scp';
import { FAST_RETRY, recordingLogger, startTestSim, testSettings } from '../scp/testing';
import { DEMO_ACCOUNTS } from '../simulator/seed/demo-accounts';
import type { ConsoleRole, ConsoleSession } from '../session';
import type { RunningSimulator } from '../simulator/server';
import { PLATFORM_PROJECT_ID } from '../simulator/state/store';
import type { BffLogger } from './deps';
import { createDispatcher, type Dispatcher } from './dispatcher';

/*
 * Shared by the BFF's tests: a simulator over HTTP, an SCP client on it,
 * sessions of the demo accounts (SCP-scoped and confined), a dispatcher with a
 * stub session loader, and a request builder.
 */

/** The console's origin in tests. */
export const ORIGIN = 'http://console.test';

/** A logger that keeps what it gets. */
export function memoryLogger(): BffLogger & { errors: { message: string; fields: Record<string, unknown> }[]; warnings: string[] } {
  const errors: { message: string; fields: Record<string, unknown> }[] = [];
  const warnings: string[] = [];
  return { errors, warnings, error: (message, fields) => errors.push({ message, fields }), warn: (message) => warnings.push(message) };
}

/** A running simulator, a client on it and the demo tenants' project ids. */
export interface BffWorld {
  running: RunningSimulator;
  client: ScpClient;
  projectOf(name: string): string;
  close(): Promise<void>;
}

export async function startWorld(opts: { cacheMs?: number } = {}): Promise<BffWorld> {
  const running = await startTestSim({ taskDurationMs: 200 });
  const client = new ScpClient(testSettings(running.url, { cacheMs: opts.cacheMs ?? 0 }), { logger: recordingLogger(), retry: FAST_RETRY });
  const projectOf = (name: string) => {
    const p = [...running.sim.store.projects.values()].find((x) => x.name === name);
    if (!p) throw new Error(`no project ${name} in the seed`);
    return p.id;
  };
  return { running, client, projectOf, close: async () => { await client.close(); await running.close(); } };
}

/** A session of `username` acting as `role` in `projectId` with `scope`. */
export function session(username: string, role: ConsoleRole, projectId: string, scope: CredentialScope, confined = false): ConsoleSession {
  return { user: { username, role, projectId, projectName: username }, scope, confined };
}

const [ADMIN, ACME, GLOBEX] = DEMO_ACCOUNTS;

/** EC2 scope of a demo account. */
export const ec2 = (a: (typeof DEMO_ACCOUNTS)[number]): Ec2Scope => ({ kind: 'ec2', accessKey: a.accessKey, secretKey: a.secretKey });

/** The demo sessions: SCP-scoped admin and tenants, and acme confined under the platform's key pair (service-credential mode). */
export function demoSessions(world: BffWorld) {
  return {
    admin: session('admin', 'admin', PLATFORM_PROJECT_ID, ec2(ADMIN)),
    acme: session('acme', 'tenant', world.projectOf('acme'), ec2(ACME)),
    globex: session('globex', 'tenant', world.projectOf('globex'), ec2(GLOBEX)),
    confinedAcme: session('acme', 'tenant', world.projectOf('acme'), ec2(ADMIN), true),
    member: session('sub', 'member', world.projectOf('acme'), ec2(ACME)),
  };
}

/** A dispatcher whose session loader returns `current()`. */
export function dispatcherFor(world: BffWorld, current: () => ConsoleSession | null, logger: BffLogger = memoryLogger()): Dispatcher {
  return createDispatcher({ loadSession: async () => current(), client: () => world.client, rsaPadding: () => 'pkcs1', logger });
}

/** A request as the console's own pages send it (same origin; JSON body). */
export function request(method: string, path: string, opts: { body?: unknown; headers?: Record<string, string>; origin?: string | null } = {}): Request {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.origin !== null && method !== 'GET') headers.origin = opts.origin ?? ORIGIN;
  if (opts.body !== undefined) headers['content-type'] ??= 'application/json';
  const body = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  return new Request(`${ORIGIN}${path}`, { method, headers, body });
}

/** Sends `req` through the dispatcher and returns status, headers and JSON. */
export async function send(d: Dispatcher, req: Request): Promise<{ status: number; headers: Headers; json: any }> {
  const res = await d[req.method as keyof Dispatcher](req);
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
}
