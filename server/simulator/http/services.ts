import type { RsaKey } from '../auth/rsa';
import type { TokenStore } from '../auth/tokens';
import type { RateLimiter } from '../guards/rate-limit';
import type { Store } from '../state/store';
import type { TaskEngine } from '../tasks/engine';

/** A throttle a handler consults itself: it counts the call and says whether to serve it. */
export type Throttle = Pick<RateLimiter, 'allow'>;

/**
 * What a route handler may use besides its request. Each service is narrow and
 * none is the simulator: the simulator composes them, and nothing a handler
 * imports leads back to it.
 */
export interface Services {
  /** Every record the simulator holds. */
  store: Store;
  /** SCP's asynchronous tasks, which are also the operation log. */
  tasks: TaskEngine;
  /** The key whose modulus the public-key endpoints publish; passwords arrive encrypted with it. */
  rsa: Pick<RsaKey, 'modulusHex' | 'decryptHex'>;
  /** Issues the tokens that password sign-in answers with. */
  tokens: Pick<TokenStore, 'issue'>;
  /** The public-key endpoints' own limits (seed L1347–L1352): per IP, and over all callers. */
  publicKeyLimits: { perIp: Throttle; global: Throttle };
}
