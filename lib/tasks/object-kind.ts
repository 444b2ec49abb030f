import type { QueryKey } from '@tanstack/react-query';
import { isMessageKey, type MessageKey } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';

/**
 * What a task acts on. `kind` is the console's word (TrackedTaskInput.object.kind);
 * `objectType` is SCP's localized name for it (shown verbatim, and the
 * operation log's `object_type` filter value); `href` is the console page of
 * one object when the console has one; `invalidate` is what a finished task
 * of this kind makes stale.
 */
interface ObjectKind {
  kind: string;
  objectType: string;
  href?: (id: string) => string;
  invalidate: QueryKey[];
}

const KINDS: readonly ObjectKind[] = [
  { kind: 'server', objectType: '云主机', href: (id) => `/servers/${encodeURIComponent(id)}`, invalidate: [queryKeys.servers.all] },
  { kind: 'snapshot', objectType: '云主机快照', invalidate: [queryKeys.servers.all] },
  { kind: 'image', objectType: '镜像', href: () => '/images', invalidate: [queryKeys.images.all] },
  { kind: 'volume', objectType: '卷', invalidate: [queryKeys.servers.all] },
  { kind: 'vpc', objectType: 'VPC网络', href: () => '/vpcs', invalidate: [queryKeys.vpcs.all, queryKeys.subnets.all] },
  { kind: 'subnet', objectType: '子网', href: () => '/subnets', invalidate: [queryKeys.subnets.all] },
  { kind: 'floatingIp', objectType: '弹性IP', href: () => '/floating-ips', invalidate: [queryKeys.floatingIps.all, queryKeys.servers.all] },
  { kind: 'project', objectType: '租户', href: () => '/tenants', invalidate: [queryKeys.projects.all, queryKeys.quotas.all] },
];

/** SCP's object types the operation log can be filtered by (its own words). */
export const KNOWN_OBJECT_TYPES: readonly string[] = KINDS.map((k) => k.objectType);

/** The console's kind for SCP's `object_type`, or '' when the console does not know it. */
export function kindOfObjectType(objectType: string | null | undefined): string {
  return KINDS.find((k) => k.objectType === objectType)?.kind ?? '';
}

/** The console page of an object, when it has one and the id is known. */
export function objectHref(kind: string, id: string): string | undefined {
  const found = KINDS.find((k) => k.kind === kind);
  return found?.href && id ? found.href(id) : undefined;
}

/** What a finished task on an object of `kind` makes stale (a task watched from the operation log has no page to say). */
export function invalidateForKind(kind: string): QueryKey[] {
  return KINDS.find((k) => k.kind === kind)?.invalidate ?? [];
}

/** The i18n key naming `kind` (`tasks.kind.server`), when there is one. */
export function kindLabelKey(kind: string): MessageKey | undefined {
  const key = `tasks.kind.${kind}`;
  return isMessageKey(key) ? key : undefined;
}
