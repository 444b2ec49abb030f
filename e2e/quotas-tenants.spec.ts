import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { formatNumber, formatSizeMb } from '@/lib/format';
import { t, type Locale } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { PlatformApi } from './pages/platform-api';
import { QuotasPage } from './pages/quotas-page';
import { ResourcePoolsPage } from './pages/resource-pools-page';
import { TenantsPage } from './pages/tenants-page';
import { expectNoMissingTranslations } from './support/i18n-check';

const CORES = 'compute/cores';
const SHOTS = 'artifacts/screenshots';
const cores = (locale: Locale, n: number) => t(locale, 'quotas.amount.cores', { n: formatNumber(n, locale) });

/** acme's CPU quota in the AZ where it uses the most cores (so a limit below use exists). */
async function acmeCores(api: PlatformApi) {
  const acme = await api.project('acme');
  const rows = await api.quotas(acme.id);
  const row = rows.find((q) => `${q.namespace}/${q.resource}` === CORES)!;
  const azId = [...row.separated_quotas].sort((a, b) => b.in_use - a.in_use)[0].az_id;
  return { acme, azId, ...(await api.quota(acme.id, CORES, azId)) };
}

test.describe('quotas', () => {
  test('a tenant sees its quotas with use and limit, and no way to change them', async ({ page, signedInAs, baseURL }) => {
    await signedInAs('acme');
    const quotas = new QuotasPage(page);
    await quotas.open();
    await expect(quotas.heading).toHaveText(t('zh-CN', 'nav.quotas'));
    const { azId, limit, inUse } = await acmeCores(new PlatformApi(page, baseURL!));
    expect(inUse).toBeGreaterThan(0);
    await expect(quotas.usage(azId, CORES)).toHaveText(t('zh-CN', 'quotas.usage', { used: cores('zh-CN', inUse), limit: cores('zh-CN', limit) }));
    await expect(quotas.row(azId, CORES).getByRole('meter', { name: t('zh-CN', 'quotas.resource.cores') })).toHaveAttribute('aria-valuenow', String(Math.round((inUse / limit) * 100)));
    await expect(quotas.tenantPicker).toHaveCount(0);
    await expect(quotas.editButtons).toHaveCount(0);
  });

  test('an admin raises a tenant\'s CPU quota and sees it; a limit below use is refused, naming the quota', async ({ page, signedInAs, baseURL }) => {
    await signedInAs('admin');
    const api = new PlatformApi(page, baseURL!);
    const { acme, azId, row, limit, inUse } = await acmeCores(api);
    const quotas = new QuotasPage(page);
    try {
      await quotas.goto('/quotas');
      await quotas.tenantPicker.selectOption({ label: 'acme' });
      await expect(page).toHaveURL(`/quotas?project_id=${acme.id}`);
      await expect(quotas.usage(azId, CORES)).toHaveText(t('zh-CN', 'quotas.usage', { used: cores('zh-CN', inUse), limit: cores('zh-CN', limit) }));

      const label = t('zh-CN', 'quotas.resource.cores');
      await quotas.editButton(azId).click();
      await expect(quotas.limitInput(label)).toHaveValue(String(limit));
      const below = String(inUse - 1);
      await quotas.limitInput(label).fill(below);
      await quotas.save();
      await expect(quotas.dialog.getByTestId('field-error')).toHaveText(t('zh-CN', 'quotas.edit.belowUsage', { quota: label, used: cores('zh-CN', inUse) }));
      await expect(quotas.limitInput(label)).toHaveValue(below);
      await expect(quotas.limitInput(label)).toHaveAttribute('aria-invalid', 'true');
      expect((await api.quota(acme.id, CORES, azId)).limit).toBe(limit);

      const raised = limit + 8;
      await quotas.limitInput(label).fill(String(raised));
      await quotas.save();
      await expect(quotas.dialog).toBeHidden();
      await expect(quotas.usage(azId, CORES)).toHaveText(t('zh-CN', 'quotas.usage', { used: cores('zh-CN', inUse), limit: cores('zh-CN', raised) }));
      expect((await api.quota(acme.id, CORES, azId)).limit).toBe(raised);
    } finally {
      await api.setQuota(acme.id, row, azId, limit);
    }
  });
});

