import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Locale, type MessageKey } from '@/lib/i18n';
import { ConsolePage } from './console-page';

/** The create-server wizard (/servers/new). */
export class ServerWizardPage extends ConsolePage {
  constructor(page: Page, locale: Locale = 'zh-CN') {
    super(page, locale);
  }

  private tr(key: MessageKey, values?: Record<string, string | number>): string {
    return t(this.locale, key, values);
  }

  async open(): Promise<void> {
    await this.goto('/servers/new');
    await expect(this.heading).toHaveText(this.tr('servers.create.title'));
  }

  get form(): Locator {
    return this.page.getByRole('main').locator('form');
  }

  /** The step now shown (its heading). */
  async expectStep(step: 'az' | 'image' | 'compute' | 'storage' | 'network' | 'details' | 'review'): Promise<void> {
    await expect(this.form.getByRole('heading', { level: 2 })).toHaveText(this.tr(`servers.create.step.${step}`));
  }

  async next(): Promise<void> {
    await this.page.getByTestId('wizard-next').click();
  }

  get submit(): Locator {
    return this.page.getByTestId('wizard-submit');
  }

  /** Picks a radio card by its name (AZ, image, storage tag). */
  async choose(label: string): Promise<void> {
    await this.form.getByRole('radio', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).check();
  }

  testId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  get quotaPanel(): Locator {
    return this.page.getByTestId('quota-panel');
  }

  get quotaShort(): Locator {
    return this.page.getByTestId('quota-short');
  }

  get fieldErrors(): Locator {
    return this.form.getByTestId('field-error');
  }
}
