import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Locale, type MessageKey } from '@/lib/i18n';
import { ConsolePage } from './console-page';

/** One server (/servers/:id): header, status, actions, tabs, dialogs. */
export class ServerDetailPage extends ConsolePage {
  constructor(page: Page, locale: Locale = 'zh-CN') {
    super(page, locale);
  }

  private tr(key: MessageKey, values?: Record<string, string | number>): string {
    return t(this.locale, key, values);
  }

  async open(id: string, tab?: 'snapshots' | 'tasks'): Promise<void> {
    await this.goto(`/servers/${id}${tab ? `?tab=${tab}` : ''}`);
  }

  get status(): Locator {
    return this.page.getByRole('main').locator('header').getByTestId('status-badge');
  }

  async expectStatus(status: string, timeout = 30_000): Promise<void> {
    await expect(this.status).toHaveAttribute('data-status', status, { timeout });
    await expect(this.status).toHaveText(this.tr(`servers.status.${status}` as MessageKey));
  }

  /** The progress of the task last started on this server here. */
  get taskProgress(): Locator {
    return this.page.getByRole('main').locator('header').getByTestId('task-progress');
  }

  async expectTaskDone(timeout = 45_000): Promise<void> {
    await expect(this.taskProgress).toHaveAttribute('data-phase', 'done', { timeout });
    await expect(this.taskProgress).toContainText(this.tr('resource.task.phase.done'));
  }

  action(key: MessageKey): Locator {
    return this.page.getByRole('toolbar', { name: this.tr('resource.actions.label') }).getByRole('button', { name: this.tr(key), exact: true });
  }

  get confirmDialog(): Locator {
    return this.page.getByTestId('confirm-dialog');
  }

  async confirm(action: MessageKey): Promise<void> {
    await this.confirmDialog.getByRole('button', { name: this.tr(action), exact: true }).click();
    await expect(this.confirmDialog).toBeHidden();
  }

  get formDialog(): Locator {
    return this.page.getByTestId('action-form-dialog');
  }

  get editDialog(): Locator {
    return this.page.getByTestId('server-edit-dialog');
  }

  get disksDialog(): Locator {
    return this.page.getByTestId('server-disks-dialog');
  }

  get nicsDialog(): Locator {
    return this.page.getByTestId('server-nics-dialog');
  }

  /** The button next to the disk table (`disks`) or the NIC table (`nics`) that opens its edit dialog. */
  deviceAction(table: 'disks' | 'nics'): Locator {
    return this.page.getByTestId(`server-action-${table}`);
  }

  /** A row of the overview's disk table (`ide0`…) or NIC table (`net0`…). */
  deviceRow(table: 'disks' | 'nics', id: string): Locator {
    return this.page.getByTestId(`server-${table}`).getByRole('row').filter({ has: this.page.getByRole('cell', { name: id, exact: true }) });
  }

  tab(id: 'overview' | 'snapshots' | 'tasks'): Locator {
    return this.page.getByRole('tab', { name: this.tr(`servers.detail.tab.${id}`) });
  }

  detail(id: string): Locator {
    return this.page.locator(`[data-detail="${id}"] dd`);
  }

  get snapshotCount(): Locator {
    return this.page.getByTestId('snapshot-count');
  }

  snapshotRow(name: string): Locator {
    return this.page.getByTestId('server-snapshots').getByTestId('resource-row').filter({ hasText: name });
  }

  /** Opens a snapshot's action menu and picks an action. */
  async snapshotAction(name: string, action: MessageKey): Promise<void> {
    await this.snapshotRow(name).getByRole('button', { name: this.tr('resource.actions.for', { name }) }).click();
    await this.page.getByRole('menu').getByRole('menuitem', { name: this.tr(action), exact: true }).click();
  }

  get notFound(): Locator {
    return this.page.getByTestId('server-not-found');
  }
}
