import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Locale, type MessageKey } from '@/lib/i18n';

/** Any signed-in console page: the sidebar navigation and the top bar. */
export class ConsolePage {
  constructor(
    readonly page: Page,
    public locale: Locale = 'zh-CN',
  ) {}

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: t(this.locale, 'nav.label') });
  }

  /** The navigation link labelled with `key`. */
  navLink(key: MessageKey): Locator {
    return this.nav.getByRole('link', { name: t(this.locale, key), exact: true });
  }

  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  get username(): Locator {
    return this.page.getByTestId('current-username');
  }

  get role(): Locator {
    return this.page.getByTestId('current-role');
  }

  get tenant(): Locator {
    return this.page.getByTestId('current-tenant');
  }

  get languageSwitch(): Locator {
    return this.page.getByLabel(t(this.locale, 'locale.label'), { exact: true });
  }

  get themeToggle(): Locator {
    return this.page.getByTestId('theme-toggle');
  }

  get signOutButton(): Locator {
    return this.page.getByRole('button', { name: t(this.locale, 'shell.signOut'), exact: true });
  }

  get notPermitted(): Locator {
    return this.page.getByTestId('not-permitted');
  }

  /** Opens `path` and waits for the console frame (the session check is done). */
  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.nav).toBeVisible();
  }

  /** Picks `locale` in the language switch; later lookups use its strings. */
  async switchLanguage(locale: Locale): Promise<void> {
    await this.languageSwitch.selectOption(locale);
    this.locale = locale;
    await expect(this.page.locator('html')).toHaveAttribute('lang', locale);
  }

  /** True while <html> carries the `dark` class. */
  async isDark(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.classList.contains('dark'));
  }
}
