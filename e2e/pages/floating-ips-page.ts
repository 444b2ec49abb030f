import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Locale, type MessageKey } from '@/lib/i18n';
import { ConsolePage } from './console-page';

/** The floating-IP list (/floating-ips): table, row actions, the allocate and action dialogs. */
export class FloatingIpsPage extends ConsolePage {
  constructor(page: Page, locale: Locale = 'zh-CN') {
    super(page, locale);
  }

  tr(key: MessageKey, values?: Record<string, string | number>): string {
    return t(this.locale, key, values);
  }

  /** Opens /floating-ips with a query string and waits for the table. */
  async open(query = ''): Promise<void> {
    await this.goto(`/floating-ips${query ? `?${query}` : ''}`);
    await this.expectTable();
  }

  async expectTable(): Promise<void> {
    await expect(this.page.getByRole('table', { name: this.tr('floatingIps.list.caption') })).toBeVisible();
    await expect(this.page.locator('[data-stale]')).toHaveCount(0);
  }

  get rows(): Locator {
    return this.page.getByTestId('resource-row');
  }

  /** Addresses in the order the table shows them. */
  async addresses(): Promise<string[]> {
    return this.rows.locator('td[data-column="address"]').allInnerTexts();
  }

  row(address: string): Locator {
    return this.rows.filter({ has: this.page.locator('td[data-column="address"]', { hasText: new RegExp(`^${address.replace(/\./g, '\\.')}$`) }) });
  }

  cell(address: string, column: string): Locator {
    return this.row(address).locator(`td[data-column="${column}"]`);
  }

  /** Waits until the row's status badge reads `status`'s label. */
  async expectStatus(address: string, status: string, timeout = 30_000): Promise<void> {
    const badge = this.row(address).getByTestId('status-badge');
    await expect(badge).toHaveAttribute('data-status', status, { timeout });
    await expect(badge).toHaveText(this.tr(`floatingIps.status.${status}` as MessageKey));
  }

  /** Opens the row's action menu; answers the action's menu item. */
  async rowAction(address: string, action: MessageKey): Promise<Locator> {
    await this.row(address).getByRole('button', { name: this.tr('resource.actions.for', { name: address }) }).click();
    return this.page.getByRole('menu').getByRole('menuitem', { name: this.tr(action), exact: true });
  }

  get allocateButton(): Locator {
    return this.page.getByTestId('allocate');
  }

  get allocateDialog(): Locator {
    return this.page.getByTestId('allocate-dialog');
  }

  get formDialog(): Locator {
    return this.page.getByTestId('action-form-dialog');
  }

  get confirmDialog(): Locator {
    return this.page.getByTestId('confirm-dialog');
  }

  /** A labelled control of a dialog. */
  field(dialog: Locator, label: MessageKey): Locator {
    return dialog.getByLabel(this.tr(label), { exact: true });
  }

  /** Allocates through the dialog; answers the new address the page announces. */
  async allocate(opts: { az: string; lineType: string; mbps: number; tenant?: string }): Promise<string> {
    await this.allocateButton.click();
    const dialog = this.allocateDialog;
    if (opts.tenant) await this.field(dialog, 'floatingIps.field.project').selectOption({ label: opts.tenant });
    await this.field(dialog, 'floatingIps.field.az').selectOption({ label: opts.az });
    await this.field(dialog, 'floatingIps.field.lineType').selectOption({ label: opts.lineType });
    await this.field(dialog, 'floatingIps.field.bandwidth').fill(String(opts.mbps));
    await dialog.getByRole('button', { name: this.tr('floatingIps.action.allocate'), exact: true }).click();
    await expect(dialog).toBeHidden();
    const notice = this.page.getByTestId('allocated');
    await expect(notice).toBeVisible();
    const address = (await notice.innerText()).match(/\d+\.\d+\.\d+\.\d+/)?.[0];
    expect(address, 'the allocated address').toBeTruthy();
    return address!;
  }

  /** Confirms the open dialog with its action's button. */
  async confirm(action: MessageKey): Promise<void> {
    await this.confirmDialog.getByRole('button', { name: this.tr(action), exact: true }).click();
    await expect(this.confirmDialog).toBeHidden();
  }

  filter(label: MessageKey): Locator {
    return this.page.getByRole('search').getByLabel(this.tr(label), { exact: true });
  }

  columnHeader(column: MessageKey): Locator {
    return this.page.getByRole('columnheader', { name: this.tr(column) });
  }
}
