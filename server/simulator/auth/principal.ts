import type { IncomingMessage } from 'node:http';
import { unauthorized } from '../errors';
import type { RoleType } from '../state/roles';
import type { Store } from '../state/store';
import type { User } from '../state/types';
import { verifyEc2Request } from './ec2-verify';
import type { TokenStore } from './tokens';

/** Who is calling, resolved from `Authorization: Token …` or an AWS4-HMAC-SHA256 signature. */
export interface Principal {
  user: User;
  roleType: RoleType;
  /** The caller's own project (the platform project for admins). */
  projectId: string;
  via: 'token' | 'ec2';
}

/** Resolves the caller; every failure is a 401 whose message says what to fix. */
export function authenticate(opts: {
  req: IncomingMessage;
  path: string;
  body: Buffer;
  now: number;
  store: Store;
  tokens: TokenStore;
}): Principal {
  const header = String(opts.req.headers.authorization ?? '').trim();
  if (!header) throw unauthorized('Authorization header is required: send "Token <id>" from POST /janus/authenticate, or sign the request with AWS4-HMAC-SHA256');
  let user: User | undefined;
  let via: Principal['via'];
  if (/^Token\s+/i.test(header)) {
    const id = header.replace(/^Token\s+/i, '').trim();
    const record = opts.tokens.lookup(id, opts.now);
    if (record === 'unknown') throw unauthorized('token is not valid; sign in again with POST /janus/authenticate');
    if (record === 'expired') throw unauthorized('token has expired; sign in again with POST /janus/authenticate');
    user = opts.store.users.get(record.userId);
    via = 'token';
  } else if (/^AWS4-HMAC-SHA256\s/i.test(header)) {
    const accessKey = verifyEc2Request({
      method: opts.req.method ?? 'GET',
      path: opts.path,
      headers: opts.req.headers,
      body: opts.body,
      now: opts.now,
      secretFor: (ak) => opts.store.userByAccessKey(ak)?.secret_key,
    });
    user = opts.store.userByAccessKey(accessKey);
    via = 'ec2';
  } else {
    throw unauthorized('Authorization scheme must be "Token" or "AWS4-HMAC-SHA256"');
  }
  if (!user || !user.enabled) throw unauthorized('the account behind these credentials is disabled or no longer exists');
  return { user, roleType: user.role_type, projectId: user.project_id, via };
}
