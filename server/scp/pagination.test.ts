import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RunningSimulator } from '../simulator/server';
import { ScpClient } from './client';
import { collectPages, fetchPage, listAll, listPageSchema, type ScpListPage } from './pagination';
import { ADMIN, ACME, createOpLog, ec2, listTasks, recordingLogger, startTestSim, testSettings } from './testing';

const page = (n: number, next: string | undefined, items = [n]): ScpListPage<number> =>
  ({ total_size: 99, page_num: n, page_size: items.length, next_page_num: next, data: items });

describe('collectPages', () => {
  it('follows next_page_num until ""', async () => {
    const r = await collectPages(async (n) => page(n, n < 2 ? String(n + 1) : ''));
    expect(r).toEqual({ items: [0, 1, 2], stop: 'last-page' });
  });

  it('stops on a repeated page instead of looping forever', async () => {
    const asked: number[] = [];
    const r = await collectPages(async (n) => (asked.push(n), page(n, n === 0 ? '1' : '0')));
    expect(r).toEqual({ items: [0, 1], stop: 'repeated-page' });
    expect(asked).toEqual([0, 1]);
  });

  it('stops when next_page_num is absent or not a number, and on an empty page', async () => {
    expect((await collectPages(async (n) => page(n, undefined))).stop).toBe('absent-next');
    expect((await collectPages(async (n) => page(n, 'next'))).stop).toBe('absent-next');
    expect((await collectPages(async (n) => page(n, String(n + 1), []))).stop).toBe('empty-page');
  });

  it('stops after maxPages', async () => {
    const r = await collectPages(async (n) => page(n, String(n + 1)), 5);
    expect(r).toEqual({ items: [0, 1, 2, 3, 4], stop: 'max-pages' });
  });
});

describe('listPageSchema', () => {
  it('accepts the documented drift: numeric next page, bare arrays', () => {
    const schema = listPageSchema(z.object({ id: z.string() }));
    expect(schema.parse({ total_size: 1, page_num: 0, page_size: 100, next_page_num: 1, data: [{ id: 'a' }] }).next_page_num).toBe('1');
    expect(schema.parse([{ id: 'a' }])).toMatchObject({ data: [{ id: 'a' }], next_page_num: '' });
  });
});

describe('against the simulator', () => {
  let running: RunningSimulator;
  let client: ScpClient;
  beforeAll(async () => {
    running = await startTestSim();
    client = new ScpClient(testSettings(running.url), { logger: recordingLogger() });
    for (let i = 0; i < 12; i++) {
      await client.call(createOpLog, { scope: ec2(ADMIN), body: { task: { action: 'audit', object_name: `page-test-${i}` } } });
    }
  });
  afterAll(async () => {
    await client.close();
    await running.close();
  });

  it('collects every page of GET /janus/20180725/tasks', async () => {
    const first = await client.call(listTasks, { scope: ec2(ADMIN), query: { page_size: 100 } });
    expect(first.total_size).toBeGreaterThan(12);
    const before = running.sim.stats.byRoute['GET /janus/20180725/tasks'] ?? 0;
    const all = await listAll(client, listTasks, { scope: ec2(ADMIN), pageSize: 4 });
    expect(all).toHaveLength(first.total_size);
    expect(new Set(all.map((t) => t.id)).size).toBe(first.total_size);
    expect(running.sim.stats.byRoute['GET /janus/20180725/tasks'] - before).toBe(Math.ceil(first.total_size / 4));
  });

  it('maps the console\'s 1-based page and size to page_num and page_size', async () => {
    const all = await listAll(client, listTasks, { scope: ec2(ADMIN) });
    const second = await fetchPage(client, listTasks, { scope: ec2(ADMIN), page: 2, size: 5 });
    expect(second).toMatchObject({ page: 2, size: 5, total: all.length, hasNext: all.length > 10 });
    expect(second.items.map((t) => t.id)).toEqual(all.slice(5, 10).map((t) => t.id));
    expect((await fetchPage(client, listTasks, { scope: ec2(ADMIN), page: 1, size: 500 })).size).toBe(100);
  });

  it('keeps each caller\'s visibility: a tenant sees its own tasks only', async () => {
    const admin = await listAll(client, listTasks, { scope: ec2(ADMIN) });
    const acme = await listAll(client, listTasks, { scope: ec2(ACME) });
    expect(acme.length).toBeLessThan(admin.length);
  });
});
