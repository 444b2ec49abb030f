import { mkdirSync } from 'node:fs';
import { t, type Locale } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { ServersApi } from './pages/servers-api';
import { ServerDetailPage } from './pages/servers-detail-page';
import { ServersListPage } from './pages/servers-list-page';
import { ServerWizardPage } from './pages/servers-wizard-page';
import { expectNoMissingTranslations } from './support/i18n-check';

const SHOTS = 'artifacts/screenshots';

test.describe('servers in both languages', () => {
  test('list, detail and wizard switch language with no missing key; screenshots of each', async ({ page, signedInAs, baseURL }) => {
    test.setTimeout(90_000);
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await signedInAs('admin');
    const list = new ServersListPage(page);
    await list.open('name=acme-');
    const [server] = await new ServersApi(page, baseURL!).list({ name: 'acme-web-01' });

    for (const locale of ['en', 'zh-CN'] as Locale[]) {
      await list.open('name=acme-');
      await list.switchLanguage(locale);
      await expect(list.heading).toHaveText(t(locale, 'nav.servers'));
      await list.expectTable();
      await list.select('acme-web-01').check();
      await expect(page.getByTestId('bulk-bar')).toBeVisible();
      await expectNoMissingTranslations(page);
      await page.screenshot({ path: `${SHOTS}/servers-list.${locale}.png`, fullPage: true });
      await list.select('acme-web-01').uncheck();

      const detail = new ServerDetailPage(page, locale);
      await detail.open(server.id);
      await expect(detail.heading).toHaveText('acme-web-01');
      await expect(page.getByTestId('server-usage')).toBeVisible();
      await expectNoMissingTranslations(page);
      await page.screenshot({ path: `${SHOTS}/server-detail.${locale}.png`, fullPage: true });
      for (const tab of ['snapshots', 'tasks'] as const) {
        await detail.tab(tab).click();
        await expect(page).toHaveURL(new RegExp(`tab=${tab}`));
        await expect(page.getByTestId(tab === 'snapshots' ? 'server-snapshots' : 'server-tasks')).toBeVisible();
        await expectNoMissingTranslations(page);
      }

      const wizard = new ServerWizardPage(page, locale);
      await wizard.open();
      await wizard.testId('wizard-project').selectOption({ label: 'acme' });
      await wizard.choose('广州-资源池1');
      await expect(wizard.quotaPanel.locator('[data-quota="compute/vm_count"]')).toBeVisible();
      await wizard.next();
      await wizard.choose('CentOS 7.9 (aCloud)');
      await expectNoMissingTranslations(page);
      await page.screenshot({ path: `${SHOTS}/server-wizard.${locale}.png`, fullPage: true });
    }
  });
});
