import { t } from '@/lib/i18n';
import { navForRole } from '@/lib/nav';
import { expect, test } from './fixtures';
import { setSimulatorFaults } from './pages/tasks-api';

/**
 * When SCP fails, every page says so in the person's language, what to do,
 * and the request id to quote — never a bare 500 or a broken page. The
 * simulator answers every request with a 500 for the length of the test.
 */
test.describe('SCP failing', () => {
  test.afterEach(async () => {
    await setSimulatorFaults({ errorRate: 0 });
  });

  test('every page of a tenant shows SCP\'s failure in words, with a request id, and the shell keeps working', async ({ page, signedInAs }) => {
    test.setTimeout(180_000);
    const shell = await signedInAs('acme');
    await setSimulatorFaults({ errorRate: 1 });
    for (const href of navForRole('tenant').flatMap((g) => g.items.map((i) => i.href))) {
      await shell.goto(href);
      const notice = page.getByRole('alert').filter({ has: page.getByTestId('error-summary') }).first();
      await expect(notice, href).toBeVisible({ timeout: 30_000 });
      await expect(notice.getByTestId('error-summary'), href).toHaveText(t('zh-CN', 'apiError.scp_error'));
      await expect(notice, href).toContainText(/请求编号:[0-9a-f-]{36}/);
      await expect(page.locator('body'), href).not.toContainText(/Internal Server Error|Application error/);
      await expect(shell.navLink('nav.servers'), href).toBeVisible();
      await page.screenshot({ path: `artifacts/screenshots/scp-failing.${href === '/' ? 'home' : href.slice(1)}.png`, fullPage: true });
    }
  });
});
