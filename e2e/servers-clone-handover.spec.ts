import { randomUUID } from 'node:crypto';
import { t } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { ServersApi } from './pages/servers-api';
import { ServerDetailPage } from './pages/servers-detail-page';
import { ServersListPage } from './pages/servers-list-page';
import { TasksTray } from './pages/tasks-tray';

const zh = (key: Parameters<typeof t>[1], values?: Parameters<typeof t>[2]) => t('zh-CN', key, values);
const source = `e2e-clone-src-${randomUUID()}`;
const clone = `e2e-clone-${randomUUID()}`;

/*
 * SCP gives an admin's clone of a tenant's server to the admin (seed
 * 4.11.3.15). The dialog says so, and hands the clone to the tenant
 * (分配云主机) once the clone exists: two tasks in the tray, one flow.
 */
test.describe('an admin clones a tenant’s server and hands the clone to the tenant', () => {
  test.describe.configure({ timeout: 180_000 });
  let sourceId = '';

  test.beforeAll(async ({ browser, sessionCookies, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await context.addCookies(await sessionCookies('acme'));
    const api = new ServersApi(await context.newPage(), baseURL!);
    [sourceId] = await api.create(source, { powerOn: false });
    await api.waitFor(source, ['stopped'], 1);
    await context.close();
  });

  test.afterAll(async ({ browser, sessionCookies, baseURL }) => {
    // Both are acme's by now; an admin's clone left by a failed run is the admin's.
    for (const account of ['acme', 'admin'] as const) {
      const context = await browser.newContext({ baseURL });
      await context.addCookies(await sessionCookies(account));
      const api = new ServersApi(await context.newPage(), baseURL!);
      await api.remove([...(await api.list({ name: clone })), ...(await api.list({ name: source }))].map((s) => s.id));
      await context.close();
    }
  });

  test('the dialog says whose the clone is; clone and allocation both show in the tray; acme then lists the clone', async ({ page, signedInAs, browser, sessionCookies, baseURL }) => {
    await signedInAs('admin');
    const detail = new ServerDetailPage(page);
    await detail.open(sourceId);
    await detail.expectStatus('stopped');
    await detail.action('servers.action.clone').click();
    const dialog = detail.formDialog;
    await expect(dialog.getByTestId('action-form-notice')).toHaveText(zh('servers.clone.notice.admin', { tenant: 'acme' }));
    const handOver = dialog.getByRole('checkbox', { name: zh('servers.clone.field.handOver') });
    await expect(handOver).toBeChecked();
    await dialog.getByRole('textbox', { name: zh('servers.clone.field.name') }).fill(clone);
    await dialog.getByRole('button', { name: zh('servers.action.clone'), exact: true }).click();
    await expect(dialog).toBeHidden();

    const tray = new TasksTray(page);
    await tray.open();
    const cloneTask = tray.panel.getByTestId('tracked-task').filter({ hasText: zh('servers.action.clone') }).filter({ hasText: source });
    await expect(cloneTask).toHaveCount(1);
    await expect(cloneTask).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
    const allocation = tray.panel.getByTestId('tracked-task').filter({ hasText: zh('servers.action.handOver') }).filter({ hasText: clone });
    await expect(allocation).toHaveCount(1, { timeout: 30_000 });
    await expect(allocation).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });

    const acme = await browser.newContext({ baseURL });
    await acme.addCookies(await sessionCookies('acme'));
    const list = new ServersListPage(await acme.newPage());
    await list.open(`name=${clone}`);
    await expect(list.row(clone)).toBeVisible();
    await acme.close();
  });
});
