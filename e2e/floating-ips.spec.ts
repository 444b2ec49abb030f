import { randomUUID } from 'node:crypto';
import { t } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { FloatingIpsApi } from './pages/floating-ips-api';
import { FloatingIpsPage } from './pages/floating-ips-page';
import { ServersListPage } from './pages/servers-list-page';
import { TasksTray } from './pages/tasks-tray';
import { expectNoMissingTranslations } from './support/i18n-check';

const zh = (key: Parameters<typeof t>[1], values?: Parameters<typeof t>[2]) => t('zh-CN', key, values);
/** A stopped server of acme with a NIC in a VPC, to bind to. */
const serverName = `e2e-fip-${randomUUID()}`;
let server: { id: string; azName: string };
/** The address the lifecycle test allocates (released at its end, or in clean-up). */
let allocated = '';

test.describe('floating IPs', () => {
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async ({ browser, sessionCookies, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await context.addCookies(await sessionCookies('acme'));
    server = await new FloatingIpsApi(await context.newPage(), baseURL!).createServerWithNic(serverName);
    await context.close();
  });

  test.afterAll(async ({ browser, sessionCookies, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await context.addCookies(await sessionCookies('acme'));
    const api = new FloatingIpsApi(await context.newPage(), baseURL!);
    if (allocated) await api.release(allocated);
    if (server) await api.purgeServer(server.id);
    await context.close();
  });

  test('acme lists its own floating IPs and never globex’s, without a tenant column or filter', async ({ page, browser, sessionCookies, baseURL }) => {
    const adminContext = await browser.newContext({ baseURL });
    await adminContext.addCookies(await sessionCookies('admin'));
    const adminApi = new FloatingIpsApi(await adminContext.newPage(), baseURL!);
    const projects = await adminApi.projects();
    const globex = (await adminApi.list({ project_id: projects.find((p) => p.name === 'globex')!.id })).map((f) => f.floating_ip);
    const acme = (await adminApi.list({ project_id: projects.find((p) => p.name === 'acme')!.id })).map((f) => f.floating_ip);
    await adminContext.close();
    expect(globex.length).toBeGreaterThan(0);

    await page.context().addCookies(await sessionCookies('acme'));
    const list = new FloatingIpsPage(page);
    await list.open('pageSize=100');
    const shown = await list.addresses();
    // Other specs may allocate for acme meanwhile, so the seeded ones must show, and globex's never.
    for (const address of acme) expect(shown).toContain(address);
    for (const address of globex) expect(shown).not.toContain(address);
    await expect(list.columnHeader('floatingIps.column.address')).toBeVisible();
    await expect(list.columnHeader('floatingIps.column.project')).toHaveCount(0);
    await expect(list.columnHeader('floatingIps.column.lineType')).toHaveCount(0);
    await expect(list.filter('floatingIps.filter.project')).toHaveCount(0);
  });

  test('acme allocates one, changes its bandwidth, binds it to a server, unbinds and releases it', async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const list = new FloatingIpsPage(page);
    await list.open('pageSize=100');

    allocated = await list.allocate({ az: server.azName, lineType: '移动线路', mbps: 5 });
    await list.expectStatus(allocated, 'unbound');
    await expect(list.cell(allocated, 'bandwidth')).toHaveText(zh('floatingIps.cell.bandwidth', { mbps: 5 }));

    // Bandwidth: a figure out of bounds is refused in the form, naming the bounds; what was typed stays.
    await (await list.rowAction(allocated, 'floatingIps.action.bandwidth')).click();
    const bandwidth = list.field(list.formDialog, 'floatingIps.field.bandwidth');
    await expect(bandwidth).toHaveValue('5');
    await bandwidth.fill('20000');
    await list.formDialog.getByRole('button', { name: zh('floatingIps.action.bandwidth'), exact: true }).click();
    await expect(list.formDialog.getByTestId('field-error')).toHaveText(zh('forms.error.range', { min: 1, max: 10240 }));
    await expect(bandwidth).toHaveValue('20000');
    await bandwidth.fill('8');
    await list.formDialog.getByRole('button', { name: zh('floatingIps.action.bandwidth'), exact: true }).click();
    await expect(list.formDialog).toBeHidden();
    await expect(list.cell(allocated, 'bandwidth')).toHaveText(zh('floatingIps.cell.bandwidth', { mbps: 8 }));

    // Bind: a server of acme, then its NIC; the task goes to the tray.
    await (await list.rowAction(allocated, 'floatingIps.action.bind')).click();
    await list.field(list.formDialog, 'floatingIps.field.server').selectOption({ label: serverName });
    const nic = list.field(list.formDialog, 'floatingIps.field.nic');
    await expect(nic.locator('option')).toHaveCount(2);
    await nic.selectOption({ index: 1 });
    await list.formDialog.getByRole('button', { name: zh('floatingIps.action.bind'), exact: true }).click();
    await expect(list.formDialog).toBeHidden();
    const tray = new TasksTray(page);
    await tray.open();
    await expect(tray.panel.getByTestId('tracked-task').filter({ hasText: zh('floatingIps.action.bind') }).filter({ hasText: allocated })).toBeVisible();
    await tray.close();
    await list.expectStatus(allocated, 'active', 45_000);
    await expect(list.cell(allocated, 'boundTo').getByRole('link', { name: serverName })).toHaveAttribute('href', `/servers?name=${encodeURIComponent(serverName)}`);
    await expect(list.cell(allocated, 'nicIp')).toHaveText(/^10\.10\.\d+\.\d+$/);

    // Release is refused while bound, saying why.
    const release = await list.rowAction(allocated, 'floatingIps.action.release');
    await expect(release).toHaveAttribute('aria-disabled', 'true');
    await expect(release).toHaveAttribute('title', zh('floatingIps.reason.releaseBound'));
    await page.keyboard.press('Escape');

    // The server list shows the floating IP in its column.
    const servers = new ServersListPage(page);
    await servers.open(`name=${serverName}`);
    await expect(servers.row(serverName).locator('td[data-column="floating_ip"]')).toHaveText(allocated);

    // Unbind (a task), then release.
    await list.open('pageSize=100');
    await (await list.rowAction(allocated, 'floatingIps.action.unbind')).click();
    await expect(list.confirmDialog).toContainText(zh('floatingIps.confirm.unbind.body', { name: allocated }));
    await list.confirm('floatingIps.action.unbind');
    await list.expectStatus(allocated, 'unbound', 45_000);
    await (await list.rowAction(allocated, 'floatingIps.action.release')).click();
    await list.confirm('floatingIps.action.release');
    await expect(list.row(allocated)).toHaveCount(0);
    allocated = '';

    await servers.open(`name=${serverName}`);
    await expect(servers.row(serverName).locator('td[data-column="floating_ip"]')).toHaveText(zh('format.empty'));
  });

  test('an admin allocates for a tenant among its AZs, and releases it', async ({ page, signedInAs }) => {
    await signedInAs('admin');
    const list = new FloatingIpsPage(page);
    await list.open('pageSize=100');
    const address = await list.allocate({ tenant: 'globex', az: '广州-资源池1', lineType: '移动线路', mbps: 2 });
    await expect(list.cell(address, 'project')).toHaveText('globex');
    await expect(list.cell(address, 'lineType')).toHaveText('移动线路');
    await (await list.rowAction(address, 'floatingIps.action.release')).click();
    await expect(list.confirmDialog).toContainText(zh('floatingIps.confirm.release.body', { name: address }));
    await list.confirm('floatingIps.action.release');
    await expect(list.row(address)).toHaveCount(0);
  });

  test('an admin sees the tenant column and filters by tenant', async ({ page, signedInAs }) => {
    await signedInAs('admin');
    const list = new FloatingIpsPage(page);
    await list.open('pageSize=100');
    await expect(list.columnHeader('floatingIps.column.project')).toBeVisible();
    const tenants = await list.rows.locator('td[data-column="project"]').allInnerTexts();
    expect(new Set(tenants)).toEqual(new Set(['acme', 'globex', 'initech']));
    // Admins may read pools, so they see each address's line type.
    await expect(list.columnHeader('floatingIps.column.lineType')).toBeVisible();
    expect(new Set(await list.rows.locator('td[data-column="lineType"]').allInnerTexts())).toEqual(new Set(['移动线路']));
    await list.filter('floatingIps.filter.project').hover();
    await list.filter('floatingIps.filter.project').selectOption({ label: 'globex' });
    await expect(page).toHaveURL(/project_id=/);
    await list.expectTable();
    await expect(async () => expect(new Set(await list.rows.locator('td[data-column="project"]').allInnerTexts())).toEqual(new Set(['globex']))).toPass();
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    test(`the page and its dialogs are translated (${locale})`, async ({ page, signedInAs }) => {
      const console = await signedInAs('acme');
      const list = new FloatingIpsPage(page);
      await list.open();
      if (locale !== 'zh-CN') await console.switchLanguage(locale);
      list.locale = locale;
      await list.expectTable();
      await expectNoMissingTranslations(page);
      await list.allocateButton.click();
      await expect(list.allocateDialog).toBeVisible();
      await expectNoMissingTranslations(page);
    });
  }
});
