import { t } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { ConsolePage } from './pages/console-page';
import { SignInPage } from './pages/sign-in-page';
import { accounts } from './support/accounts';

/**
 * Issue 9 item 2: signing out ends the session everywhere at once. A second
 * browser holding a copy of the cookie (taken with context.cookies() before the
 * sign-out) is refused by the API and sent to sign in by every page.
 */
test('a cookie copied before sign-out is refused by the API and by pages once the first browser signs out', async ({ browser, baseURL }) => {
  // A session of its own: the shared fixture's cookies must stay valid for other tests.
  const first = await browser.newContext({ baseURL });
  const second = await browser.newContext({ baseURL });
  try {
    const page = await first.newPage();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(accounts.acme.username, accounts.acme.password);
    const shell = new ConsolePage(page);
    await expect(shell.username).toHaveText('acme');

    await second.addCookies(await first.cookies());
    const copy = await second.newPage();
    const copyShell = new ConsolePage(copy);
    await copyShell.goto('/servers');
    await expect(copyShell.heading).toHaveText(t('zh-CN', 'nav.servers'));
    expect((await second.request.get('/api/session')).status()).toBe(200);
    expect((await second.request.get('/api/servers?pageSize=1')).status()).toBe(200);

    await shell.signOutButton.click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await signIn.expectShown();

    for (const path of ['/api/session', '/api/servers?pageSize=1', '/api/tasks?pageSize=1']) {
      const res = await second.request.get(path);
      expect(res.status(), path).toBe(401);
      expect((await res.json()).error.code, path).toBe('unauthenticated');
    }
    const create = await second.request.post('/api/floatingips', { headers: { origin: new URL(baseURL!).origin }, data: {} });
    expect(create.status()).toBe(401);

    for (const path of ['/servers', '/tasks', '/']) {
      await copy.goto(path);
      await expect(copy, path).toHaveURL(path === '/' ? /\/sign-in$/ : `${baseURL}/sign-in?next=${encodeURIComponent(path)}`);
      await new SignInPage(copy).expectShown();
    }
  } finally {
    await first.close();
    await second.close();
  }
});
