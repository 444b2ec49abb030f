import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Locale, type MessageKey } from '@/lib/i18n';
import { ConsolePage } from './console-page';

/** The tenant list (/tenants): search, rows, row actions and the create, edit and delete dialogs. */
export class TenantsPage extends ConsolePage {
  constructor(page: Page, locale: Locale = 'zh-CN') {
    super(page, locale);
  }

  private tr(key: MessageKey, values?: Record<string, string | number>): string {
    return t(this.locale, key, values);
  }

  /** Opens /tenants with a query string and waits for the table. */
  async open(query = ''): Promise<void> {
    await this.goto(`/tenants${query ? `?${query}` : ''}`);
    await expect(this.page.getByRole('table', { name: this.tr('tenants.list.caption') })).toBeVisible();
    await expect(this.page.locator('[data-stale]')).toHaveCount(0);
  }

  get rows(): Locator {
    return this.page.getByTestId('resource-row');
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.locator('td[data-column="name"]').getByText(name, { exact: true }) });
  }

  /** Opens the row's action menu and answers the action's menu item. */
  async rowAction(name: string, action: MessageKey): Promise<Locator> {
    await this.row(name).getByRole('button', { name: this.tr('resource.actions.for', { name }) }).click();
    return this.page.getByRole('menu').getByRole('menuitem', { name: this.tr(action), exact: true });
  }

  get createDialog(): Locator {
    return this.page.getByTestId('tenant-create-dialog');
  }

  get formDialog(): Locator {
    return this.page.getByTestId('action-form-dialog');
  }

  get confirmDialog(): Locator {
    return this.page.getByTestId('confirm-dialog');
  }

  /** Fills a dialog's field by its label key. */
  async fill(dialog: Locator, label: MessageKey, value: string): Promise<void> {
    await dialog.getByLabel(this.tr(label), { exact: true }).fill(value);
  }

  /** Gives a tenant a resource pool through its row's dialog, and waits for the association's task to show it in the row. */
  async addResourcePool(name: string, poolName: string): Promise<void> {
    await (await this.rowAction(name, 'tenants.action.azs')).click();
    const dialog = this.page.getByTestId('tenant-azs-dialog');
    await dialog.getByRole('checkbox', { name: poolName }).check();
    await dialog.getByRole('button', { name: this.tr('tenants.azs.submit'), exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(name).locator('td[data-column="azs"]')).toHaveText(poolName, { timeout: 30_000 });
  }

  /** Creates a tenant through the dialog and waits for it to close. */
  async create(values: { name: string; adminName: string; mail: string; phone: string; password: string }): Promise<void> {
    await this.page.getByRole('button', { name: this.tr('tenants.create.button'), exact: true }).click();
    const dialog = this.createDialog;
    await this.fill(dialog, 'tenants.field.name', values.name);
    await this.fill(dialog, 'tenants.field.adminName', values.adminName);
    await this.fill(dialog, 'tenants.field.mail', values.mail);
    await this.fill(dialog, 'tenants.field.phone', values.phone);
    await this.fill(dialog, 'tenants.field.password', values.password);
    await this.fill(dialog, 'tenants.field.confirm', values.password);
    await dialog.getByRole('button', { name: this.tr('tenants.create.submit'), exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
