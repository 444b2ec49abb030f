import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { t, type Locale } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { NetworkApi } from './pages/network-api';
import { NetworkListPage } from './pages/network-list-page';
import { TasksTray } from './pages/tasks-tray';
import { expectNoMissingTranslations } from './support/i18n-check';

const GZ = '广州-资源池1';
const SZ = '深圳-资源池2';
const SHOTS = 'artifacts/screenshots';

test.describe('VPCs and subnets', () => {
  test('acme lists its own VPCs and subnets, never globex\'s, and a VPC links to its subnets', async ({ page, signedInAs, baseURL }) => {
    await signedInAs('admin');
    const adminApi = new NetworkApi(page, baseURL!);
    const globex = await adminApi.projectId('globex');
    const globexVpcs = (await adminApi.list('vpcs', { project_id: globex })).map((v) => v.id);
    const globexSubnets = (await adminApi.list('subnets', { project_id: globex })).map((s) => s.id);
    expect(globexVpcs.length).toBeGreaterThan(0);
    await page.context().clearCookies();

    await signedInAs('acme');
    const vpcs = new NetworkListPage(page, 'vpcs');
    await vpcs.open();
    expect(await vpcs.rows.count()).toBe(2);
    expect((await vpcs.ids()).filter((id) => globexVpcs.includes(id))).toEqual([]);
    await expect(vpcs.columnHeader('vpcs.column.project')).toHaveCount(0);
    await expect(vpcs.filter('vpcs.filter.project')).toHaveCount(0);

    const subnets = new NetworkListPage(page, 'subnets');
    await subnets.open();
    expect(await subnets.names()).toEqual(expect.arrayContaining(['acme-subnet-1', 'acme-subnet-2']));
    expect(await subnets.names()).not.toContain('globex-subnet-1');
    expect((await subnets.ids()).filter((id) => globexSubnets.includes(id))).toEqual([]);

    await vpcs.open();
    await vpcs.rowWhere('az', GZ).locator('td[data-column="subnets"]').getByRole('link').click();
    await expect(page).toHaveURL(/\/subnets\?vpc_id=/);
    await subnets.expectTable();
    expect(await subnets.names()).toContain('acme-subnet-1');
    expect(await subnets.names()).not.toContain('acme-subnet-2');
  });

  test('acme creates a subnet (a bad plan is refused naming the field, input kept), edits and deletes it; used ones and VPCs with subnets are refused', async ({ page, signedInAs }) => {
    test.setTimeout(90_000);
    await signedInAs('acme');
    const name = `e2e-subnet-${randomUUID().slice(0, 8)}`;
    const octet = 100 + Math.floor(Math.random() * 100);
    const cidr = `10.${octet}.7.0/24`;
    const list = new NetworkListPage(page, 'subnets');
    await list.open();

    await list.createButton.click();
    const dialog = list.dialog('subnet-create-dialog');
    const vpcSelect = dialog.getByTestId('subnet-create-vpc');
    await vpcSelect.selectOption((await vpcSelect.locator('option', { hasText: GZ }).getAttribute('value'))!);
    await list.field(dialog, 'subnets.field.name').fill(name);
    const cidrInput = list.field(dialog, 'subnets.field.cidr');
    await cidrInput.fill('10.10.1.0/25');
    await list.field(dialog, 'subnets.field.gateway').fill('10.10.1.1');
    await list.field(dialog, 'subnets.field.pools').fill('10.10.1.2-10.10.1.100');
    await dialog.getByRole('button', { name: list.tr('subnets.create.submit'), exact: true }).click();
    await expect(cidrInput).toHaveAccessibleDescription(list.tr('subnets.error.overlap', { name: 'acme-subnet-1', cidr: '10.10.1.0/24' }));
    await expect(cidrInput).toHaveValue('10.10.1.0/25');

    await cidrInput.fill(cidr);
    await dialog.getByRole('button', { name: list.tr('subnets.create.submit'), exact: true }).click();
    await expect(list.field(dialog, 'subnets.field.gateway')).toHaveAccessibleDescription(list.tr('subnets.error.gatewayOutside', { cidr }));
    await expect(list.field(dialog, 'subnets.field.name')).toHaveValue(name);

    await dialog.getByRole('button', { name: list.tr('subnets.create.suggest') }).click();
    await expect(list.field(dialog, 'subnets.field.gateway')).toHaveValue(`10.${octet}.7.1`);
    await dialog.getByRole('button', { name: list.tr('subnets.create.submit'), exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(list.row(name)).toBeVisible();
    await expect(list.row(name).locator('td[data-column="cidr"]')).toHaveText(cidr);
    await expect(list.row(name).locator('td[data-column="gateway"]')).toHaveText(`10.${octet}.7.1`);

    // The VPC now has subnets: its delete is refused, saying why.
    const vpcs = new NetworkListPage(page, 'vpcs');
    await vpcs.open();
    const vpcRow = vpcs.rowWhere('az', GZ);
    await expect(vpcRow.locator('td[data-column="subnets"]')).toHaveText('2');
    const remove = await vpcs.rowAction(vpcRow, 'VPC网络', 'vpcs.action.delete');
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(remove).toHaveAttribute('title', vpcs.tr('vpcs.reason.hasSubnets', { count: 2 }));
    await page.keyboard.press('Escape');

    await list.open();
    await (await list.rowAction(list.row(name), name, 'subnets.action.edit')).click();
    const edited = `${name}-b`;
    await list.field(list.formDialog, 'subnets.field.pools').fill(`10.${octet}.7.1-10.${octet}.7.50`);
    await list.formDialog.getByRole('button', { name: list.tr('subnets.action.edit'), exact: true }).click();
    await expect(list.field(list.formDialog, 'subnets.field.pools'))
      .toHaveAccessibleDescription(list.tr('subnets.error.poolGateway', { range: `10.${octet}.7.1-10.${octet}.7.50`, gateway: `10.${octet}.7.1` }));
    await list.field(list.formDialog, 'subnets.field.pools').fill(`10.${octet}.7.10-10.${octet}.7.50`);
    await list.field(list.formDialog, 'subnets.field.name').fill(edited);
    await list.formDialog.getByLabel(list.tr('subnets.field.dhcp')).uncheck();
    await list.formDialog.getByRole('button', { name: list.tr('subnets.action.edit'), exact: true }).click();
    await expect(list.formDialog).toBeHidden();
    await expect(list.row(edited).locator('td[data-column="dhcp"]')).toHaveText(list.tr('subnets.dhcp.off'));
    await expect(list.row(edited).locator('td[data-column="pools"]')).toHaveText(`10.${octet}.7.10-10.${octet}.7.50`);

    // A subnet servers use is refused by SCP, with its reason.
    await (await list.rowAction(list.row('acme-subnet-1'), 'acme-subnet-1', 'subnets.action.delete')).click();
    await list.confirmDialog.getByRole('button', { name: list.tr('subnets.action.delete'), exact: true }).click();
    await expect(list.confirmDialog.getByTestId('error-notice')).toContainText('in use');
    await list.confirmDialog.getByRole('button', { name: list.tr('resource.confirm.cancel') }).click();

    await (await list.rowAction(list.row(edited), edited, 'subnets.action.delete')).click();
    await list.confirmDialog.getByRole('button', { name: list.tr('subnets.action.delete'), exact: true }).click();
    await expect(list.confirmDialog).toBeHidden();
    await expect(list.row(edited)).toHaveCount(0);
  });

  test('admin sees the tenant column and filter, creates a VPC for a tenant where it has none (task in the tray) and deletes it', async ({ page, signedInAs, baseURL }) => {
    test.setTimeout(120_000);
    await signedInAs('admin');
    const api = new NetworkApi(page, baseURL!);
    const [globex, sz] = await Promise.all([api.projectId('globex'), api.azId(SZ)]);
    await api.associateAz(globex, sz);
    for (const left of await api.list('vpcs', { project_id: globex, az_id: sz })) await api.deleteVpc(left.id);

    const list = new NetworkListPage(page, 'vpcs');
    await list.open();
    await expect(list.columnHeader('vpcs.column.project')).toBeVisible();
    await list.filter('vpcs.filter.project').focus();
    await expect(list.filter('vpcs.filter.project').locator('option', { hasText: 'globex' })).toHaveCount(1);
    await list.filter('vpcs.filter.project').selectOption(globex);
    await expect(page).toHaveURL(new RegExp(`project_id=${globex}`));
    await list.expectTable();
    expect(await list.rows.locator('td[data-column="project"]').allInnerTexts()).toEqual(['globex']);

    const name = `e2e-vpc-${randomUUID().slice(0, 8)}`;
    await list.createButton.click();
    const dialog = list.dialog('vpc-create-dialog');
    await dialog.getByTestId('vpc-create-project').selectOption({ label: 'globex' });
    await dialog.getByTestId('vpc-create-az').selectOption({ label: GZ });
    await expect(dialog.getByTestId('vpc-exists')).toHaveText(list.tr('vpcs.create.exists', { name: 'VPC网络', az: GZ }));
    await dialog.getByTestId('vpc-create-az').selectOption({ label: SZ });
    await expect(dialog.getByTestId('vpc-exists')).toHaveCount(0);
    await dialog.getByTestId('vpc-create-name').fill(name);
    await dialog.getByRole('button', { name: list.tr('vpcs.create.submit'), exact: true }).click();
    await expect(dialog).toBeHidden();

    const tray = new TasksTray(page);
    await tray.open();
    const task = tray.panel.getByTestId('tracked-task').filter({ hasText: name });
    await expect(task).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
    await tray.close();
    const row = list.row(name);
    await expect(row.getByTestId('status-badge')).toHaveAttribute('data-status', 'active', { timeout: 15_000 });
    await expect(row.locator('td[data-column="az"]')).toHaveText(SZ);

    await (await list.rowAction(row, name, 'vpcs.action.delete')).click();
    await list.confirmDialog.getByRole('button', { name: list.tr('vpcs.action.delete'), exact: true }).click();
    await expect(list.confirmDialog).toBeHidden();
    await expect(row).toHaveCount(0, { timeout: 30_000 });
  });

  test('both pages and their dialogs have no missing translation in zh-CN and en', async ({ page, signedInAs }) => {
    test.setTimeout(60_000);
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await signedInAs('admin');
    let shown: Locale = 'zh-CN';
    for (const locale of ['en', 'zh-CN'] as Locale[]) {
      for (const kind of ['vpcs', 'subnets'] as const) {
        const list = new NetworkListPage(page, kind, shown);
        await list.open();
        if (shown !== locale) await list.switchLanguage(locale);
        shown = locale;
        await expect(list.heading).toHaveText(t(locale, kind === 'vpcs' ? 'nav.vpcs' : 'nav.subnets'));
        await list.expectTable();
        await expectNoMissingTranslations(page);
        await page.screenshot({ path: `${SHOTS}/${kind}-list.${locale}.png`, fullPage: true });
        await list.createButton.click();
        await expect(list.dialog(kind === 'vpcs' ? 'vpc-create-dialog' : 'subnet-create-dialog')).toBeVisible();
        await expectNoMissingTranslations(page);
        await page.screenshot({ path: `${SHOTS}/${kind}-create.${locale}.png`, fullPage: true });
        await page.keyboard.press('Escape');
      }
    }
  });
});
