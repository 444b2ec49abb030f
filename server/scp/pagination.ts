import 'server-only';
import { z } from 'zod';
import type { ScpClient } from './client';
import type { CallInput, ScpOperation } from './operation';

/*
 * The list-page shape and its schema are declared once, in lib/scp, where the
 * operation registry uses them too; the client re-exports them under its names.
 */
import { MAX_PAGE_SIZE, scpListPage as listPageSchema, type ScpListPage } from '@/lib/scp/schemas/list-page';

export { listPageSchema, MAX_PAGE_SIZE, type ScpListPage };

/** Why collecting stopped: the last page, or a page SCP pointed at badly (absent, repeated, empty). */
export type StopReason = 'last-page' | 'absent-next' | 'repeated-page' | 'empty-page' | 'max-pages';

/**
 * Follows `next_page_num` from page 0 and collects every item. It can never loop:
 * it stops on `""`, on an absent or unparsable next page, on a page it has
 * already fetched, on an empty page, and after `maxPages`.
 */
export async function collectPages<T>(fetchPage: (pageNum: number) => Promise<ScpListPage<T>>, maxPages = 1000): Promise<{ items: T[]; stop: StopReason }> {
  const items: T[] = [];
  const seen = new Set<number>();
  for (let pageNum = 0; ; ) {
    seen.add(pageNum);
    const page = await fetchPage(pageNum);
    items.push(...page.data);
    const next = page.next_page_num;
    if (next === '') return { items, stop: 'last-page' };
    if (next === undefined || !/^\d+$/.test(next.trim())) return { items, stop: 'absent-next' };
    if (page.data.length === 0) return { items, stop: 'empty-page' };
    if (seen.has(Number(next))) return { items, stop: 'repeated-page' };
    if (seen.size >= maxPages) return { items, stop: 'max-pages' };
    pageNum = Number(next);
  }
}

/** Every item of a list operation, fetched `pageSize` (≤ 100) at a time. */
export async function listAll<T>(client: ScpClient, op: ScpOperation<ScpListPage<T>>, input: CallInput & { pageSize?: number }): Promise<T[]> {
  const { pageSize = MAX_PAGE_SIZE, ...call } = input;
  const size = Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE);
  const { items } = await collectPages((pageNum) => client.call(op, { ...call, query: { ...call.query, page_num: pageNum, page_size: size } }));
  return items;
}

/** One page as the console shows it: `page` counts from 1. */
export interface ConsolePage<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
  hasNext: boolean;
}

/**
 * One page for the console: its 1-based `page` and `size` become SCP's 0-based
 * `page_num` and `page_size` (clamped to 1..100, and reported back as used).
 */
export async function fetchPage<T>(client: ScpClient, op: ScpOperation<ScpListPage<T>>, input: CallInput & { page: number; size: number }): Promise<ConsolePage<T>> {
  const { page, size, ...call } = input;
  const pageSize = Math.min(Math.max(1, Math.floor(size)), MAX_PAGE_SIZE);
  const pageNum = Math.max(1, Math.floor(page)) - 1;
  const res = await client.call(op, { ...call, query: { ...call.query, page_num: pageNum, page_size: pageSize } });
  const next = res.next_page_num;
  return { items: res.data, total: res.total_size, page: pageNum + 1, size: pageSize, hasNext: !!next && /^\d+$/.test(next) && Number(next) > pageNum };
}
