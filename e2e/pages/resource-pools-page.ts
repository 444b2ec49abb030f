import { expect, type Locator, type Page } from '@playwright/test';
import type { Locale } from '@/lib/i18n';
import { ConsolePage } from './console-page';

/** The resource pools page (/resource-pools): one card per AZ with its capacity meters. */
export class ResourcePoolsPage extends ConsolePage {
  constructor(page: Page, locale: Locale = 'zh-CN') {
    super(page, locale);
  }

  async open(): Promise<void> {
    await this.goto('/resource-pools');
    await expect(this.cards.first()).toBeVisible();
  }

  get cards(): Locator {
    return this.page.getByTestId('pool-card');
  }

  card(azId: string): Locator {
    return this.page.locator(`[data-testid="pool-card"][data-az="${azId}"]`);
  }

  /** A capacity meter of a card (`physical-cpu`, `virtual-CPU`…): its block holds the label, the share and the figures. */
  meter(azId: string, id: string): Locator {
    return this.card(azId).locator(`[data-usage="${id}"]`);
  }
}
