import { t } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { ConsolePage } from './pages/console-page';
import { SignInPage } from './pages/sign-in-page';
import { setSimulatorFaults } from './pages/tasks-api';
import { accounts } from './support/accounts';
import { expectNoMissingTranslations } from './support/i18n-check';

test.describe('sign-in', () => {
  test('admin signs in and lands on the overview, not on an off-site ?next=', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto('https://evil.example/phish');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(signIn.productName).toHaveText(t('zh-CN', 'app.title'));
    await expectNoMissingTranslations(page);

    await signIn.signIn(accounts.admin.username, accounts.admin.password);
    await expect(page).toHaveURL('/');
    const shell = new ConsolePage(page);
    await expect(shell.heading).toHaveText(t('zh-CN', 'home.title'));
    await expect(shell.username).toHaveText('admin');
    await expect(shell.role).toHaveText(t('zh-CN', 'role.admin'));
    await expectNoMissingTranslations(page);
  });

  test('acme opening a page while signed out signs in and is taken back to it', async ({ page }) => {
    await page.goto('/servers?status=running');
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent('/servers?status=running')}`);
    const signIn = new SignInPage(page);
    await signIn.expectShown();

    await signIn.signIn(accounts.acme.username, accounts.acme.password);
    await expect(page).toHaveURL('/servers?status=running');
    const shell = new ConsolePage(page);
    await expect(shell.heading).toHaveText(t('zh-CN', 'nav.servers'));
    await expect(shell.username).toHaveText('acme');
    await expect(shell.role).toHaveText(t('zh-CN', 'role.tenant'));
    await expect(shell.navLink('nav.servers')).toHaveAttribute('aria-current', 'page');
  });

  test('a wrong password shows the message and keeps what was typed', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(accounts.admin.username, 'not-the-password');

    await expect(signIn.error).toContainText(t('zh-CN', 'signIn.error.invalid_credentials'));
    await expect(signIn.username).toHaveValue(accounts.admin.username);
    await expect(signIn.password).toHaveValue('not-the-password');
    await expect(signIn.submit).toBeEnabled();
    await expect(page).toHaveURL('/sign-in');
    await expectNoMissingTranslations(page);
  });

  test('an empty form is refused in words, without asking the console', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.username.fill('admin');
    await signIn.submit.click();
    await expect(signIn.error).toHaveText(t('zh-CN', 'signIn.error.missing'));
    await expect(signIn.username).toHaveValue('admin');
    await expect(signIn.password).toHaveAttribute('aria-invalid', 'true');
  });

  test.describe('with SCP cut off', () => {
    test.afterEach(async () => {
      await setSimulatorFaults({ resetRate: 0 });
    });

    test('says SCP cannot be reached and what to do, without telling where SCP is', async ({ page }) => {
      const signIn = new SignInPage(page);
      await signIn.goto();
      // Every answer of the simulator is cut off: the console's connection to SCP breaks.
      await setSimulatorFaults({ resetRate: 1 });
      await signIn.signIn(accounts.acme.username, accounts.acme.password);
      await expect(signIn.error).toContainText(t('zh-CN', 'signIn.error.scp_unreachable'), { timeout: 30_000 });
      await expect(signIn.error).toContainText(/请求编号:[0-9a-f-]{36}/);
      const simPort = process.env.E2E_SIM_PORT ?? '9543';
      await expect(page.locator('body')).not.toContainText(/https?:\/\/|127\.0\.0\.1|localhost/);
      await expect(page.locator('body')).not.toContainText(`:${simPort}`);
      await expectNoMissingTranslations(page);
    });
  });
});