test.describe('tenants', () => {
  test('an admin creates a tenant, edits it, gives it a resource pool and takes it back, and deletes it', async ({ page, signedInAs, baseURL }) => {
    test.setTimeout(90_000);
    await signedInAs('admin');
    const api = new PlatformApi(page, baseURL!);
    const name = `e2e-tenant-${randomUUID().slice(0, 8)}`;
    const tenants = new TenantsPage(page);
    try {
      await tenants.open(`keywords=${name}`);
      await expect(tenants.heading).toHaveText(t('zh-CN', 'nav.tenants'));
      await tenants.create({ name, adminName: `${name}-admin`, mail: 'ops@example.com', phone: '+86 20 5555 0100', password: 'E2e-secret-1' });
      await expect(tenants.row(name)).toBeVisible();
      await expect(tenants.row(name).locator('td[data-column="admin"]')).toHaveText(`${name}-admin`);
      const created = await api.project(name);
      await expect(tenants.row(name).getByRole('link', { name: t('zh-CN', 'tenants.link.quotas') })).toHaveAttribute('href', `/quotas?project_id=${created.id}`);
      await expect(tenants.row(name).getByRole('link', { name: t('zh-CN', 'tenants.link.servers') })).toHaveAttribute('href', `/servers?project_id=${created.id}`);

      const renamed = `${name}-b`;
      await (await tenants.rowAction(name, 'tenants.action.edit')).click();
      await expect(tenants.formDialog.getByLabel(t('zh-CN', 'tenants.field.mail'), { exact: true })).toHaveValue('ops@example.com');
      await tenants.fill(tenants.formDialog, 'tenants.field.name', renamed);
      await tenants.fill(tenants.formDialog, 'tenants.field.description', 'edited by e2e');
      await tenants.formDialog.getByRole('button', { name: t('zh-CN', 'tenants.action.edit'), exact: true }).click();
      await expect(tenants.formDialog).toBeHidden();
      await expect(tenants.row(renamed)).toBeVisible();
      await (await tenants.rowAction(renamed, 'tenants.action.edit')).click();
      await expect(tenants.formDialog.getByLabel(t('zh-CN', 'tenants.field.description'), { exact: true })).toHaveValue('edited by e2e');
      await tenants.formDialog.getByRole('button', { name: t('zh-CN', 'resource.confirm.cancel'), exact: true }).click();

      // A new tenant has no resource pools: give it one (a task), then take it back.
      const azsCell = tenants.row(renamed).locator('td[data-column="azs"]');
      await expect(azsCell).toHaveText(t('zh-CN', 'format.empty'));
      await (await tenants.rowAction(renamed, 'tenants.action.azs')).click();
      const azsDialog = page.getByTestId('tenant-azs-dialog');
      const save = azsDialog.getByRole('button', { name: t('zh-CN', 'tenants.azs.submit'), exact: true });
      await save.click();
      await expect(azsDialog.getByTestId('field-error')).toHaveText(t('zh-CN', 'tenants.azs.nothing'));
      const poolName = (await azsDialog.locator('label').first().innerText()).trim();
      await azsDialog.getByRole('checkbox', { name: poolName }).check();
      const sent = page.waitForRequest((req) => req.method() === 'POST' && req.url().endsWith(`/api/projects/${created.id}/azs`));
      await save.click();
      expect((await sent).headers()['x-client-token']).toMatch(/^[0-9a-f-]{36}$/);
      await expect(azsDialog).toBeHidden();
      await expect(azsCell).toHaveText(poolName, { timeout: 30_000 });
      await (await tenants.rowAction(renamed, 'tenants.action.azs')).click();
      await expect(azsDialog.getByRole('checkbox', { name: poolName })).toBeChecked();
      await azsDialog.getByRole('checkbox', { name: poolName }).uncheck();
      await save.click();
      await expect(azsDialog).toBeHidden();
      await expect(azsCell).toHaveText(t('zh-CN', 'format.empty'), { timeout: 30_000 });

      await (await tenants.rowAction(renamed, 'tenants.action.delete')).click();
      await tenants.confirmDialog.getByRole('button', { name: t('zh-CN', 'tenants.action.delete'), exact: true }).click();
      await expect(tenants.confirmDialog).toBeHidden();
      await expect(tenants.rows).toHaveCount(0);
    } finally {
      await api.deleteTenantIfPresent(name);
    }
  });

  test('deleting a tenant that still owns resources shows SCP\'s refusal', async ({ page, signedInAs }) => {
    await signedInAs('admin');
    const tenants = new TenantsPage(page);
    await tenants.open('keywords=acme');
    await (await tenants.rowAction('acme', 'tenants.action.delete')).click();
    await tenants.confirmDialog.getByRole('button', { name: t('zh-CN', 'tenants.action.delete'), exact: true }).click();
    await expect(tenants.confirmDialog.getByRole('alert')).toContainText('still owns');
    await tenants.confirmDialog.getByRole('button', { name: t('zh-CN', 'resource.confirm.cancel'), exact: true }).click();
    await expect(tenants.row('acme')).toBeVisible();
  });
});

