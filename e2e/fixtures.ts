import { test as base, expect, request, type Cookie } from '@playwright/test';
import { accounts, type AccountName } from './support/accounts';
import { ConsolePage } from './pages/console-page';

interface WorkerFixtures {
  /**
   * The session cookies of a demo account, signed in once per worker through the API and shared by
   * the worker's tests. Signing out revokes a session, so a test that signs out signs in by itself.
   */
  sessionCookies: (account: AccountName) => Promise<Cookie[]>;
}

interface TestFixtures {
  /** Puts the account's session into this test's browser context and returns the console page object. */
  signedInAs: (account: AccountName) => Promise<ConsolePage>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  sessionCookies: [
    async ({}, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL');
      const cache = new Map<AccountName, Promise<Cookie[]>>();
      const signIn = async (name: AccountName): Promise<Cookie[]> => {
        const { username, password } = accounts[name];
        // The console accepts sign-ins only from its own origin.
        const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: new URL(baseURL).origin } });
        try {
          const res = await api.post('/api/session', { data: { username, password } });
          expect(res.status(), `sign-in of ${username}: ${await res.text()}`).toBe(200);
          return (await api.storageState()).cookies;
        } finally {
          await api.dispose();
        }
      };
      await use((name) => {
        if (!cache.has(name)) cache.set(name, signIn(name));
        return cache.get(name)!;
      });
    },
    { scope: 'worker' },
  ],

  signedInAs: async ({ page, context, sessionCookies }, use) => {
    await use(async (name) => {
      await context.addCookies(await sessionCookies(name));
      return new ConsolePage(page);
    });
  },
});

export { expect };
