import type { QueryKey } from '@tanstack/react-query';
import { isMessageKey, type MessageKey } from '@/lib/i18n';
import { RESOURCE_KINDS } from '@/lib/resources/kinds';

/*
 * Task object kinds, derived from the resource declarations' kinds
 * (lib/resources/<resource>/kind.ts), not copied: a resource says once what
 * SCP calls it, where its page is and what a finished task on it makes stale.
 */

/** SCP's object types the operation log can be filtered by (its own words). */
export const KNOWN_OBJECT_TYPES: readonly string[] = RESOURCE_KINDS.map((k) => k.objectType);

/** The console's kind for SCP's `object_type`, or '' when the console does not know it. */
export function kindOfObjectType(objectType: string | null | undefined): string {
  return RESOURCE_KINDS.find((k) => k.objectType === objectType)?.kind ?? '';
}

/** The console page of an object, when it has one and the id is known. */
export function objectHref(kind: string, id: string): string | undefined {
  const found = RESOURCE_KINDS.find((k) => k.kind === kind);
  return found?.href && id ? found.href(id) : undefined;
}

/** What a finished task on an object of `kind` makes stale (a task watched from the operation log has no page to say). */
export function invalidateForKind(kind: string): QueryKey[] {
  return [...(RESOURCE_KINDS.find((k) => k.kind === kind)?.invalidate ?? [])];
}

/** The i18n key naming `kind` (`tasks.kind.server`), when there is one. */
export function kindLabelKey(kind: string): MessageKey | undefined {
  const key = `tasks.kind.${kind}`;
  return isMessageKey(key) ? key : undefined;
}
