/** See listen-host.mjs. */
export function isLoopback(host: string): boolean;
/** See listen-host.mjs. */
export function consoleHost(opts: { host?: string; realScp: boolean }): string;
/** See listen-host.mjs. */
export function urlHost(host: string): string;
/** See listen-host.mjs. */
export function localHost(host: string): string;
/** See listen-host.mjs. */
export function startLine(opts: { host: string; port: number; scpUrl: string }): string;
