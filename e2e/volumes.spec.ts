import { randomUUID } from 'node:crypto';
import { t } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { ServerDetailPage } from './pages/servers-detail-page';
import { ServersApi } from './pages/servers-api';
import { TasksTray } from './pages/tasks-tray';
import { VolumesPage } from './pages/volumes-page';
import { expectNoMissingTranslations } from './support/i18n-check';

const zh = (key: Parameters<typeof t>[1], values?: Parameters<typeof t>[2]) => t('zh-CN', key, values);
const POOL = '广州-资源池1';
/** A stopped server of the platform in POOL, to attach to. */
const serverName = `e2e-vol-${randomUUID()}`;
let serverId = '';

test.describe('shared disks', () => {
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async ({ browser, sessionCookies, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await context.addCookies(await sessionCookies('admin'));
    const api = new ServersApi(await context.newPage(), baseURL!);
    const az = (await api.azs()).find((a) => a.name === POOL)!;
    [serverId] = await api.create(serverName, { azId: az.id });
    await api.waitFor(serverName, ['stopped'], 1);
    await context.close();
  });

  test.afterAll(async ({ browser, sessionCookies, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await context.addCookies(await sessionCookies('admin'));
    if (serverId) await new ServersApi(await context.newPage(), baseURL!).purge([serverId]);
    await context.close();
  });

  test('a tenant admin finds no shared-disk page: the navigation leaves it out and the page says it is not permitted', async ({ page, signedInAs }) => {
    const shell = await signedInAs('acme');
    await shell.goto('/servers');
    await expect(shell.navLink('nav.volumes')).toHaveCount(0);
    await shell.goto('/volumes');
    await expect(page.getByTestId('not-permitted')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  });

  test('an admin creates a shared disk, reads it, deletes it to the recycle bin and then for good', async ({ page, signedInAs }) => {
    await signedInAs('admin');
    const list = new VolumesPage(page);
    await list.open('pageSize=100');
    const name = `e2e-vol-${randomUUID().slice(0, 8)}`;

    // Bad input is refused in the form, naming the bound; what was typed stays.
    await list.createButton.click();
    const dialog = list.createDialog;
    await list.fillCreate(name, POOL, '70000');
    const size = list.field(dialog, 'volumes.field.size');
    await list.submitCreate();
    await expect(dialog.getByTestId('field-error')).toContainText('64512');
    await expect(size).toHaveValue('70000');
    await expect(list.field(dialog, 'volumes.field.name')).toHaveValue(name);

    // The storage choices are the pool's VS storages; left out, SCP picks one.
    await expect(list.field(dialog, 'volumes.field.storage').locator('option')).not.toHaveCount(1);
    await size.fill('10');
    await list.submitCreate();
    await expect(dialog).toBeHidden();
    const tray = new TasksTray(page);
    await tray.open();
    await expect(tray.panel.getByTestId('tracked-task').filter({ hasText: zh('volumes.create.button') }).filter({ hasText: name })).toBeVisible();
    await tray.close();
    await list.expectStatus(name, 'available');
    await expect(list.cell(name, 'size')).toHaveText('10 GB');
    await expect(list.cell(name, 'az')).toHaveText(POOL);
    await expect(list.cell(name, 'storage')).not.toHaveText(zh('format.empty'));
    await expect(list.cell(name, 'servers')).toHaveText(zh('format.empty'));

    // Its detail page, from the name's link.
    await list.row(name).getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(/\/volumes\/[0-9a-f-]{36}$/);
    await expect(list.heading).toHaveText(name);
    await expect(list.detail('size')).toHaveText('10 GB');
    await expect(list.detail('az')).toHaveText(POOL);
    await expectNoMissingTranslations(page);

    // Delete to the recycle bin: the dialog says the quota stays in use.
    await list.detailAction('delete').click();
    await expect(list.confirmDialog).toContainText(zh('volumes.confirm.delete.body', { name }));
    await list.confirm('volumes.action.delete');
    await expect(page.getByTestId('resource-detail').locator('header').getByTestId('status-badge')).toHaveAttribute('data-status', 'deleted', { timeout: 45_000 });
    await expect(list.detailAction('delete')).toHaveAttribute('aria-disabled', 'true');

    // Then for good: the dialog says the quota is released, and the page then says it is gone.
    await list.detailAction('purge').click();
    await expect(list.confirmDialog).toContainText(zh('volumes.confirm.purge.body', { name }));
    await list.confirm('volumes.action.purge');
    await expect(page.getByTestId('resource-not-found')).toBeVisible({ timeout: 45_000 });
    await list.open('pageSize=100');
    await expect(list.row(name)).toHaveCount(0);
  });

  test('an admin attaches a shared disk to a server through its disks, and cannot delete it while attached', async ({ page, signedInAs }) => {
    await signedInAs('admin');
    const list = new VolumesPage(page);
    await list.open('pageSize=100');
    const name = `e2e-att-${randomUUID().slice(0, 8)}`;
    await list.createButton.click();
    await list.fillCreate(name, POOL, '5');
    await list.submitCreate();
    await expect(list.createDialog).toBeHidden();
    await list.expectStatus(name, 'available');

    // Attach: the server edit names the volume as a share_disk on the next free slot.
    await (await list.rowAction(list.row(name), name, 'volumes.action.attach')).click();
    await list.field(list.formDialog, 'volumes.field.server').selectOption({ label: serverName });
    const edit = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith(`/api/servers/${serverId}`));
    await list.formDialog.getByRole('button', { name: zh('volumes.action.attach'), exact: true }).click();
    const body = (await edit).postDataJSON();
    expect(body.disks.at(-1)).toMatchObject({ id: 'ide1', type: 'share_disk', size_mb: 5 * 1024 });
    await expect(list.formDialog).toBeHidden();
    await expect(list.cell(name, 'servers')).toHaveText(serverName, { timeout: 45_000 });

    // Delete is refused while attached, saying where.
    const remove = await list.rowAction(list.row(name), name, 'volumes.action.delete');
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(remove).toHaveAttribute('title', zh('volumes.reason.attached', { servers: serverName }));
    await page.keyboard.press('Escape');

    // The server shows it among its disks; detaching it there frees the disk to be deleted.
    const server = new ServerDetailPage(page);
    await server.open(serverId);
    await expect(server.deviceRow('disks', 'ide1')).toContainText('5 GB');
    await server.deviceAction('disks').click();
    await server.disksDialog.locator('[data-disk="ide1"]').getByTestId('disk-remove').click();
    await server.disksDialog.getByRole('button', { name: zh('servers.edit.submit') }).click();
    await expect(server.disksDialog).toBeHidden();
    await expect(server.deviceRow('disks', 'ide1')).toHaveCount(0, { timeout: 45_000 });

    await list.open('pageSize=100');
    await expect(list.cell(name, 'servers')).toHaveText(zh('format.empty'));
    await (await list.rowAction(list.row(name), name, 'volumes.action.purge')).click();
    await list.confirm('volumes.action.purge');
    await expect(list.row(name)).toHaveCount(0, { timeout: 45_000 });
  });
});
