import { randomUUID } from 'node:crypto';
import { t } from '@/lib/i18n';
import { navForRole } from '@/lib/nav';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { ConsolePage } from './pages/console-page';
import { PlatformApi } from './pages/platform-api';
import { setSimulatorFaults } from './pages/tasks-api';
import { TenantsPage } from './pages/tenants-page';

/**
 * When SCP fails, every page says so in the person's language, what to do,
 * and the request id to quote — never a bare 500 or a broken page. The
 * simulator answers every request with a 500 for the length of the test.
 */
test.describe('SCP failing', () => {
  test.afterEach(async () => {
    await setSimulatorFaults({ errorRate: 0 });
  });

  const expectFailureInWords = async (page: Page, shell: ConsolePage, hrefs: string[]) => {
    for (const href of hrefs) {
      await shell.goto(href);
      const notice = page.getByRole('alert').filter({ has: page.getByTestId('error-summary') }).first();
      await expect(notice, href).toBeVisible({ timeout: 30_000 });
      await expect(notice.getByTestId('error-summary'), href).toHaveText(t('zh-CN', 'apiError.scp_error'));
      await expect(notice, href).toContainText(/请求编号:[0-9a-f-]{36}/);
      await expect(page.locator('body'), href).not.toContainText(/Internal Server Error|Application error/);
      await expect(shell.navLink('nav.servers'), href).toBeVisible();
      await page.screenshot({ path: `artifacts/screenshots/scp-failing.${href === '/' ? 'home' : href.slice(1)}.png`, fullPage: true });
    }
  };

  test('every page of a tenant shows SCP\'s failure in words, with a request id, and the shell keeps working', async ({ page, signedInAs }) => {
    test.setTimeout(180_000);
    const shell = await signedInAs('acme');
    await setSimulatorFaults({ errorRate: 1 });
    await expectFailureInWords(page, shell, navForRole('tenant').flatMap((g) => g.items.map((i) => i.href)));
  });

  test('so do the admin\'s own pages', async ({ page, signedInAs }) => {
    test.setTimeout(120_000);
    const shell = await signedInAs('admin');
    await setSimulatorFaults({ errorRate: 1 });
    await expectFailureInWords(page, shell, ['/tenants', '/resource-pools']);
  });

  test('a tenant created while SCP fails keeps what was typed, and the retry creates it once', async ({ page, signedInAs, baseURL }) => {
    test.setTimeout(120_000);
    await signedInAs('admin');
    const api = new PlatformApi(page, baseURL!);
    const name = `e2e-failing-${randomUUID().slice(0, 8)}`;
    const tenants = new TenantsPage(page);
    try {
      await tenants.open(`keywords=${name}`);
      await page.getByRole('button', { name: t('zh-CN', 'tenants.create.button'), exact: true }).click();
      const dialog = tenants.createDialog;
      await tenants.fill(dialog, 'tenants.field.name', name);
      await tenants.fill(dialog, 'tenants.field.adminName', `${name}-admin`);
      await tenants.fill(dialog, 'tenants.field.mail', 'ops@example.com');
      await tenants.fill(dialog, 'tenants.field.phone', '+86 20 5555 0100');
      await tenants.fill(dialog, 'tenants.field.password', 'E2e-secret-1');
      await tenants.fill(dialog, 'tenants.field.confirm', 'E2e-secret-1');
      const tokens: string[] = [];
      page.on('request', (req) => {
        if (req.method() === 'POST' && new URL(req.url()).pathname === '/api/projects') tokens.push(req.headers()['x-client-token']);
      });

      await setSimulatorFaults({ errorRate: 1 });
      const submit = dialog.getByRole('button', { name: t('zh-CN', 'tenants.create.submit'), exact: true });
      await submit.click();
      await expect(dialog.getByTestId('error-summary')).toHaveText(t('zh-CN', 'apiError.scp_error'), { timeout: 30_000 });
      await expect(dialog.getByLabel(t('zh-CN', 'tenants.field.name'), { exact: true })).toHaveValue(name);
      await expect(dialog.getByLabel(t('zh-CN', 'tenants.field.mail'), { exact: true })).toHaveValue('ops@example.com');

      await setSimulatorFaults({ errorRate: 0 });
      await submit.click();
      await expect(dialog).toBeHidden();
      await expect(tenants.row(name)).toBeVisible();
      expect(tokens).toHaveLength(2);
      expect(tokens[1]).toBe(tokens[0]);
      const { items } = await (await page.request.get(`/api/projects?pageSize=100&keywords=${name}`)).json();
      expect(items.filter((p: { name: string }) => p.name === name)).toHaveLength(1);
    } finally {
      await setSimulatorFaults({ errorRate: 0 });
      await api.deleteTenantIfPresent(name);
    }
  });
});
