import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Locale, type MessageKey } from '@/lib/i18n';
import { ConsolePage } from './console-page';

/** The shared-disk list (/volumes) and one shared disk (/volumes/:id): rows, actions, the create and action dialogs. */
export class VolumesPage extends ConsolePage {
  constructor(page: Page, locale: Locale = 'zh-CN') {
    super(page, locale);
  }

  tr(key: MessageKey, values?: Record<string, string | number>): string {
    return t(this.locale, key, values);
  }

  /** Opens /volumes with a query string and waits for the table. */
  async open(query = ''): Promise<void> {
    await this.goto(`/volumes${query ? `?${query}` : ''}`);
    await expect(this.page.getByRole('table', { name: this.tr('volumes.list.caption') })).toBeVisible();
    await expect(this.page.locator('[data-stale]')).toHaveCount(0);
  }

  row(name: string): Locator {
    return this.page.getByTestId('resource-row').filter({ has: this.page.locator('td[data-column="name"]').getByText(name, { exact: true }) });
  }

  cell(name: string, column: string): Locator {
    return this.row(name).locator(`td[data-column="${column}"]`);
  }

  /** Waits until the row's status badge reads `status`'s label. */
  async expectStatus(name: string, status: string, timeout = 45_000): Promise<void> {
    const badge = this.row(name).getByTestId('status-badge');
    await expect(badge).toHaveAttribute('data-status', status, { timeout });
    await expect(badge).toHaveText(this.tr(`volumes.status.${status}` as MessageKey));
  }

  /** Opens the row's action menu; answers the action's menu item. */
  async rowAction(name: string, action: MessageKey): Promise<Locator> {
    await this.row(name).getByRole('button', { name: this.tr('resource.actions.for', { name }) }).click();
    return this.page.getByRole('menu').getByRole('menuitem', { name: this.tr(action), exact: true });
  }

  get createButton(): Locator {
    return this.page.getByTestId('volume-create');
  }

  get createDialog(): Locator {
    return this.page.getByTestId('volume-create-dialog');
  }

  get formDialog(): Locator {
    return this.page.getByTestId('action-form-dialog');
  }

  get confirmDialog(): Locator {
    return this.page.getByTestId('confirm-dialog');
  }

  field(dialog: Locator, label: MessageKey): Locator {
    return dialog.getByLabel(this.tr(label), { exact: true });
  }

  async confirm(action: MessageKey): Promise<void> {
    await this.confirmDialog.getByRole('button', { name: this.tr(action), exact: true }).click();
    await expect(this.confirmDialog).toBeHidden();
  }

  /** A labelled value of the detail page. */
  detail(id: string): Locator {
    return this.page.getByTestId('resource-detail').locator(`[data-detail="${id}"] dd`);
  }

  /** A button of the detail page's toolbar. */
  detailAction(action: string): Locator {
    return this.page.getByTestId(`detail-action-${action}`);
  }
}
