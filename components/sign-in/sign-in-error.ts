import { isMessageKey, type MessageKey, type MessageValues } from '@/lib/i18n';
import { SessionError } from '@/lib/session-client/session-api';

/** A failed sign-in as the form shows it: a localized message, and the console's own words when they help. */
export interface SignInErrorView {
  key: MessageKey;
  values?: MessageValues;
  /** The console's (English) message; it names the field, role or network error (never SCP's address). */
  detail?: string;
  /** For a report to the operator, on server-side failures. */
  requestId?: string;
}

/** Codes whose message says more than the localized text: which field, which network error, which role. */
const DETAILED = new Set(['invalid_request', 'scp_unreachable', 'scp_timeout', 'scp_tls', 'scp_busy', 'scp_error', 'unsupported_role']);

/** How the sign-in form shows `error`, by the console's error code. */
export function describeSignInError(error: unknown): SignInErrorView {
  if (!(error instanceof SessionError)) {
    return { key: 'signIn.error.unknown', detail: error instanceof Error ? error.message : undefined };
  }
  const requestId = error.status >= 500 ? error.requestId : undefined;
  if (error.code === 'rate_limited') {
    // The console's words say which limit it is (a name locked for everyone needs an administrator).
    const detail = error.message || undefined;
    const seconds = error.retryAfterSeconds;
    if (!seconds) return { key: 'signIn.error.rate_limited', detail };
    return seconds < 120
      ? { key: 'signIn.error.rate_limited_for', values: { seconds }, detail }
      : { key: 'signIn.error.rate_limited_minutes', values: { minutes: Math.ceil(seconds / 60) }, detail };
  }
  const key = `signIn.error.${error.code}`;
  if (!isMessageKey(key)) return { key: 'signIn.error.unknown', detail: error.message, requestId: error.requestId };
  return { key, detail: DETAILED.has(error.code) ? error.message : undefined, requestId };
}
