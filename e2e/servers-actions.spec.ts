import { randomUUID } from 'node:crypto';
import { t } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { ServersApi } from './pages/servers-api';
import { ServerDetailPage } from './pages/servers-detail-page';
import { ServersListPage } from './pages/servers-list-page';
import { TasksTray } from './pages/tasks-tray';

const zh = (key: Parameters<typeof t>[1], values?: Parameters<typeof t>[2]) => t('zh-CN', key, values);
/**
 * Three running servers (…-1, -2, -3) for power actions, two stopped ones for snapshots, edit, delete and
 * restore; the stopped ones in the demo's HCI 6.2.0 pool, where a server keeps at most 7 snapshots.
 */
const running = `e2e-server-${randomUUID()}`;
const stopped = `e2e-server-${randomUUID()}`;

test.describe('server actions', () => {
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async ({ browser, sessionCookies, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await context.addCookies(await sessionCookies('acme'));
    const api = new ServersApi(await context.newPage(), baseURL!);
    await api.create(running, { count: 3, powerOn: true });
    const oldHci = (await api.azs()).find((az) => az.type === 'hci' && az.version === '6.2.0');
    if (!oldHci) throw new Error('the demo seed has no HCI 6.2.0 pool');
    await api.create(stopped, { count: 2, powerOn: false, azId: oldHci.id });
    await api.waitFor(running, ['running'], 3);
    await api.waitFor(stopped, ['stopped'], 2);
    await context.close();
  });

  test.afterAll(async ({ browser, sessionCookies, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await context.addCookies(await sessionCookies('acme'));
    const api = new ServersApi(await context.newPage(), baseURL!);
    for (const name of [running, stopped]) {
      const all = [...(await api.list({ name })), ...(await api.list({ name, status: 'deleted' }))];
      await api.waitFor(name, ['running', 'stopped', 'suspend', 'error'], (await api.list({ name })).length);
      await api.purge(all.map((s) => s.id));
    }
    await context.close();
  });

  test('stop, start and reboot from the list; a refused action says why', async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const list = new ServersListPage(page);
    const name = `${running}-1`;
    await list.open(`name=${running}`);
    await list.expectStatus(name, 'running');

    const start = await list.rowAction(name, 'servers.action.start');
    await expect(start).toHaveAttribute('aria-disabled', 'true');
    await expect(start).toHaveAttribute('title', zh('servers.reason.start'));
    await page.keyboard.press('Escape');

    await (await list.rowAction(name, 'servers.action.stop')).click();
    await expect(list.confirmDialog).toContainText(zh('servers.confirm.stop.body', { name }));
    await list.confirm('servers.action.stop');
    await expect(list.row(name).getByTestId('task-progress')).toBeVisible();
    await list.expectStatus(name, 'stopped', 45_000);
    await expect(list.row(name).getByTestId('task-progress')).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });

    await (await list.rowAction(name, 'servers.action.start')).click();
    await list.expectStatus(name, 'running', 45_000);

    await (await list.rowAction(name, 'servers.action.reboot')).click();
    await list.confirm('servers.action.reboot');
    await expect(list.status(name)).toHaveAttribute('data-status', /resetting|running/);
    // Running again once the reboot's task is done: before that, a still-running row may turn resetting at its next poll.
    await expect(list.row(name).getByTestId('task-progress')).toHaveAttribute('data-phase', 'done', { timeout: 45_000 });
    await list.expectStatus(name, 'running', 45_000);
  });

  test('bulk-stop three servers in one request; the batch task is found in the op log and reaches done in the tray', async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const list = new ServersListPage(page);
    const logReads: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (req.method() === 'GET' && url.pathname === '/api/tasks' && url.searchParams.has('begin_time')) logReads.push(url.search);
    });
    await list.open(`name=${running}`);
    for (const i of [1, 2, 3]) await list.expectStatus(`${running}-${i}`, 'running', 45_000);
    await page.getByRole('checkbox', { name: zh('resource.select.page') }).check();
    await expect(page.getByTestId('bulk-count')).toHaveText(zh('resource.bulk.selected', { count: 3 }));
    // Start is refused for the lot, naming one server and why.
    await expect(list.bulkButton('servers.action.start')).toHaveAttribute('aria-disabled', 'true');
    await expect(list.bulkButton('servers.action.start')).toHaveAttribute('title', new RegExp(zh('servers.reason.start')));
    const batch = page.waitForRequest((req) => req.method() === 'POST' && new URL(req.url()).pathname === '/api/servers/action');
    await list.bulkButton('servers.action.stop').click();
    await list.confirm('servers.action.stop');
    expect((await batch).postDataJSON()).toMatchObject({ action: 'stop' });
    await expect(page.getByTestId('bulk-bar')).toHaveCount(0);

    // SCP answers 204 without a task id: the console finds the batch's task and tracks it, sub-tasks and all.
    const tray = new TasksTray(page);
    await tray.open();
    const task = tray.panel.getByTestId('tracked-task').filter({ hasText: zh('servers.action.stop') }).filter({ hasText: `${running}-1` });
    await expect(task).toHaveAttribute('data-phase', 'done', { timeout: 45_000 });
    await expect(task).toContainText(zh('tasks.tray.showSubTasks', { done: 3, total: 3 }));
    // One op-log read per live status, whatever the selection's size.
    expect(logReads.length).toBeGreaterThanOrEqual(1);
    expect(logReads.length).toBeLessThanOrEqual(2);
    await tray.close();
    for (const i of [1, 2, 3]) await list.expectStatus(`${running}-${i}`, 'stopped', 45_000);
  });

  test('snapshots: take one (the limit of 7 of an HCI 6.2.0 pool shown), recover to it, delete it', async ({ page, signedInAs, baseURL }) => {
    await signedInAs('acme');
    const detail = new ServerDetailPage(page);
    await detail.goto('/servers');
    const [server] = await new ServersApi(page, baseURL!).list({ name: `${stopped}-1` });
    await detail.open(server.id, 'snapshots');
    await expect(detail.snapshotCount).toHaveText(zh('servers.snapshot.count', { count: 0, max: 7 }));
    await page.getByTestId('snapshot-create').click();
    await detail.formDialog.getByLabel(zh('servers.snapshot.field.name')).fill('current');
    await detail.formDialog.getByRole('button', { name: zh('servers.snapshot.action.create') }).click();
    await expect(detail.formDialog.getByTestId('field-error')).toContainText('reserved');
    await detail.formDialog.getByLabel(zh('servers.snapshot.field.name')).fill('before-upgrade');
    await detail.formDialog.getByRole('button', { name: zh('servers.snapshot.action.create') }).click();
    await expect(detail.formDialog).toBeHidden();
    await expect(detail.snapshotRow('before-upgrade').getByTestId('status-badge')).toHaveAttribute('data-status', 'normal', { timeout: 45_000 });
    await expect(detail.snapshotCount).toHaveText(zh('servers.snapshot.count', { count: 1, max: 7 }));

    await detail.snapshotAction('before-upgrade', 'servers.snapshot.action.recover');
    await detail.confirm('servers.snapshot.action.recover');
    await detail.expectTaskDone();
    await detail.expectStatus('stopped');

    await detail.snapshotAction('before-upgrade', 'servers.snapshot.action.delete');
    await detail.confirm('servers.snapshot.action.delete');
    await expect(detail.snapshotRow('before-upgrade')).toHaveCount(0, { timeout: 45_000 });
    await expect(detail.snapshotCount).toHaveText(zh('servers.snapshot.count', { count: 0, max: 7 }));
  });

  test('edit cores and memory of a stopped server; a running one without hot-plug is refused in words', async ({ page, signedInAs, baseURL }) => {
    await signedInAs('acme');
    const detail = new ServerDetailPage(page);
    await detail.goto('/servers');
    const api = new ServersApi(page, baseURL!);
    const [server] = await api.list({ name: `${stopped}-1` });
    await detail.open(server.id);
    await detail.expectStatus('stopped');
    await detail.action('servers.action.edit').click();
    const dialog = detail.editDialog;
    await dialog.getByLabel(zh('servers.field.sockets')).fill('2');
    await dialog.getByLabel(zh('servers.field.coresPerSocket')).fill('2');
    await dialog.getByLabel(zh('servers.field.memory')).fill('2');
    await expect(dialog.getByTestId('edit-total-cores')).toHaveText(zh('servers.edit.total', { cores: 4 }));
    await expect(dialog.getByTestId('quota-panel').locator('[data-quota="compute/cores"]')).toContainText('3');
    await dialog.getByRole('button', { name: zh('servers.edit.submit') }).click();
    await expect(dialog).toBeHidden();
    await detail.expectTaskDone();
    await expect(detail.detail('cpu')).toHaveText(zh('servers.detail.cpu', { cores: 4, sockets: 2, perSocket: 2 }));
    await expect(detail.detail('memory')).toHaveText('2 GB');

    const [busy] = await api.waitFor(`${running}-2`, ['stopped', 'running'], 1);
    if (busy.status !== 'running') await page.request.post(`/api/servers/${busy.id}/start`, { headers: { origin: new URL(baseURL!).origin } });
    await detail.open(busy.id);
    await detail.expectStatus('running', 45_000);
    await detail.action('servers.action.edit').click();
    await detail.editDialog.getByLabel(zh('servers.field.memory')).fill('4');
    await expect(detail.editDialog.getByTestId('resize-refused')).toHaveText(zh('servers.reason.resizeMemoryHotplug'));
    const puts: string[] = [];
    page.on('request', (req) => req.method() === 'PUT' && puts.push(req.url()));
    await detail.editDialog.getByRole('button', { name: zh('servers.edit.submit') }).click();
    await expect(detail.editDialog).toBeVisible();
    await expect(detail.editDialog.getByLabel(zh('servers.field.memory'))).toHaveValue('4');
    expect(puts).toEqual([]);
  });

  test('reset the password and open the remote console of a running server', async ({ page, signedInAs, baseURL }) => {
    await signedInAs('acme');
    const detail = new ServerDetailPage(page);
    await detail.goto('/servers');
    const [server] = await new ServersApi(page, baseURL!).list({ name: `${running}-3` });
    await page.request.post(`/api/servers/${server.id}/start`, { headers: { origin: new URL(baseURL!).origin } });
    await detail.open(server.id);
    await detail.expectStatus('running', 45_000);

    await detail.action('servers.action.resetPassword').click();
    await detail.formDialog.getByLabel(zh('servers.password.field'), { exact: true }).fill('N3w-Passw0rd!');
    await detail.formDialog.getByLabel(zh('servers.password.confirm')).fill('N3w-Passw0rd?');
    await detail.formDialog.getByRole('button', { name: zh('servers.action.resetPassword') }).click();
    await expect(detail.formDialog.getByTestId('field-error')).toHaveText(zh('servers.password.mismatch'));
    await detail.formDialog.getByLabel(zh('servers.password.confirm')).fill('N3w-Passw0rd!');
    const sent = page.waitForRequest((req) => req.url().endsWith(`/api/servers/${server.id}/server-password`));
    await detail.formDialog.getByRole('button', { name: zh('servers.action.resetPassword') }).click();
    // The browser sends it plain to its own console, which encrypts it for SCP.
    expect((await sent).postDataJSON()).toEqual({ password: 'N3w-Passw0rd!' });
    await expect(detail.formDialog).toBeHidden();
    await detail.expectTaskDone();

    // The URL points at SCP's own noVNC page (nothing serves it here): the new tab asks for it.
    const opened = page.context().waitForEvent('request', (req) => req.url().includes('/open-vnc-console?token_id='));
    await page.getByTestId('server-console').click();
    await expect(page.getByTestId('console-link')).toHaveAttribute('href', /open-vnc-console\?token_id=/);
    expect((await opened).isNavigationRequest()).toBe(true);
  });

  test('admin deletes a server to the recycle bin and restores it; acme may not restore', async ({ page, signedInAs, baseURL }) => {
    const name = `${stopped}-2`;
    await signedInAs('admin');
    const detail = new ServerDetailPage(page);
    await detail.goto('/servers');
    const [server] = await new ServersApi(page, baseURL!).list({ name });
    await detail.open(server.id);
    await detail.action('servers.action.delete').click();
    await expect(detail.confirmDialog).toContainText(zh('servers.confirm.delete.body', { name }));
    await detail.confirm('servers.action.delete');
    await detail.expectStatus('deleted', 45_000);

    const list = new ServersListPage(page);
    await list.open(`status=deleted&name=${name}`);
    await list.expectStatus(name, 'deleted');

    await page.context().clearCookies();
    await signedInAs('acme');
    await detail.open(server.id);
    await detail.expectStatus('deleted');
    await expect(detail.action('servers.action.restore')).toHaveAttribute('aria-disabled', 'true');
    await expect(detail.action('servers.action.restore')).toHaveAttribute('title', zh('servers.reason.adminOnly'));

    await page.context().clearCookies();
    await signedInAs('admin');
    await detail.open(server.id);
    await detail.action('servers.action.restore').click();
    await expect(detail.status).toHaveAttribute('data-status', /recovery|stopped/);
    await detail.expectStatus('stopped', 45_000);
  });
});
