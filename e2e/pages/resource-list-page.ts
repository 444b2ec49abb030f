import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Locale, type MessageKey } from '@/lib/i18n';
import { ConsolePage } from './console-page';

/**
 * Any list the generic views render (`/{segment}`): its table, rows, row
 * actions, filters, and the confirmation and action-form dialogs.
 */
export class ResourceListPage extends ConsolePage {
  constructor(
    page: Page,
    /** The list's path segment (`vpcs`, `volumes`). */
    readonly segment: string,
    /** The table's caption, by which the table is found. */
    readonly captionKey: MessageKey,
    locale: Locale = 'zh-CN',
  ) {
    super(page, locale);
  }

  tr(key: MessageKey, values?: Record<string, string | number>): string {
    return t(this.locale, key, values);
  }

  /** Opens the list with a query string and waits for its table. */
  async open(query = ''): Promise<void> {
    await this.goto(`/${this.segment}${query ? `?${query}` : ''}`);
    await this.expectTable();
  }

  async expectTable(): Promise<void> {
    await expect(this.table).toBeVisible();
    await expect(this.page.locator('[data-stale]')).toHaveCount(0);
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: this.tr(this.captionKey) });
  }

  get rows(): Locator {
    return this.page.getByTestId('resource-row');
  }

  /** The row whose `column` cell reads exactly `text`. */
  rowWhere(column: string, text: string): Locator {
    return this.rows.filter({ has: this.page.locator(`td[data-column="${column}"]`, { hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) }) });
  }

  row(name: string): Locator {
    return this.rowWhere('name', name);
  }

  /** Names in the order the table shows them. */
  async names(): Promise<string[]> {
    return this.rows.locator('td[data-column="name"]').allInnerTexts();
  }

  /** Row keys (ids) shown. */
  async ids(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key') ?? ''));
  }

  /** The action `action` of the row's menu (opened). */
  async rowAction(row: Locator, name: string, action: MessageKey): Promise<Locator> {
    await row.getByRole('button', { name: this.tr('resource.actions.for', { name }) }).click();
    return this.page.getByRole('menu').getByRole('menuitem', { name: this.tr(action), exact: true });
  }

  dialog(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  get confirmDialog(): Locator {
    return this.page.getByTestId('confirm-dialog');
  }

  /** Confirms the open confirmation with its action's button. */
  async confirm(action: MessageKey): Promise<void> {
    await this.confirmDialog.getByRole('button', { name: this.tr(action), exact: true }).click();
    await expect(this.confirmDialog).toBeHidden();
  }

  get formDialog(): Locator {
    return this.page.getByTestId('action-form-dialog');
  }

  /** A labelled input inside `scope`. */
  field(scope: Locator, label: MessageKey): Locator {
    return scope.getByLabel(this.tr(label), { exact: true });
  }

  filter(label: MessageKey): Locator {
    return this.page.getByRole('search').getByLabel(this.tr(label), { exact: true });
  }

  columnHeader(column: MessageKey): Locator {
    return this.page.getByRole('columnheader', { name: this.tr(column) });
  }
}
