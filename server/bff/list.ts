import 'server-only';
import { MAX_PAGE_SIZE, type ConsolePage, type ScpListOperationEntry } from '@/lib/scp';
import { collectPages, fetchPage, type CredentialScope, type QueryParams, type ScpClient } from '../scp';
import type { ListConfinement } from './confine';
import type { BffLogger } from './deps';
import { scpOperation } from './operation';

/**
 * At most this many SCP pages (of 100) are read for a list whose tenant scope
 * SCP cannot filter (confined users, images, users, projects, AZs). Beyond it
 * the list is cut and the cut is logged.
 */
export const MAX_SCAN_PAGES = 10;

interface ListCall {
  client: ScpClient;
  /** Path parameters (e.g. the server of a snapshot list). */
  params: Record<string, string>;
  scope: CredentialScope;
  signal?: AbortSignal;
  logger: BffLogger;
  requestId: string;
}

/**
 * One console page of a list operation. Paging and sorting pass through to SCP
 * (1-based page → page_num, pageSize ≤ 100 → page_size, sort, order_by, filters):
 * one SCP page per console page. Only when a confinement must filter items
 * itself is the list read (bounded) and paged here.
 */
export async function listPage(call: ListCall, op: ScpListOperationEntry, query: Record<string, unknown>, confine: ListConfinement = {}): Promise<ConsolePage<unknown>> {
  const { page = 1, pageSize = MAX_PAGE_SIZE, ...filters } = query as { page?: number; pageSize?: number } & Record<string, unknown>;
  const scpQuery = { ...(filters as QueryParams), ...confine.query };
  const operation = scpOperation(op);
  if (!confine.keep) {
    const p = await fetchPage(call.client, operation, { scope: call.scope, params: call.params, query: scpQuery, page, size: pageSize, signal: call.signal });
    return { items: p.items, total: p.total, page: p.page, pageSize: p.size };
  }
  const { items, stop } = await collectPages(
    (pageNum) => call.client.call(operation, { scope: call.scope, params: call.params, query: { ...scpQuery, page_num: pageNum, page_size: MAX_PAGE_SIZE }, signal: call.signal }),
    MAX_SCAN_PAGES,
  );
  if (stop === 'max-pages') call.logger.warn(`${op.name}: list cut after ${MAX_SCAN_PAGES * MAX_PAGE_SIZE} items while filtering for a confined user`, { requestId: call.requestId });
  const kept = (items as Record<string, unknown>[]).filter(confine.keep);
  return { items: kept.slice((page - 1) * pageSize, page * pageSize), total: kept.length, page, pageSize };
}
