import type { MessageKey } from '@/lib/i18n';
import { isBound } from '@/lib/resources/floating-ips/status';
import { physicalLines, type PhysicalLine } from '@/lib/resources/azs/capacity';
import { quotaGroups, type QuotaItem } from '@/lib/resources/quotas/view';
import { SERVER_TRANSITIONAL } from '@/lib/resources/servers/status';
import type { ConsolePage, FloatingIp, OpLogEntry, Overview, Quota } from '@/lib/scp';

/*
 * The figures of the overview (概览) page, worked out from console API answers:
 * which list totals to ask for, where each figure links, the tightest quotas,
 * the floating-IP split and the platform's counts. Each figure is one list
 * total (`pageSize=1`) or one answer a card already has, so a page view costs
 * a handful of requests whatever the size of the tenant.
 */

/** One server count: the status filter it asks for (none: every server outside the recycle bin). */
export interface ServerFigure {
  id: 'total' | 'running' | 'stopped' | 'error' | 'busy';
  labelKey: MessageKey;
  status?: string;
}

/** The server counts a tenant admin sees first; `busy` is every transitional status, as the list's "task in progress" filter. */
export const SERVER_FIGURES: readonly ServerFigure[] = [
  { id: 'total', labelKey: 'home.servers.total' },
  { id: 'running', labelKey: 'servers.status.running', status: 'running' },
  { id: 'stopped', labelKey: 'servers.status.stopped', status: 'stopped' },
  { id: 'error', labelKey: 'servers.status.error', status: 'error' },
  { id: 'busy', labelKey: 'servers.filter.status.busy', status: [...SERVER_TRANSITIONAL].join(',') },
];

/**
 * Every server count from one list page, when that page holds all of the
 * tenant's servers (most tenants have fewer than a page of 100); undefined
 * otherwise, and the counts are asked for one list total each.
 */
export function serverCountsFromPage(page: Pick<ConsolePage<{ status: string }>, 'items' | 'total'>): Record<ServerFigure['id'], number> | undefined {
  if (page.items.length < page.total) return undefined;
  const counts: Record<ServerFigure['id'], number> = { total: page.total, running: 0, stopped: 0, error: 0, busy: 0 };
  for (const { status } of page.items) {
    if (status === 'running' || status === 'stopped' || status === 'error') counts[status] += 1;
    else if (SERVER_TRANSITIONAL.has(status)) counts.busy += 1;
  }
  return counts;
}

/** The list query of a count: one item per page, the total is what counts. */
export function countQuery<F extends Record<string, string | undefined>>(filter: F = {} as F): F & { pageSize: 1 } {
  const query = { ...filter, pageSize: 1 as const };
  for (const key of Object.keys(query) as (keyof typeof query)[]) if (query[key] === undefined) delete query[key];
  return query;
}

/** A list page's URL with its filters (`/servers?status=running`); the list reads them from the URL. */
export function listHref(path: string, filter: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** A quota with use against a limit, and the AZ it is set in. */
export interface TightQuota extends QuotaItem {
  azId: string;
  global: boolean;
  ratio: number;
}

/**
 * The `count` fullest quotas with a limit (unlimited ones say nothing about
 * room left), fullest first; ties keep SCP's order. A limit of 0 with nothing
 * used is left out: the resource is simply not offered.
 */
export function tightestQuotas(rows: readonly Quota[], count = 4): TightQuota[] {
  const items = quotaGroups(rows).flatMap((group) =>
    group.items
      .filter((item): item is QuotaItem & { ratio: number } => item.ratio !== null && !(item.limit === 0 && item.inUse === 0))
      .map((item) => ({ ...item, azId: group.azId, global: group.global })),
  );
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.ratio - a.item.ratio || a.index - b.index)
    .slice(0, count)
    .map(({ item }) => item);
}

/** Floating IPs: the total, and bound/unbound when the page holds every one of them (else unknown: no second request for it). */
export function floatingIpSplit(page: Pick<ConsolePage<Pick<FloatingIp, 'binding_info'>>, 'items' | 'total'>): { total: number; bound?: number; unbound?: number } {
  if (page.items.length < page.total) return { total: page.total };
  const bound = page.items.filter(isBound).length;
  return { total: page.total, bound, unbound: page.total - bound };
}

/** Online of total, for hosts and resource pools (SCP may omit `online_count`: then every one counts as online). */
export interface OnlineCount {
  online: number;
  total: number;
}

/** The platform's figures from `GET /api/overview`. */
export interface PlatformFigures {
  hosts?: OnlineCount;
  azs?: OnlineCount;
  servers?: { total: number; running: number; error: number };
  /** CPU, memory and storage used of total, summed over every resource pool (GPUs only when there are any). */
  capacity: PhysicalLine[];
}

/** The platform's figures, read the way the resource-pool cards read a pool's. */
export function platformFigures(overview: Overview): PlatformFigures {
  const online = (c: Overview['host']): OnlineCount | undefined => (c ? { online: c.online_count ?? c.total, total: c.total } : undefined);
  return {
    hosts: online(overview.host),
    azs: online(overview.az),
    servers: overview.server ? { total: overview.server.total, running: overview.server.running_count ?? 0, error: overview.server.error_count ?? 0 } : undefined,
    capacity: physicalLines(overview),
  };
}

/** One line of a recent-task list: the entry, its page and whether it failed (failures are highlighted). */
export interface RecentTask {
  entry: OpLogEntry;
  href: string;
  failed: boolean;
}

/** The first `count` entries of an operation-log page (SCP lists the newest first). */
export function recentTasks(page: Pick<ConsolePage<OpLogEntry>, 'items'>, count = 5): RecentTask[] {
  return page.items.slice(0, count).map((entry) => ({ entry, href: `/tasks/${encodeURIComponent(entry.id)}`, failed: entry.status === 'failure' }));
}
