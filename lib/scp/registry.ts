import type { z } from 'zod';
import type { IdShape } from './schemas/ids';
import { scpListPage, type ScpListPage } from './schemas/list-page';

/*
 * The operation registry (architecture principle 2): one entry per SCP
 * operation the console uses. The BFF's allowlist, the typed browser client and
 * the SCP client read what they need from these entries; an operation that is
 * not here does not exist for the browser. Entries are plain data plus zod
 * schemas, so the browser may import them.
 */

/** Console roles, as SCP's role types a session acts as (catalog §3). */
export type ConsoleRole = 'admin' | 'tenant' | 'member';

/** The janus API versions (catalog §1.7): per-endpoint revisions, not a global version. */
export type ApiVersion = '20180725' | '20190725' | '20200725' | '20210725' | '20220725';

/** The methods janus uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Which documented field drift (catalog §9.6) an answer needs normalised before
 * its schema sees it. The SCP side maps each kind to a normaliser; the schemas
 * here use the canonical names.
 */
export type DriftKind = 'server' | 'subnet' | 'floatingIp' | 'snapshot' | 'image';

/** Platform admins only (SA, SYS and co-admins in SCP's terms). */
export const ADMIN: readonly ConsoleRole[] = ['admin'];
/** Platform admins and tenant admins. SCP documents no tenant sub-account (SUB) access to these operations. */
export const ADMIN_TENANT: readonly ConsoleRole[] = ['admin', 'tenant'];

/** A console API route: `METHOD /api/path/:param`, the parameters named as SCP names them. */
export type ConsoleRouteName = `${HttpMethod} /api/${string}`;

/** What an entry is declared with; `path` is relative to `/janus/{version}`. */
export interface OperationInput<R extends z.ZodType, Q extends z.ZodType | undefined, B extends z.ZodType | undefined, C extends ConsoleRouteName | undefined = undefined> {
  /** Stable name for logs and errors, e.g. `servers.start`. */
  name: string;
  /** One line for humans: what the operation does. */
  summary: string;
  method: HttpMethod;
  /** null for SCP's few unversioned endpoints (`/janus/public-key`). */
  version: ApiVersion | null;
  /** e.g. `/servers/{server_id}/start`. */
  path: string;
  /** Console roles that may call it. */
  roles: readonly ConsoleRole[];
  /** What the console accepts as query string from the browser. */
  query?: Q;
  /** What the console accepts as JSON body from the browser; its output is what SCP gets. */
  body?: B;
  /** SCP's `data`, after drift normalisation. */
  response: R;
  /** True when the answer carries a `task_id` to poll. */
  task?: boolean;
  drift?: DriftKind;
  /** Dotted body paths holding passwords that SCP wants RSA-encrypted; the browser sends them plain. */
  encrypt?: readonly string[];
  /**
   * The console API route that exposes it to the browser, when one does: the
   * one place a route is named (lib/api/routes collects them; the BFF then
   * wants its confinement decided).
   */
  console?: C;
  /** The id shape of a path parameter that server/bff/path's shared list lacks (`{volume_id: 'uuid'}`): declared with the route. */
  ids?: Readonly<Record<string, IdShape>>;
}

/** A registry entry. It satisfies the SCP client's `ScpOperation` structurally. */
export interface ScpOperationEntry<
  R extends z.ZodType = z.ZodType, Q extends z.ZodType | undefined = z.ZodType | undefined, B extends z.ZodType | undefined = z.ZodType | undefined,
  C extends ConsoleRouteName | undefined = ConsoleRouteName | undefined,
> extends Omit<OperationInput<R, Q, B, C>, 'task'> {
  /** The full path template, e.g. `/janus/20180725/servers/{server_id}/start`. */
  path: string;
  task: boolean;
  /** Set on list operations: the schema of one item. */
  item?: z.ZodType;
}

/** A list operation: its answer is an SCP list page of `item`. */
export interface ScpListOperationEntry<I extends z.ZodType = z.ZodType, Q extends z.ZodType | undefined = z.ZodType | undefined, C extends ConsoleRouteName | undefined = ConsoleRouteName | undefined>
  extends ScpOperationEntry<z.ZodType<ScpListPage<z.output<I>>>, Q, undefined, C> {
  item: I;
  /** The version to ask instead when SCP does not have this one (an older SCP answers the list's path 404). */
  olderVersion?: ApiVersion;
}

/** Declares an operation. */
export function scpOperation<R extends z.ZodType, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined, C extends ConsoleRouteName | undefined = undefined>(
  input: OperationInput<R, Q, B, C>,
): ScpOperationEntry<R, Q, B, C> {
  return { ...input, path: janusPath(input.version, input.path), task: input.task ?? false };
}

/** Declares a GET whose answer is a list page of `item`; `query` should come from `listQuery`. */
export function scpListOperation<I extends z.ZodType, Q extends z.ZodType | undefined, C extends ConsoleRouteName | undefined = undefined>(
  input: Omit<OperationInput<z.ZodType, Q, undefined, C>, 'method' | 'response' | 'body' | 'task'> & { item: I; olderVersion?: ApiVersion },
): ScpListOperationEntry<I, Q, C> {
  return { ...input, method: 'GET', path: janusPath(input.version, input.path), response: scpListPage(input.item), task: false };
}

/** The same list on its older version, for an SCP that lacks the newer one; undefined when it has none. */
export function olderVersionOf<E extends ScpListOperationEntry>(op: E): E | undefined {
  if (!op.olderVersion || !op.version) return undefined;
  return { ...op, version: op.olderVersion, path: op.path.replace(`/janus/${op.version}/`, `/janus/${op.olderVersion}/`), olderVersion: undefined };
}

function janusPath(version: ApiVersion | null, path: string): string {
  return version ? `/janus/${version}${path}` : `/janus${path}`;
}

/** Names of the `{placeholders}` in a path template. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}
