import type { MessageKey, MessageValues } from '@/lib/i18n';
import type { SessionUser } from '@/lib/session-client/session-api';
import { ALLOWED, type Action, type Verdict } from './types';

/**
 * Whether an action may run on every selected item at once. SCP refuses a
 * whole batch when one server is in the wrong state, so one refusal refuses
 * the lot; the verdict names that item, its reason, and how many refuse.
 */
export function bulkVerdict<T>(
  action: Action<T>,
  items: readonly T[],
  session: SessionUser,
  nameOf: (item: T) => string,
  t: (key: MessageKey, values?: MessageValues) => string,
): Verdict {
  const refused = items.flatMap((item) => {
    const verdict = action.allowed(item, session);
    return verdict.ok ? [] : [{ item, verdict }];
  });
  if (!refused.length) return ALLOWED;
  const [{ item, verdict }] = refused;
  return {
    ok: false,
    why: verdict.why,
    reason: 'resource.bulk.refused',
    values: { count: refused.length, total: items.length, name: nameOf(item), reason: t(verdict.reason, verdict.values) },
  };
}
