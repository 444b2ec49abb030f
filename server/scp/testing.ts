import 'server-only';
import { z } from 'zod';
import type { ScpSettings } from '../config';
import { DEMO_ACCOUNTS } from '../simulator/seed/demo-accounts';
import { startSimulator, type StartOptions } from '../simulator/server';
import type { Ec2Scope, PasswordScope } from './credentials';
import type { ScpLogger, ScpRequestLog } from './log';
import { defineOperation } from './operation';
import { listPageSchema } from './pagination';
import { findRecentTask, OpLogEntrySchema } from './recover';
import type { RetryPolicy } from './retry';
import type { Transport, WireRequest } from './transport';

/*
 * Shared by the SCP client's tests: settings, scopes of the demo accounts, a
 * simulator over real HTTP, and the op-log operations the tests call.
 */

/** Settings as parseConfig would give them for `baseUrl`, with overrides. */
export function testSettings(baseUrl: string, over: Partial<ScpSettings> = {}): ScpSettings {
  return {
    baseUrl,
    tls: { mode: 'system' },
    signing: { signedHeaders: 'path;x-amz-date', region: 'cn-south-1', service: 'open-api' },
    cookieToken: undefined,
    rsaPadding: 'pkcs1',
    serviceCredentials: undefined,
    cacheMs: 1000,
    ratePerMinute: { get: 540, write: 90 },
    timeouts: { connectMs: 2000, headersMs: 5000, bodyMs: 5000 },
    uploadMaxBytes: 64 * 1024 ** 3,
    ...over,
  };
}

/** Millisecond backoffs, so retry tests take no time. */
export const FAST_RETRY: Partial<RetryPolicy> = { baseMs: 5, capMs: 20, rateLimitBaseMs: 10, rateLimitCapMs: 50 };

/** A logger that keeps what it gets; `onWarn` lets a test react (e.g. switch a fault off). */
export function recordingLogger(onWarn?: (message: string) => void): ScpLogger & { requests: ScpRequestLog[]; warnings: string[] } {
  const requests: ScpRequestLog[] = [];
  const warnings: string[] = [];
  return {
    requests, warnings,
    request: (e) => requests.push(e),
    warn: (m) => {
      warnings.push(m);
      onWarn?.(m);
    },
  };
}

/** A transport that records every request it passes on. */
export function recordingTransport(inner: Transport): Transport & { sent: WireRequest[] } {
  const sent: WireRequest[] = [];
  return { sent, send: (req) => (sent.push(req), inner.send(req)), close: () => inner.close() };
}

/** The demo platform admin and tenant admin (see the README's demo accounts). */
export const [ADMIN, ACME] = DEMO_ACCOUNTS;

/** EC2 scope of a demo account. */
export const ec2 = (a: (typeof DEMO_ACCOUNTS)[number]): Ec2Scope => ({ kind: 'ec2', accessKey: a.accessKey, secretKey: a.secretKey });

/** Password scope of a demo account (no token yet: the first call signs in). */
export const password = (a: (typeof DEMO_ACCOUNTS)[number], extra: Partial<PasswordScope> = {}): PasswordScope =>
  ({ kind: 'password', username: a.username, password: () => a.password, ...extra });

/** A simulator over plain HTTP with fast tasks, control on and rate limits off unless asked. */
export function startTestSim(opts: StartOptions = {}) {
  return startSimulator({ port: 0, http: true, taskDurationMs: 150, taskQueueMs: 20, rateLimits: false, control: true, ...opts });
}

const TaskDetailSchema = z.looseObject({ task_id: z.string(), status: z.string(), object_name: z.string().optional(), progress: z.number() });

/** GET /janus/20180725/tasks (operation log). */
export const listTasks = defineOperation({ name: 'tasks.list', method: 'GET', path: '/janus/20180725/tasks', response: listPageSchema(OpLogEntrySchema) });

/** GET /janus/20180725/tasks/{task_id}. */
export const getTask = defineOperation({ name: 'tasks.get', method: 'GET', path: '/janus/20180725/tasks/{task_id}', response: TaskDetailSchema });

/** POST /janus/20180725/tasks (admin op-log entry, synchronous 201), recovered by object name. */
export const createOpLog = defineOperation({
  name: 'tasks.create', method: 'POST', path: '/janus/20180725/tasks', response: TaskDetailSchema,
  recover: async (ctx) => {
    const name = (ctx.input.body as { task?: { object_name?: string } } | undefined)?.task?.object_name;
    const entry = name ? await findRecentTask(ctx, { objectName: name }) : undefined;
    return entry && ctx.call(getTask, { params: { task_id: entry.id }, fresh: true });
  },
});
