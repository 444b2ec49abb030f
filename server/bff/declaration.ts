import 'server-only';
import type { z } from 'zod';
import { consoleApi, type ConsoleApi, type ConsoleRouteKey } from '@/lib/api/routes';
import type { ConsoleRole, HttpMethod, ScpOperationEntry } from '@/lib/scp';
import type { BodyFile, QueryParams } from '../scp';
import type { ConsoleSession } from '../session';
import type { CredentialScope } from '../scp';
import type { TaskSharing } from './task-sharing';
import type { Confinement } from './confine';
import { parseTemplate, type PathTemplate } from './path';

/** What a custom handler and a response shaper get. */
export interface RouteContext {
  req: Request;
  requestId: string;
  session: ConsoleSession;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  /** The browser's X-Client-Token (a uuid), reused when it retries a change, so SCP sees the retry as one request. */
  clientToken?: string;
  /** Calls SCP with the session's credentials; `file` sends a spooled upload instead of a JSON body. */
  call<R extends z.ZodType>(
    entry: ScpOperationEntry<R>,
    input?: { params?: Record<string, string>; query?: QueryParams; body?: unknown; file?: BodyFile; clientToken?: string },
    /** Another credential SCP already let see the same thing (shared task reads); the session's by default. */
    as?: CredentialScope,
  ): Promise<z.output<R>>;
  /** Task reads shared across every user SCP lets see a task (the batch task endpoint). */
  taskSharing: TaskSharing;
  /**
   * Routes with `bodyLimit: 'stream'`: spools the request body to a private
   * temporary file (at most SCP_UPLOAD_MAX_BYTES, else 413), gives it to `use`
   * and deletes it afterwards. Call it after every other check, so a refused
   * request is never read.
   */
  withBodyFile<T>(use: (file: BodyFile) => Promise<T>): Promise<T>;
}

/** One console route: the allowlist entry the dispatcher serves. */
export interface RouteDeclaration {
  key: ConsoleRouteKey;
  method: HttpMethod;
  /** e.g. `/api/servers/:server_id/start`; each `:param` is checked against its SCP id shape. */
  path: string;
  template: PathTemplate;
  /** The SCP operation called (absent for console-only routes). */
  op?: ScpOperationEntry;
  roles: readonly ConsoleRole[];
  /** What the browser may send; for SCP operations, the registry's schemas. */
  query?: z.ZodType;
  body?: z.ZodType;
  /** `stream`: the handler takes the body as a spooled file (`withBodyFile`; uploads); else the JSON size limit in bytes. */
  bodyLimit?: number | 'stream';
  /** Tenant scope for confined sessions; required when non-admins may call the route. */
  confine?: Confinement;
  /** Optional change of the answer before it goes out (e.g. stripping fields). */
  shape?: (data: unknown, ctx: RouteContext) => unknown;
  /** Console-only routes: the whole work after the wrapper's checks. */
  handle?: (ctx: RouteContext) => Promise<unknown>;
}

/**
 * The decision for a route that platform admins alone may call: its roles are
 * narrowed to `admin`, so a confined session never reaches it.
 */
export const ADMINS_ONLY = 'admins only';

/** How a route treats confined sessions: the tenant scope it enforces, or `ADMINS_ONLY`. */
export type RouteScope = Confinement | typeof ADMINS_ONLY;

/** What a route does besides, or instead of, calling its SCP operation. */
export interface CustomRoute {
  /** The whole work after the wrapper's checks (console-only routes, streamed uploads). */
  handle?: (ctx: RouteContext) => Promise<unknown>;
  bodyLimit?: RouteDeclaration['bodyLimit'];
  shape?: RouteDeclaration['shape'];
}

/** Routes of the console's own, with no SCP operation behind them: each must have a handler. */
type ConsoleOnlyKey = { [K in ConsoleRouteKey]: ConsoleApi[K] extends ScpOperationEntry ? never : K }[ConsoleRouteKey];

/** The routes' custom work, by route; required for console-only routes. */
export type RouteHandlers = { [K in ConsoleOnlyKey]: CustomRoute & Required<Pick<CustomRoute, 'handle'>> } & { [K in ConsoleRouteKey]?: CustomRoute };

function split(key: ConsoleRouteKey): { method: HttpMethod; path: string } {
  const [method, path] = key.split(' ') as [HttpMethod, string];
  return { method, path };
}

function isScpOperation(entry: ConsoleApi[ConsoleRouteKey]): entry is Extract<ConsoleApi[ConsoleRouteKey], ScpOperationEntry> {
  return 'path' in entry;
}

/**
 * The allowlist: every route of `consoleApi` (its method, path, roles and
 * schemas, as the registry declares them), scoped for confined sessions by the
 * total map `scopes` and done by `handlers` where the route has custom work.
 */
export function buildDeclarations(scopes: Record<ConsoleRouteKey, RouteScope>, handlers: RouteHandlers): RouteDeclaration[] {
  return (Object.keys(consoleApi) as ConsoleRouteKey[]).map((key) => {
    const entry = consoleApi[key];
    const scope = scopes[key];
    const { method, path } = split(key);
    const adminsOnly = scope === ADMINS_ONLY;
    return {
      key, method, path, template: parseTemplate(path), op: isScpOperation(entry) ? entry : undefined,
      roles: adminsOnly ? entry.roles.filter((r) => r === 'admin') : entry.roles,
      query: entry.query, body: entry.body, confine: adminsOnly ? undefined : scope, ...handlers[key],
    };
  });
}
