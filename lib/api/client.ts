import type { z } from 'zod';
import type { ConsolePage, HttpMethod } from '@/lib/scp';
import type { ConsoleApi, ConsoleRouteKey } from './routes';

/** An error answer of the console API: `{error:{code,message,scpCode?,requestId}}`, or a failure to reach it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    readonly scpCode?: number,
    readonly fields?: { field: string; message: string }[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type PathOf<K> = K extends `${string} ${infer P}` ? P : never;
type PathsFor<M extends HttpMethod> = PathOf<Extract<ConsoleRouteKey, `${M} ${string}`>>;
type ParamNames<P> = P extends `${string}:${infer N}/${infer R}` ? N | ParamNames<`/${R}`> : P extends `${string}:${infer N}` ? N : never;
type Entry<M extends HttpMethod, P> = ConsoleApi[Extract<`${M} ${P & string}`, ConsoleRouteKey>];

/** What a route answers: list operations a console page of their items, others SCP's parsed `data`. */
export type ResponseOf<E> = E extends { item: infer I extends z.ZodType }
  ? ConsolePage<z.output<I>>
  : E extends { response: infer R extends z.ZodType } ? z.output<R> : never;
type QueryOf<E> = E extends { query?: infer Q } ? (Q extends z.ZodType ? Partial<z.input<Q>> : never) : never;
type BodyOf<E> = E extends { body?: infer B } ? (B extends z.ZodType ? z.input<B> : never) : never;

/** Options of one call: path params when the path has any, the route's query and body types. */
export type CallOptions<M extends HttpMethod, P> = {
  signal?: AbortSignal;
  /** A uuid to send as X-Client-Token; reuse it when retrying the same change, so SCP applies it once. */
  clientToken?: string;
}
  & ([ParamNames<P>] extends [never] ? { params?: undefined } : { params: Record<ParamNames<P>, string> })
  & ([QueryOf<Entry<M, P>>] extends [never] ? { query?: undefined } : { query?: QueryOf<Entry<M, P>> })
  & ([BodyOf<Entry<M, P>>] extends [never] ? { body?: undefined } : { body?: BodyOf<Entry<M, P>> });

type Args<O> = {} extends O ? [opts?: O] : [opts: O];

/** `/api/servers/:server_id` with its params filled in and the query appended. */
export function buildUrl(path: string, params: Record<string, string> = {}, query: Record<string, unknown> = {}): string {
  const filled = path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`path parameter ${name} is missing for ${path}`);
    return encodeURIComponent(value);
  });
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') qs.append(key, String(value));
  const s = qs.toString();
  return s ? `${filled}?${s}` : filled;
}

interface SendOptions {
  params?: Record<string, string>;
  query?: object;
  body?: unknown;
  signal?: AbortSignal;
  clientToken?: string;
}

async function send(method: HttpMethod, path: string, opts: SendOptions = {}): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.clientToken) headers['x-client-token'] = opts.clientToken;
  const init: RequestInit = { method, credentials: 'same-origin', headers, signal: opts.signal };
  if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.params, opts.query as Record<string, unknown>), init);
  } catch (err) {
    if ((err as Error)?.name === 'AbortError') throw err;
    throw new ApiError(0, 'network_error', 'The console cannot be reached; check your connection');
  }
  if (res.status === 204) return undefined;
  const json: unknown = await res.json().catch(() => undefined);
  if (res.ok) return json;
  const e = (json as { error?: { code?: string; message?: string; requestId?: string; scpCode?: number; fields?: { field: string; message: string }[] } })?.error;
  throw new ApiError(res.status, e?.code ?? 'http_error', e?.message ?? `The console answered HTTP ${res.status}`, e?.requestId, e?.scpCode, e?.fields);
}

/**
 * The typed client of the console API for the React pages: each call's path,
 * params, query, body and answer are typed from the operation registry.
 * Failures throw ApiError with the console's code, message and request id.
 *
 *   const page = await api.get('/api/servers', { query: { status: 'running', pageSize: 50 } });
 *   await api.post('/api/servers/:server_id/start', { params: { server_id: id } });
 */
export const api = {
  get: <P extends PathsFor<'GET'>>(path: P, ...[opts]: Args<CallOptions<'GET', P>>) =>
    send('GET', path, opts) as Promise<ResponseOf<Entry<'GET', P>>>,
  post: <P extends PathsFor<'POST'>>(path: P, ...[opts]: Args<CallOptions<'POST', P>>) =>
    send('POST', path, opts) as Promise<ResponseOf<Entry<'POST', P>>>,
  put: <P extends PathsFor<'PUT'>>(path: P, ...[opts]: Args<CallOptions<'PUT', P>>) =>
    send('PUT', path, opts) as Promise<ResponseOf<Entry<'PUT', P>>>,
  delete: <P extends PathsFor<'DELETE'>>(path: P, ...[opts]: Args<CallOptions<'DELETE', P>>) =>
    send('DELETE', path, opts) as Promise<ResponseOf<Entry<'DELETE', P>>>,
};
