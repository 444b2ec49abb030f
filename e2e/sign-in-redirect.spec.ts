import { t } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { ConsolePage } from './pages/console-page';
import { OffSiteGuard } from './pages/off-site-guard';
import { SignInPage } from './pages/sign-in-page';
import { accounts } from './support/accounts';
import { HOSTILE_NEXT } from './support/hostile-next';

/**
 * Issue 9 item 1: whatever `?next=` says, signing in lands on a page of the
 * console itself (the overview for anything hostile), and the browser never
 * asks another origin for anything.
 */
test.describe('sign-in ?next= never leaves the console', () => {
  test('after a form sign-in, for every hostile next', async ({ page, context, baseURL }) => {
    test.setTimeout(HOSTILE_NEXT.length * 6_000 + 30_000);
    const guard = await OffSiteGuard.watch(context, baseURL!);
    const signIn = new SignInPage(page);
    const shell = new ConsolePage(page);
    for (const next of HOSTILE_NEXT) {
      await context.clearCookies();
      await signIn.goto(next);
      await signIn.signIn(accounts.acme.username, accounts.acme.password);
      await expect(page, JSON.stringify(next)).toHaveURL(`${baseURL}/`);
      await expect(shell.heading, JSON.stringify(next)).toHaveText(t('zh-CN', 'home.title'));
    }
    expect(guard.attempts).toEqual([]);
  });

  test('at once when already signed in, for every hostile next', async ({ page, context, baseURL, signedInAs }) => {
    test.setTimeout(HOSTILE_NEXT.length * 4_000 + 30_000);
    const shell = await signedInAs('acme');
    const guard = await OffSiteGuard.watch(context, baseURL!);
    for (const next of HOSTILE_NEXT) {
      await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
      await expect(page, JSON.stringify(next)).toHaveURL(`${baseURL}/`);
      await expect(shell.heading, JSON.stringify(next)).toHaveText(t('zh-CN', 'home.title'));
    }
    expect(guard.attempts).toEqual([]);
  });

  test('the issue\'s own link, typed as it was reported, and a console path that must survive', async ({ page, context, baseURL, signedInAs }) => {
    const shell = await signedInAs('acme');
    const guard = await OffSiteGuard.watch(context, baseURL!);
    await page.goto('/sign-in?next=%2F..%2F%2Fevil.example%2Fphish');
    await expect(page).toHaveURL(`${baseURL}/`);
    await expect(shell.heading).toHaveText(t('zh-CN', 'home.title'));
    await page.goto(`/sign-in?next=${encodeURIComponent('/servers?status=running#x')}`);
    await expect(page).toHaveURL(`${baseURL}/servers?status=running#x`);
    await expect(shell.heading).toHaveText(t('zh-CN', 'nav.servers'));
    expect(guard.attempts).toEqual([]);
  });
});
