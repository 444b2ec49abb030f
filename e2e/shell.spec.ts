import { t, type MessageKey } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { ConsolePage } from './pages/console-page';
import { SignInPage } from './pages/sign-in-page';
import { accounts } from './support/accounts';
import { expectNoMissingTranslations } from './support/i18n-check';

const everyone: MessageKey[] = ['nav.overview', 'nav.servers', 'nav.images', 'nav.vpcs', 'nav.subnets', 'nav.floatingIps', 'nav.quotas', 'nav.tasks'];
const adminOnly: MessageKey[] = ['nav.tenants', 'nav.resourcePools'];

test.describe('console shell', () => {
  test('admin sees every section, tenants and resource pools included', async ({ page, signedInAs }) => {
    const shell = await signedInAs('admin');
    await shell.goto('/');
    for (const key of [...everyone, ...adminOnly]) await expect(shell.navLink(key)).toBeVisible();

    await shell.navLink('nav.tenants').click();
    await expect(page).toHaveURL('/tenants');
    await expect(shell.heading).toHaveText(t('zh-CN', 'nav.tenants'));
    await expect(shell.navLink('nav.tenants')).toHaveAttribute('aria-current', 'page');
    await expect(shell.navLink('nav.overview')).not.toHaveAttribute('aria-current');
    await expectNoMissingTranslations(page);
  });

  test('a tenant admin does not see admin pages, and /tenants says "not permitted"', async ({ page, signedInAs }) => {
    const shell = await signedInAs('acme');
    await shell.goto('/');
    for (const key of everyone) await expect(shell.navLink(key)).toBeVisible();
    for (const key of adminOnly) await expect(shell.navLink(key)).toHaveCount(0);

    await shell.goto('/tenants');
    await expect(shell.notPermitted).toBeVisible();
    await expect(shell.heading).toHaveText(t('zh-CN', 'notPermitted.title'));
    await expect(page).toHaveURL('/tenants');
    await expectNoMissingTranslations(page);

    await shell.goto('/resource-pools');
    await expect(shell.notPermitted).toBeVisible();
  });

  test('the language switch changes the strings without a reload, and the choice stays', async ({ page, signedInAs }) => {
    const shell = await signedInAs('acme');
    await shell.goto('/servers');
    await expect(shell.heading).toHaveText(t('zh-CN', 'nav.servers'));
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    await shell.switchLanguage('en');
    await expect(shell.heading).toHaveText(t('en', 'nav.servers'));
    await expect(shell.navLink('nav.floatingIps')).toBeVisible();
    await expect(shell.role).toHaveText(t('en', 'role.tenant'));
    await expect(page).toHaveTitle(`${t('en', 'nav.servers')} · ${t('en', 'app.title')}`);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await expectNoMissingTranslations(page);

    await page.reload();
    await shell.expectShown();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(shell.heading).toHaveText(t('en', 'nav.servers'));

    await shell.switchLanguage('zh-CN');
    await expect(shell.heading).toHaveText(t('zh-CN', 'nav.servers'));
    await expect(shell.navLink('nav.servers')).toBeVisible();
    await expectNoMissingTranslations(page);
  });

  test('the theme toggle switches the dark class and remembers it', async ({ page, signedInAs }) => {
    const shell = await signedInAs('admin');
    await shell.goto('/');
    expect(await shell.isDark()).toBe(false);

    await shell.themeToggle.click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(shell.themeToggle).toHaveAccessibleName(t('zh-CN', 'theme.toLight'));

    await page.reload();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await shell.expectShown();
    await shell.themeToggle.click();
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  });

  test('with no choice made, the theme follows the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await new SignInPage(page).goto();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  });

  test('signing out returns to the sign-in page and ends the session', async ({ page }) => {
    // A session of its own: signing out revokes it, and the shared fixture's admin session must stay valid for other tests.
    const signIn = new SignInPage(page);
    await page.goto(`/sign-in?next=${encodeURIComponent('/quotas')}`);
    await signIn.signIn(accounts.admin.username, accounts.admin.password);
    await expect(page).toHaveURL('/quotas');
    const shell = new ConsolePage(page);
    await shell.expectShown();
    await shell.signOutButton.click();
    await expect(page).toHaveURL('/sign-in');
    await new SignInPage(page).expectShown();

    await page.goto('/quotas');
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent('/quotas')}`);
  });

  test('at 800 px the navigation folds into a menu', async ({ page, signedInAs }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    const shell = await signedInAs('acme');
    await page.goto('/');
    await expect(shell.heading).toHaveText(t('zh-CN', 'home.title'));
    await expect(shell.nav).toBeHidden();

    await page.getByRole('button', { name: t('zh-CN', 'shell.openMenu') }).click();
    await expect(shell.nav).toBeVisible();
    await shell.navLink('nav.subnets').click();
    await expect(page).toHaveURL('/subnets');
    await expect(shell.heading).toHaveText(t('zh-CN', 'nav.subnets'));
    await expect(shell.nav).toBeHidden();
  });
});
