import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Locale } from '@/lib/i18n';

/** The sign-in page (/sign-in). */
export class SignInPage {
  constructor(
    readonly page: Page,
    readonly locale: Locale = 'zh-CN',
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: t(this.locale, 'signIn.title') });
  }

  get productName(): Locator {
    return this.page.getByTestId('product-name');
  }

  get username(): Locator {
    return this.page.getByLabel(t(this.locale, 'signIn.username'), { exact: true });
  }

  get password(): Locator {
    return this.page.getByLabel(t(this.locale, 'signIn.password'), { exact: true });
  }

  get submit(): Locator {
    return this.page.getByRole('button', { name: t(this.locale, 'signIn.submit'), exact: true });
  }

  /** The form's error message (Next's route announcer is an alert too, so look inside the form). */
  get error(): Locator {
    return this.page.getByTestId('sign-in-form').getByRole('alert');
  }

  /** Opens /sign-in, with `?next=` when given. */
  async goto(next?: string): Promise<void> {
    await this.page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** Types the credentials and submits; does not wait for the outcome. */
  async signIn(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}
