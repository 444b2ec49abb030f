import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Locale, type MessageKey } from '@/lib/i18n';
import { ConsolePage } from './console-page';

/** The server list (/servers): filters, table, row actions, bulk bar, pager. */
export class ServersListPage extends ConsolePage {
  constructor(page: Page, locale: Locale = 'zh-CN') {
    super(page, locale);
  }

  private tr(key: MessageKey, values?: Record<string, string | number>): string {
    return t(this.locale, key, values);
  }

  /** Opens /servers with a query string and waits for the table. */
  async open(query = ''): Promise<void> {
    await this.goto(`/servers${query ? `?${query}` : ''}`);
    await this.expectTable();
  }

  /** Waits for the table of the URL's view (not the previous view's rows, kept on screen while it loads). */
  async expectTable(): Promise<void> {
    await expect(this.page.getByRole('table', { name: this.tr('servers.list.caption') })).toBeVisible();
    await expect(this.page.locator('[data-stale]')).toHaveCount(0);
  }

  get rows(): Locator {
    return this.page.getByTestId('resource-row');
  }

  /** Names in the order the table shows them. */
  async names(): Promise<string[]> {
    return this.rows.locator('td[data-column="name"]').allInnerTexts();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  status(name: string): Locator {
    return this.row(name).getByTestId('status-badge');
  }

  /** Waits until the row's status badge reads `status`'s label. */
  async expectStatus(name: string, status: string, timeout = 30_000): Promise<void> {
    await expect(this.status(name)).toHaveAttribute('data-status', status, { timeout });
    await expect(this.status(name)).toHaveText(this.tr(`servers.status.${status}` as MessageKey));
  }

  /** Opens the row's action menu and picks an action. */
  async rowAction(name: string, action: MessageKey): Promise<Locator> {
    await this.row(name).getByRole('button', { name: this.tr('resource.actions.for', { name }) }).click();
    const item = this.page.getByRole('menu').getByRole('menuitem', { name: this.tr(action), exact: true });
    return item;
  }

  get confirmDialog(): Locator {
    return this.page.getByTestId('confirm-dialog');
  }

  /** Confirms the open dialog with its action's button. */
  async confirm(action: MessageKey): Promise<void> {
    await this.confirmDialog.getByRole('button', { name: this.tr(action), exact: true }).click();
    await expect(this.confirmDialog).toBeHidden();
  }

  select(name: string): Locator {
    return this.row(name).getByRole('checkbox', { name: this.tr('resource.select.row', { name }) });
  }

  get bulkBar(): Locator {
    return this.page.getByTestId('bulk-bar');
  }

  bulkButton(action: MessageKey): Locator {
    return this.bulkBar.getByRole('button', { name: this.tr(action), exact: true });
  }

  filter(label: MessageKey): Locator {
    return this.page.getByRole('search').getByLabel(this.tr(label), { exact: true });
  }

  sortHeader(column: MessageKey): Locator {
    return this.page.getByRole('columnheader').getByRole('button', { name: this.tr(column), exact: true });
  }

  get pagerSummary(): Locator {
    return this.page.getByTestId('pager-summary');
  }

  get pagerPage(): Locator {
    return this.page.getByTestId('pager-page');
  }

  get nextPage(): Locator {
    return this.page.getByRole('navigation', { name: this.tr('resource.pager.label') }).getByRole('button', { name: this.tr('resource.pager.next') });
  }

  get columnsButton(): Locator {
    return this.page.getByRole('button', { name: this.tr('resource.columns.button') });
  }

  columnHeader(column: MessageKey): Locator {
    return this.page.getByRole('columnheader', { name: this.tr(column) });
  }

  get refreshState(): Locator {
    return this.page.getByTestId('refresh-state');
  }
}
