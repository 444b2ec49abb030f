import 'server-only';
import type { z } from 'zod';
import type { ConsoleApi, ConsoleRouteKey } from '@/lib/api/routes';
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

interface Extras {
  /** Narrows the registry's roles (never widens them). */
  roles?: readonly ConsoleRole[];
  confine?: Confinement;
  shape?: RouteDeclaration['shape'];
}

function split(key: ConsoleRouteKey): { method: HttpMethod; path: string } {
  const [method, path] = key.split(' ') as [HttpMethod, string];
  return { method, path };
}

function checked(decl: RouteDeclaration): RouteDeclaration {
  if (decl.roles.some((r) => r !== 'admin') && !decl.confine) {
    throw new Error(`${decl.key}: non-admin roles may call it, so it must declare how confined sessions are scoped (confine)`);
  }
  return decl;
}

/** A console route that is one SCP operation of the registry (the one `consoleApi` names for `key`). */
export function route<K extends ConsoleRouteKey>(key: K, op: ConsoleApi[K] & ScpOperationEntry, extras: Extras = {}): RouteDeclaration {
  const roles = extras.roles ?? op.roles;
  const widened = roles.filter((r) => !op.roles.includes(r));
  if (widened.length) throw new Error(`${key}: roles ${widened.join(', ')} are not allowed by ${op.name}`);
  const { method, path } = split(key);
  return checked({ key, method, path, template: parseTemplate(path), op, roles, query: op.query, body: op.body, confine: extras.confine, shape: extras.shape });
}

/** A console-only route with its own handler. */
export function consoleRoute(key: ConsoleRouteKey, spec: {
  roles: readonly ConsoleRole[];
  body?: z.ZodType;
  bodyLimit?: RouteDeclaration['bodyLimit'];
  confine?: Confinement;
  handle: (ctx: RouteContext) => Promise<unknown>;
}): RouteDeclaration {
  const { method, path } = split(key);
  return checked({ key, method, path, template: parseTemplate(path), ...spec });
}
