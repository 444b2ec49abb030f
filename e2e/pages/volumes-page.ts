import { expect, type Locator, type Page } from '@playwright/test';
import type { Locale, MessageKey } from '@/lib/i18n';
import { ResourceListPage } from './resource-list-page';

/** The shared-disk list (/volumes) and one shared disk (/volumes/:id): the generic list and detail, and the create dialog. */
export class VolumesPage extends ResourceListPage {
  constructor(page: Page, locale: Locale = 'zh-CN') {
    super(page, 'volumes', 'volumes.list.caption', locale);
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

  get createButton(): Locator {
    return this.page.getByTestId('volume-create');
  }

  get createDialog(): Locator {
    return this.page.getByTestId('volume-create-dialog');
  }

  /** Fills the create form's name, pool and size; the caller submits. */
  async fillCreate(name: string, pool: string, sizeGb: string): Promise<void> {
    await this.field(this.createDialog, 'volumes.field.name').fill(name);
    await this.field(this.createDialog, 'volumes.field.az').selectOption({ label: pool });
    await this.field(this.createDialog, 'volumes.field.size').fill(sizeGb);
  }

  /** Submits the create form. */
  async submitCreate(): Promise<void> {
    await this.createDialog.getByRole('button', { name: this.tr('volumes.create.submit'), exact: true }).click();
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
