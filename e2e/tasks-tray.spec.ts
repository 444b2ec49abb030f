import { expect, test } from './fixtures';
import { exactly, setSimulatorFaults, TasksApi, type ListedServer } from './pages/tasks-api';
import { TasksLogPage } from './pages/tasks-log-page';
import { TasksTray, type ProgressSample } from './pages/tasks-tray';
import { expectNoMissingTranslations } from './support/i18n-check';
import { t } from '@/lib/i18n';

/*
 * The task tray. Tasks are started through the console API with the signed-in
 * session, then put in the tray through its UI ("show all running tasks",
 * "Watch"), so these tests do not depend on the servers pages
 * (tasks-servers-page.spec.ts drives those). This spec powers acme's
 * even-numbered seed servers (by name), the tasks-page spec the odd ones, so
 * specs running side by side never touch the same server.
 */

/** acme's powerable servers this spec may use. */
async function ourServers(api: TasksApi): Promise<ListedServer[]> {
  return (await api.powerableServers()).filter((_, i) => i % 2 === 0);
}

/** Two servers in the same state (a batch powers them all one way), and the rest. */
function batchPair(servers: ListedServer[]): { pair: ListedServer[]; rest: ListedServer[] } {
  const status = servers.filter((s) => s.status === 'running').length >= 2 ? 'running' : 'stopped';
  const pair = servers.filter((s) => s.status === status).slice(0, 2);
  expect(pair, 'two servers in one state for the batch').toHaveLength(2);
  return { pair, rest: servers.filter((s) => !pair.includes(s)) };
}

/** The bar went from queued or part-way to full, never backwards, and was seen part-way at least once. */
function expectAdvancedToDone(samples: ProgressSample[], what: string): void {
  const values = samples.filter((s) => s.phase === 'running').map((s) => s.value ?? 0);
  expect(values.length, `${what}: seen running`).toBeGreaterThan(0);
  expect(values.every((v) => v >= 0 && v < 100), `${what}: running values ${values}`).toBe(true);
  expect(values, `${what}: never backwards`).toEqual([...values].sort((a, b) => a - b));
  const phases = [...new Set(samples.map((s) => s.phase))];
  expect(phases.at(-1), `${what}: phases ${phases}`).toBe('done');
  expect(phases.filter((p) => p !== 'queued' && p !== 'running' && p !== 'done'), `${what}: phases ${phases}`).toEqual([]);
  expect(samples.at(-1)!.value).toBe(100);
}

test.describe('task tray', () => {
  test('shows each task advance and finish, sub-tasks included, announces it, and keeps it over a reload', async ({ page, signedInAs, baseURL }) => {
    const shell = await signedInAs('acme');
    const api = new TasksApi(page, baseURL!);
    const tray = new TasksTray(page);
    await shell.goto('/');
    await expect(tray.button).toHaveAccessibleName(t('zh-CN', 'tasks.tray.button', { running: 0 }));

    const { pair, rest } = batchPair(await ourServers(api));
    const singles = rest.slice(0, 3);
    const ids = [];
    for (const server of singles) ids.push(await api.togglePower(server));
    const batchId = await api.batchPower(pair, pair[0].status === 'running' ? 'stop' : 'start');
    ids.push(batchId);

    await tray.watch(ids);
    await expect(tray.count).toHaveText(String(ids.length));
    // The batch's sub-tasks, one per server, each with its own bar.
    await tray.tracked(batchId).locator('summary').click();
    await expect(tray.tracked(batchId).getByTestId('sub-task')).toHaveCount(2);

    const seen = await tray.watchUntilEnded(ids);
    for (const [i, id] of ids.entries()) expectAdvancedToDone(seen.get(id)!, i < singles.length ? singles[i].name : 'batch');
    await expect(tray.tracked(batchId).getByTestId('sub-task').locator('[data-phase="done"]')).toHaveCount(2);
    await expect(tray.tracked(ids[0])).toContainText(singles[0].name);
    await expect(tray.tracked(ids[0]).getByRole('link', { name: singles[0].name })).toHaveAttribute('href', `/servers/${singles[0].id}`);
    await expect(tray.count).toBeHidden();
    await expect(tray.toasts.filter({ hasText: singles[0].name })).toHaveAttribute('data-tone', 'success');
    await expectNoMissingTranslations(page);

    await page.reload();
    await shell.expectShown();
    await tray.open();
    for (const id of ids) await expect(tray.tracked(id)).toHaveAttribute('data-phase', 'done');
  });

  test('shows SCP\'s reason when a task fails', async ({ page, signedInAs, baseURL }) => {
    const shell = await signedInAs('acme');
    const api = new TasksApi(page, baseURL!);
    const tray = new TasksTray(page);
    await shell.goto('/');
    const server = (await ourServers(api)).at(-1)!;
    let taskId: string;
    // The simulator decides a task's fate when it starts, so the fault is on only for this one.
    await setSimulatorFaults({ taskFailMatch: exactly(server.name) });
    try {
      taskId = await api.togglePower(server);
    } finally {
      await setSimulatorFaults({ taskFailMatch: '' });
    }

    await tray.watch([taskId]);
    const seen = await tray.watchUntilEnded([taskId]);
    expect(seen.get(taskId)!.at(-1)!.phase).toBe('failed');
    await expect(tray.reason(taskId)).toContainText('injected failure');
    await expect(tray.reason(taskId)).toContainText(server.name);
    const toast = tray.toasts.filter({ hasText: server.name });
    await expect(toast).toHaveAttribute('data-tone', 'error');
    await expect(toast).toContainText('injected failure');

    const log = new TasksLogPage(page);
    await log.goto('?status=failure');
    await expect(log.row(taskId)).toContainText('injected failure');
    await log.row(taskId).getByRole('link').first().click();
    await expect(log.detail).toHaveAttribute('data-task-id', taskId);
    await expect(log.detail.getByTestId('task-reason')).toContainText(server.name);
  });

  test('never loses a running task: it survives a reload and navigation and still finishes', async ({ page, signedInAs, baseURL }) => {
    const shell = await signedInAs('acme');
    const api = new TasksApi(page, baseURL!);
    const tray = new TasksTray(page);
    await shell.goto('/');
    const server = (await ourServers(api)).at(-2)!;
    const taskId = await api.togglePower(server);
    await tray.watch([taskId]);

    await page.reload();
    await shell.expectShown();
    await expect(tray.button).toHaveAccessibleName(t('zh-CN', 'tasks.tray.button', { running: 1 }));
    await tray.open();
    await expect(tray.tracked(taskId)).toBeVisible();
    await tray.panel.getByRole('link', { name: t('zh-CN', 'tasks.tray.openLog') }).click();
    await expect(page).toHaveURL(/\/tasks$/);
    await tray.open();
    const seen = await tray.watchUntilEnded([taskId]);
    expect(seen.get(taskId)!.at(-1)).toEqual({ phase: 'done', value: 100 });
  });
});
