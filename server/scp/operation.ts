import 'server-only';
import type { z } from 'zod';
import type { HttpMethod } from '@/lib/scp/registry';
import type { CredentialScope } from './credentials';
import type { Normaliser } from './normalise';
import type { BodyFile } from './transport';

/** Query parameters; undefined values are left out, arrays become comma lists (SCP's `fields=a,b`). */
export type QueryParams = Record<string, string | number | boolean | readonly (string | number)[] | undefined>;

/** One call: whose credentials, path parameters, query, and a JSON body or a file. */
export interface CallInput {
  scope: CredentialScope;
  params?: Record<string, string | number>;
  query?: QueryParams;
  body?: unknown;
  /**
   * POST/PUT only, instead of `body`: a spooled file sent as the raw body
   * (application/octet-stream), streamed from disk on each attempt. The caller
   * owns the file and deletes it after the call.
   */
  file?: BodyFile;
  /** Aborts waiting and sending (a shared GET keeps running for the others). */
  signal?: AbortSignal;
  /** X-Client-Token for a POST/PUT; by default a fresh uuid v4 per call, reused by every retry. */
  clientToken?: string;
  /** GET only: skip the short cache and single flight, to read what a mutation just did. */
  fresh?: boolean;
}

/**
 * What a `recover` hook gets when the answer to a change was lost: SCP refused
 * the retry's repeated X-Client-Token, or no answer came and the change cannot
 * be retried (a DELETE) or ran out of retries.
 */
export interface RecoverContext {
  /** Calls SCP with the credentials of the lost call. */
  call<T>(op: ScpOperation<T>, input?: Omit<CallInput, 'scope'>): Promise<T>;
  /** The lost call's input, without its credentials. */
  input: Omit<CallInput, 'scope'>;
  /** Absent for a DELETE, which carries none. */
  clientToken?: string;
  requestId: string;
  /** Clock time the first attempt was sent. */
  startedAt: number;
}

/**
 * Finds the outcome of a change whose answer was lost although SCP may have
 * applied it (SCP does not replay answers; catalog §1.6), e.g. by looking the
 * task up in the operation log or the created resource up by name. Returns
 * undefined when it cannot tell (nothing found, or more than one candidate);
 * the call then fails with kind `outcome-unknown`. Hooks only read.
 */
export type RecoverHook<T> = (ctx: RecoverContext) => Promise<T | undefined>;

/**
 * An SCP operation as the client needs it. Entries of the operation registry
 * satisfy this structurally.
 */
export interface ScpOperation<TResult> {
  /** Stable name for errors and logs, e.g. `servers.create`. */
  name: string;
  method: HttpMethod;
  /** Path template, e.g. `/janus/20180725/servers/{server_id}`. */
  path: string;
  /**
   * A GET's path on an older API version, for an SCP that lacks `path`'s: when
   * SCP answers `path` 404 the client asks this instead, and keeps doing so.
   */
  olderPath?: string;
  /** Parses `data` of the answer (after `normalise`). */
  response: z.ZodType<TResult>;
  normalise?: Normaliser;
  recover?: RecoverHook<TResult>;
}

/** Declares an operation with its result type taken from the schema. */
export function defineOperation<S extends z.ZodType>(op: {
  name: string;
  method: HttpMethod;
  path: string;
  olderPath?: string;
  response: S;
  normalise?: Normaliser;
  recover?: RecoverHook<z.output<S>>;
}): ScpOperation<z.output<S>> {
  return op as ScpOperation<z.output<S>>;
}

/** Fills `{name}` placeholders, encoding each value; a missing one is a programming error. */
export function fillPath(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new Error(`path parameter ${name} is missing for ${template}`);
    return encodeURIComponent(String(value));
  });
}

/** `?a=1&b=x,y`, or '' when there is nothing to send. */
export function queryString(query: QueryParams = {}): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    qs.append(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const s = qs.toString();
  return s ? `?${s}` : '';
}
