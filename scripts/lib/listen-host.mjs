/**
 * Where `npm start` serves the console. On the embedded simulator the demo
 * accounts' passwords are in the README, so the console listens on loopback
 * only unless HOST says otherwise; with a real SCP (SCP_BASE_URL) HOST
 * decides, every interface by default as before.
 */

/** True for addresses and names that only this machine reaches. */
export function isLoopback(host) {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * The console's listen address: HOST when set (not blank), else 127.0.0.1 on
 * the simulator and 0.0.0.0 with a real SCP.
 *
 * @param {{ host?: string, realScp: boolean }} opts
 * @returns {string}
 */
export function consoleHost({ host, realScp }) {
  const chosen = host?.trim();
  if (chosen) return chosen;
  return realScp ? '0.0.0.0' : '127.0.0.1';
}

/** `host` as it goes in a URL (IPv6 in brackets). */
export function urlHost(host) {
  return host.includes(':') ? `[${host}]` : host;
}

/** Where this machine reaches a server listening on `host`: loopback for the wildcard addresses. */
export function localHost(host) {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '::1';
  return host;
}

/**
 * The line `npm start` prints once the console answers: the URL to open,
 * where it listens and, for the network, that it does.
 *
 * @param {{ host: string, port: number, scpUrl: string }} opts
 * @returns {string}
 */
export function startLine({ host, port, scpUrl }) {
  const wildcard = host === '0.0.0.0' || host === '::';
  const open = `http://${urlHost(wildcard ? 'localhost' : host)}:${port}`;
  const reach = isLoopback(host) ? 'this machine only; set HOST to serve the network' : wildcard ? 'every network interface' : 'this address';
  return `SCP console: ${open}  (listening on ${urlHost(host)}:${port}, ${reach}; SCP: ${scpUrl})`;
}
