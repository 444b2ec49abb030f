import { expect, test } from './fixtures';
import { TasksApi, type ListedServer } from './pages/tasks-api';
import { TasksLogPage } from './pages/tasks-log-page';
import { TasksTray } from './pages/tasks-tray';
import { expectNoMissingTranslations } from './support/i18n-check';

/*
 * The operation log (/tasks) and a task's page. Tasks are started through the
 * console API (the servers pages have no power buttons yet) on acme's
 * odd-numbered powerable servers; the tray spec uses the even ones.
 */

async function ourServers(api: TasksApi): Promise<ListedServer[]> {
  return (await api.powerableServers()).filter((_, i) => i % 2 === 1);
}

/** Each row's status and progress every 100 ms until all are terminal: what the user saw, without reloading. */
async function watchRows(log: TasksLogPage, ids: string[]): Promise<Map<string, { status: string; value: number | null }[]>> {
  const seen = new Map(ids.map((id) => [id, [] as { status: string; value: number | null }[]]));
  const deadline = Date.now() + 30_000;
  for (;;) {
    for (const id of ids) {
      const row = log.row(id);
      const [status, value] = await Promise.all([row.getAttribute('data-status'), row.getByRole('progressbar').getAttribute('aria-valuenow')]);
      seen.get(id)!.push({ status: status ?? '', value: value === null ? null : Number(value) });
    }
    if (ids.every((id) => ['finish', 'failure'].includes(seen.get(id)!.at(-1)!.status)) || Date.now() > deadline) return seen;
    await log.page.waitForTimeout(100);
  }
}

test.describe('operation log', () => {
  test('rows advance and finish by themselves; a batch task\'s page shows each sub-task', async ({ page, signedInAs, baseURL }) => {
    const shell = await signedInAs('acme');
    const api = new TasksApi(page, baseURL!);
    const log = new TasksLogPage(page);
    await shell.goto('/');
    const servers = await ourServers(api);
    const status = servers.filter((s) => s.status === 'running').length >= 2 ? 'running' : 'stopped';
    const pair = servers.filter((s) => s.status === status).slice(0, 2);
    const single = servers.find((s) => !pair.includes(s))!;
    const singleId = await api.togglePower(single);
    const batchId = await api.batchPower(pair, status === 'running' ? 'stop' : 'start');

    // Also watched in the tray, whose end-of-task refresh reaches this list at once.
    await new TasksTray(page).watch([singleId]);
    await log.goto();
    await expect(log.row(singleId)).toContainText(single.name);
    const seen = await watchRows(log, [singleId, batchId]);
    for (const id of [singleId, batchId]) {
      const samples = seen.get(id)!;
      expect(samples.at(-1)).toEqual({ status: 'finish', value: 100 });
      expect(samples.some((s) => s.status === 'doing' && s.value !== null && s.value < 100), `${id} seen running: ${JSON.stringify(samples)}`).toBe(true);
    }
    await expectNoMissingTranslations(page);

    await log.row(batchId).getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/tasks/${batchId}$`));
    await expect(log.detail).toHaveAttribute('data-status', 'finish');
    await expect(log.detailSubTasks).toHaveCount(2);
    for (const server of pair) await expect(log.detail.getByTestId('sub-tasks')).toContainText(server.id);
    await expect(log.detailSubTasks.getByRole('progressbar')).toHaveCount(2);
    for (const bar of await log.detailSubTasks.getByRole('progressbar').all()) await expect(bar).toHaveAttribute('aria-valuenow', '100');
    await expectNoMissingTranslations(page);
  });

  test('keeps filters and the page in the URL: links reproduce the view, back returns to the last one', async ({ page, signedInAs, baseURL }) => {
    const shell = await signedInAs('admin');
    const api = new TasksApi(page, baseURL!);
    const log = new TasksLogPage(page);
    await shell.goto('/');
    // Eleven entries at least, so that a page of ten has a second page (globex's servers: no other spec powers them).
    const servers = (await api.powerableServers('globex-')).slice(0, 11);
    expect(servers).toHaveLength(11);
    const started = await Promise.all(servers.map((s) => api.togglePower(s)));

    await log.goto();
    await log.select('tasks.filter.objectType').selectOption('云主机');
    await log.apply();
    await expect.poll(() => log.params().get('objectType')).toBe('云主机');
    await log.settled();
    await log.pageSize.selectOption('10');
    await expect.poll(() => log.params().get('pageSize')).toBe('10');
    await log.settled();
    await expect(log.rows).toHaveCount(10);
    await expect(log.row(started.at(-1)!)).toBeVisible();
    const firstOfPage1 = (await log.rows.first().getAttribute('data-task-id'))!;
    await log.next.click();
    await expect.poll(() => log.params().get('page')).toBe('2');
    await log.settled();
    await expect(log.rows.first()).not.toHaveAttribute('data-task-id', firstOfPage1);
    const page2 = page.url();
    const page2Ids = await log.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-task-id')));

    await page.goBack();
    await expect.poll(() => log.params().get('page')).toBeNull();
    await log.settled();
    await expect(log.rows.first()).toHaveAttribute('data-task-id', firstOfPage1);
    await expect(log.select('tasks.filter.objectType')).toHaveValue('云主机');

    await page.goto(page2);
    await expect.poll(() => log.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-task-id')))).toEqual(page2Ids);
    await expect(log.pageSize).toHaveValue('10');

    await log.select('tasks.filter.status').selectOption('finish');
    await log.apply();
    await expect.poll(() => log.params().get('status')).toBe('finish');
    await log.settled();
    expect(log.params().get('page')).toBeNull();
    await expect(log.rows.first()).toBeVisible();
    await expect.poll(() => log.rows.evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute('data-status')))])).toEqual(['finish']);

    await log.input('tasks.filter.from').fill('2099-01-01T00:00:00');
    await log.apply();
    await expect.poll(() => log.params().get('from')).toBe('2099-01-01 00:00:00');
    await log.settled();
    await expect(page.getByTestId('op-log-empty')).toBeVisible();
  });

  test('lets an admin filter by tenant', async ({ page, signedInAs }) => {
    await signedInAs('admin');
    const log = new TasksLogPage(page);
    await log.goto();
    const tenant = log.select('tasks.filter.tenant');
    await expect(tenant.locator('option', { hasText: 'acme' })).toHaveCount(1);
    await tenant.selectOption({ label: 'acme' });
    await log.apply();
    await expect.poll(() => log.params().get('projectId')).toMatch(/^[0-9a-f]{32}$/);
    await log.settled();
    await expect(log.rows.first()).toBeVisible();
    const total = async () => Number((await log.summary.textContent())!.match(/(\d+)\D*$/)![1]);
    const acme = await total();
    await page.goBack();
    await expect.poll(() => log.params().get('projectId')).toBeNull();
    await log.settled();
    await expect.poll(total).toBeGreaterThan(acme);
    await expectNoMissingTranslations(page);
  });
});
