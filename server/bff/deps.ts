import 'server-only';
import type { RsaPadding, ScpClient } from '../scp';
import type { ConsoleSession } from '../session';

/** Where the BFF reports; fields never carry credentials, bodies or query strings. */
export interface BffLogger {
  error(message: string, fields: Record<string, unknown>): void;
  warn(message: string, fields: Record<string, unknown>): void;
}

/** What the route handlers need from outside; tests inject a stub session loader and a client on the simulator. */
export interface BffDeps {
  /** The signed-in session of a request, or null (production: server/session's currentSession). */
  loadSession(req: Request): Promise<ConsoleSession | null>;
  /** The SCP client (production: the process's one client, for its shared budget and cache). */
  client(): ScpClient;
  /** RSA padding for passwords sent to SCP (production: from the configuration). */
  rsaPadding(): RsaPadding;
  logger?: BffLogger;
}

/** Logs to the server's console. */
export const consoleBffLogger: BffLogger = {
  error: (message, fields) => console.error(`[bff] ${message}`, fields),
  warn: (message, fields) => console.warn(`[bff] ${message}`, fields),
};
