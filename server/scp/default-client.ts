import 'server-only';
import { getConfig } from '../config';
import { ScpClient } from './client';
import type { Ec2Scope } from './credentials';

const KEY = Symbol.for('scp-console.scp-client');
type Holder = { [KEY]?: ScpClient };

/**
 * The process's SCP client, built from the configuration on first use. It is
 * kept on globalThis so that dev-mode module reloads share one pool, one budget
 * and one cache: the budget only works if there is exactly one.
 */
export function getScpClient(): ScpClient {
  const holder = globalThis as Holder;
  holder[KEY] ??= new ScpClient(getConfig().scp);
  return holder[KEY];
}

/** The service credential (SCP_ACCESS_KEY / SCP_SECRET_KEY) as a call scope, if configured. */
export function serviceScope(): Ec2Scope | undefined {
  const creds = getConfig().scp.serviceCredentials;
  return creds && { kind: 'ec2', ...creds };
}
