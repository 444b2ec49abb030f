import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createRequestHandler } from './app';
import { loadSeed, type SeedOptions } from './seed';
import { DEFAULT_OPTIONS, Simulator, type SimulatorOptions } from './simulator';
import { selfSignedCertificate } from './tls';

export interface StartOptions extends Partial<SimulatorOptions>, SeedOptions {
  port?: number;
  host?: string;
  /** Plain HTTP instead of HTTPS with a self-signed certificate. */
  http?: boolean;
}

export interface RunningSimulator {
  sim: Simulator;
  url: string;
  /** SHA-256 fingerprint of the TLS certificate (HTTPS only). */
  fingerprint256?: string;
  /** PEM of the self-signed certificate (HTTPS only), for clients that verify against it. */
  certPem?: string;
  close(): Promise<void>;
}

/** Builds a simulator, seeds it, and listens. Port 0 picks a free port (tests). */
export async function startSimulator(opts: StartOptions = {}): Promise<RunningSimulator> {
  const sim = new Simulator({ ...DEFAULT_OPTIONS, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) });
  loadSeed(sim.store, sim.tasks, opts);
  const handler = createRequestHandler(sim);
  let server: Server;
  let tls: ReturnType<typeof selfSignedCertificate> | undefined;
  if (opts.http) {
    server = createHttpServer(handler);
  } else {
    tls = selfSignedCertificate();
    server = createHttpsServer({ key: tls.key, cert: tls.cert }, handler);
  }
  server.keepAliveTimeout = 65_000;
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 9443, host, () => resolve());
  });
  const ticker = setInterval(() => sim.tasks.tick(Date.now()), 200);
  ticker.unref();
  const { port } = server.address() as AddressInfo;
  return {
    sim,
    url: `${opts.http ? 'http' : 'https'}://${host}:${port}`,
    fingerprint256: tls?.fingerprint256,
    certPem: tls?.cert,
    close: () =>
      new Promise((resolve) => {
        clearInterval(ticker);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
