import 'server-only';
import { assertSameOrigin, CrossOriginError } from '../session';
import { BffError } from './errors';

/**
 * CSRF defence for mutations: Origin must equal the console's own origin and
 * Sec-Fetch-Site, when present, must be same-origin or none. The rule is the
 * session module's (its sign-in route applies the same one), so the console has
 * one definition of "its own origin" (X-Forwarded-Proto/-Host behind a proxy).
 */
export function checkSameOrigin(req: Request): void {
  try {
    assertSameOrigin(req);
  } catch (err) {
    if (err instanceof CrossOriginError) throw new BffError(403, 'cross_origin', err.message);
    throw err;
  }
}

/** Methods that change something and therefore need the same-origin check. */
export function isMutation(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}