test.describe('resource pools', () => {
  test('an admin sees each pool with its capacity figures', async ({ page, signedInAs, baseURL }) => {
    await signedInAs('admin');
    const api = new PlatformApi(page, baseURL!);
    const pools = new ResourcePoolsPage(page);
    await pools.open();
    await expect(pools.heading).toHaveText(t('zh-CN', 'nav.resourcePools'));
    const { items } = (await (await page.request.get('/api/azs?pageSize=100')).json()) as { items: { id: string; name: string }[] };
    await expect(pools.cards).toHaveCount(items.length);
    for (const az of items) {
      const detail = await api.azDetail(az.id);
      const memory = detail.physical_resources.find((r) => r.name === 'memory')!;
      await expect(pools.card(az.id).getByRole('heading', { name: az.name })).toBeVisible();
      await expect(pools.meter(az.id, 'physical-memory')).toContainText(t('zh-CN', 'pools.usedOf', { used: formatSizeMb(memory.used, 'zh-CN'), total: formatSizeMb(memory.total, 'zh-CN') }));
      const cpu = detail.virtual_resources.find((r) => r.name === 'CPU')!;
      const poolCores = (n: number) => t('zh-CN', 'pools.amount.cores', { n: formatNumber(n, 'zh-CN') });
      await expect(pools.meter(az.id, 'virtual-CPU')).toContainText(
        t('zh-CN', 'pools.allocatedOf', { allocated: poolCores(cpu.allocated ?? 0), occupied: poolCores(cpu.occupied ?? 0), total: poolCores(cpu.total) }),
      );
      await expect(pools.card(az.id).getByTestId('pool-counts')).toBeVisible();
    }
  });
});

test.describe('quotas, tenants and resource pools in both languages', () => {
  test('no missing translation on the three pages and the dialogs', async ({ page, signedInAs, baseURL }) => {
    test.setTimeout(90_000);
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await signedInAs('admin');
    const { acme, azId } = await acmeCores(new PlatformApi(page, baseURL!));
    const quotas = new QuotasPage(page);
    await quotas.open(acme.id);
    for (const locale of ['en', 'zh-CN'] as Locale[]) {
      await quotas.open(acme.id);
      await quotas.switchLanguage(locale);
      await expect(quotas.heading).toHaveText(t(locale, 'nav.quotas'));
      await expectNoMissingTranslations(page);
      await page.screenshot({ path: `${SHOTS}/quotas.${locale}.png`, fullPage: true });
      await quotas.editButton(azId).click();
      await expect(quotas.dialog).toBeVisible();
      await expectNoMissingTranslations(page);
      await page.screenshot({ path: `${SHOTS}/quota-edit.${locale}.png` });
      await page.keyboard.press('Escape');

      const tenants = new TenantsPage(page, locale);
      await tenants.open();
      await expect(tenants.heading).toHaveText(t(locale, 'nav.tenants'));
      await page.screenshot({ path: `${SHOTS}/tenants.${locale}.png`, fullPage: true });
      await page.getByRole('button', { name: t(locale, 'tenants.create.button'), exact: true }).click();
      await expect(tenants.createDialog).toBeVisible();
      await expectNoMissingTranslations(page);
      await page.keyboard.press('Escape');

      const pools = new ResourcePoolsPage(page, locale);
      await pools.open();
      await expect(pools.card(azId).getByTestId('pool-physical')).toBeVisible();
      await expectNoMissingTranslations(page);
      await page.screenshot({ path: `${SHOTS}/resource-pools.${locale}.png`, fullPage: true });
    }
  });
});
