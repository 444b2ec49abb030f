import type { IncomingMessage } from 'node:http';
import type { Principal } from '../auth/principal';
import type { RoleType } from '../state/roles';
import type { Services } from './services';

/** Everything a route handler may use: its request and the services. Handlers never touch the raw response. */
export interface RequestContext extends Services {
  req: IncomingMessage;
  method: string;
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  /** Parsed JSON body (`{}` when empty). Undefined for streamed routes. */
  body: unknown;
  principal: Principal;
  clientIp: string;
  now: number;
  /**
   * Streamed routes only: feeds the request body to `sink` chunk by chunk, never
   * holding it whole, and resolves with the byte count once the body (and, for
   * EC2-signed requests, its signature over the streamed hash) checks out.
   */
  readBodyStream?: (sink: (chunk: Buffer) => void) => Promise<number>;
}

/** What a handler returns: the HTTP status and the envelope's `data` (undefined = no body). */
export interface HandlerResult {
  status: number;
  data?: unknown;
}

export type Handler = (ctx: RequestContext) => HandlerResult | Promise<HandlerResult>;

export interface RouteSpec {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path templates, e.g. `/janus/20180725/servers/{server_id}`; several when SCP documents several spellings or versions. */
  paths: string[];
  /** Roles allowed; others get 403. */
  roles: RoleType[];
  /** One-line description shown in the README's endpoint table. */
  summary: string;
  /** No authentication (public-key endpoints, authenticate). */
  public?: boolean;
  /** The handler reads the request body itself (streamed upload). */
  streamBody?: boolean;
  handler: Handler;
}

/** Convenience: 200 with data. */
export const ok = (data: unknown): HandlerResult => ({ status: 200, data });
export const created = (data: unknown): HandlerResult => ({ status: 201, data });
