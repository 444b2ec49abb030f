import { randomUUID } from 'node:crypto';
import { t } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { ServersApi } from './pages/servers-api';
import { ServerDetailPage } from './pages/servers-detail-page';
import { ServersListPage } from './pages/servers-list-page';
import { TasksTray } from './pages/tasks-tray';

const zh = (key: Parameters<typeof t>[1], values?: Parameters<typeof t>[2]) => t('zh-CN', key, values);
/** One stopped server without NICs: cloned, then its disks grown and added to, then a NIC added, then both removed. */
const source = `e2e-server-${randomUUID()}`;
const clone = `e2e-clone-${randomUUID()}`;

test.describe('server clone, disks and NICs', () => {
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async ({ browser, sessionCookies, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await context.addCookies(await sessionCookies('acme'));
    const api = new ServersApi(await context.newPage(), baseURL!);
    await api.create(source, { powerOn: false });
    await api.waitFor(source, ['stopped'], 1);
    await context.close();
  });

  test.afterAll(async ({ browser, sessionCookies, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await context.addCookies(await sessionCookies('acme'));
    const api = new ServersApi(await context.newPage(), baseURL!);
    for (const name of [source, clone]) {
      const settled = await api.list({ name });
      await api.waitFor(name, ['running', 'stopped', 'suspend', 'error'], settled.length);
      await api.purge(settled.map((s) => s.id));
    }
    await context.close();
  });

  test('clone from the list: the form checks what SCP would, the tray follows the task, the clone shows in the list', async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const list = new ServersListPage(page);
    await list.open(`name=${source}`);
    await (await list.rowAction(source, 'servers.action.clone')).click();
    const dialog = page.getByTestId('action-form-dialog');
    const name = dialog.getByLabel(zh('servers.clone.field.name'));
    const submit = dialog.getByRole('button', { name: zh('servers.action.clone'), exact: true });
    await name.fill('x'.repeat(71));
    await dialog.getByLabel(zh('servers.clone.field.count')).fill('21');
    await submit.click();
    await expect(dialog.getByTestId('field-error')).toHaveText([
      zh('forms.error.invalid', { detail: 'must be at most 70 characters' }),
      zh('forms.error.range', { min: 1, max: 20 }),
    ]);
    await expect(name).toHaveValue('x'.repeat(71));

    await name.fill(clone);
    await dialog.getByLabel(zh('servers.clone.field.count')).fill('1');
    const sent = page.waitForRequest((req) => req.method() === 'POST' && req.url().endsWith('/clone'));
    await submit.click();
    const request = await sent;
    expect(request.postDataJSON()).toMatchObject({ name: clone, count: 1, power_on: 0 });
    expect(request.headers()['x-client-token']).toMatch(/^[0-9a-f-]{36}$/);
    await expect(dialog).toBeHidden();

    const tray = new TasksTray(page);
    await tray.open();
    const task = tray.panel.getByTestId('tracked-task').filter({ hasText: zh('servers.action.clone') }).filter({ hasText: source });
    await expect(task).toHaveAttribute('data-phase', 'done', { timeout: 45_000 });
    await tray.close();
    await list.open(`name=${clone}`);
    await list.expectStatus(clone, 'stopped');
  });

  test('grow the system disk and add a data disk on a stopped server; shrinking is refused in words', async ({ page, signedInAs, baseURL }) => {
    await signedInAs('acme');
    const [server] = await new ServersApi(page, baseURL!).list({ name: source });
    const detail = new ServerDetailPage(page);
    await detail.open(server.id);
    await detail.expectStatus('stopped');
    const systemGb = Number((await detail.deviceRow('disks', 'ide0').getByRole('cell').nth(2).innerText()).replace(/\s*GB$/, ''));
    expect(systemGb).toBeGreaterThan(1);

    await detail.deviceAction('disks').click();
    const dialog = detail.disksDialog;
    const system = dialog.getByLabel(zh('servers.disks.size', { id: 'ide0' }));
    const save = dialog.getByRole('button', { name: zh('servers.edit.submit') });
    await expect(system).toHaveValue(String(systemGb));
    await system.fill(String(systemGb - 1));
    await save.click();
    await expect(dialog.getByTestId('field-error')).toHaveText(zh('servers.disks.error.shrink', { min: String(systemGb) }));
    await expect(system).toHaveValue(String(systemGb - 1));

    await system.fill(String(systemGb + 10));
    await dialog.getByTestId('disk-add').click();
    await dialog.getByLabel(zh('servers.disks.size', { id: 'ide1' })).fill('25');
    const put = page.waitForRequest((req) => req.method() === 'PUT' && new URL(req.url()).pathname === `/api/servers/${server.id}`);
    await save.click();
    const body = (await put).postDataJSON();
    expect(body.disks).toHaveLength(2);
    expect(body.disks[0]).toMatchObject({ id: 'ide0', size_mb: (systemGb + 10) * 1024, type: 'derive_disk', is_old_disk: 1 });
    expect(body.disks[1]).toEqual({ id: 'ide1', size_mb: 25 * 1024, type: 'new_disk', preallocate: 'off' });
    await expect(dialog).toBeHidden();
    await detail.expectTaskDone();
    await expect(detail.deviceRow('disks', 'ide0')).toContainText(`${systemGb + 10} GB`);
    await expect(detail.deviceRow('disks', 'ide1')).toContainText('25 GB');
  });

  test('connect a server that has no VPC: pick the VPC, add a NIC on one of its subnets', async ({ page, signedInAs, baseURL }) => {
    await signedInAs('acme');
    const [server] = await new ServersApi(page, baseURL!).list({ name: source });
    const detail = new ServerDetailPage(page);
    await detail.open(server.id);
    await detail.expectStatus('stopped');
    await detail.deviceAction('nics').click();
    const dialog = detail.nicsDialog;
    const add = dialog.getByTestId('nic-add');
    await expect(add).toHaveAttribute('aria-disabled', 'true');
    await expect(add).toHaveAttribute('title', zh('servers.reason.nicNoVpc'));
    await dialog.getByLabel(zh('servers.column.vpc')).selectOption({ index: 1 });
    await add.click();
    const save = dialog.getByRole('button', { name: zh('servers.edit.submit') });
    await save.click();
    await expect(dialog.getByTestId('field-error')).toHaveText(zh('forms.error.required'));
    await dialog.getByLabel(zh('servers.nics.subnetOf', { vif: 'net0' })).selectOption({ index: 1 });
    const put = page.waitForRequest((req) => req.method() === 'PUT' && new URL(req.url()).pathname === `/api/servers/${server.id}`);
    await save.click();
    expect((await put).postDataJSON()).toEqual({
      networks: [{ vif_id: 'net0', connect: 1, model: 'virtio', vpc_id: expect.any(String), subnet_id: expect.any(String) }],
    });
    await expect(dialog).toBeHidden();
    await detail.expectTaskDone();
    await expect(detail.deviceRow('nics', 'net0')).toContainText(/10\.10\.\d+\.\d+/);
  });

  test('remove the data disk with its data and the NIC; the system disk stays, saying why', async ({ page, signedInAs, baseURL }) => {
    await signedInAs('acme');
    const [server] = await new ServersApi(page, baseURL!).list({ name: source });
    const detail = new ServerDetailPage(page);
    await detail.open(server.id);
    await detail.expectStatus('stopped');

    await detail.deviceAction('disks').click();
    const disks = detail.disksDialog;
    const systemRemove = disks.locator('[data-disk="ide0"]').getByTestId('disk-remove');
    await expect(systemRemove).toHaveAttribute('aria-disabled', 'true');
    await expect(systemRemove).toHaveAttribute('title', zh('servers.reason.diskSystem'));
    await disks.locator('[data-disk="ide1"]').getByTestId('disk-remove').click();
    await expect(disks.locator('[data-disk="ide1"]')).toContainText(zh('servers.disks.removing', { id: 'ide1' }));
    await disks.getByTestId('disk-hard-delete').check();
    const putDisks = page.waitForRequest((req) => req.method() === 'PUT' && new URL(req.url()).pathname === `/api/servers/${server.id}`);
    await disks.getByRole('button', { name: zh('servers.edit.submit') }).click();
    const body = (await putDisks).postDataJSON();
    expect(body.disks.map((d: { id: string }) => d.id)).toEqual(['ide0']);
    expect(body.hard_delete_disks).toEqual(['ide1']);
    await expect(disks).toBeHidden();
    await detail.expectTaskDone();
    // The panel may still show the last edit's task as done: wait for the disk to go instead.
    await expect(detail.deviceRow('disks', 'ide1')).toHaveCount(0, { timeout: 45_000 });

    await detail.deviceAction('nics').click();
    const nics = detail.nicsDialog;
    await nics.locator('[data-nic="net0"]').getByTestId('nic-remove').click();
    await expect(nics.locator('[data-nic="net0"]')).toHaveAttribute('data-removing', '1');
    const putNics = page.waitForRequest((req) => req.method() === 'PUT' && new URL(req.url()).pathname === `/api/servers/${server.id}`);
    await nics.getByRole('button', { name: zh('servers.edit.submit') }).click();
    expect((await putNics).postDataJSON()).toEqual({ networks: [] });
    await expect(nics).toBeHidden();
    await expect(detail.deviceRow('nics', 'net0')).toHaveCount(0, { timeout: 45_000 });
    await detail.expectTaskDone();
  });
});
