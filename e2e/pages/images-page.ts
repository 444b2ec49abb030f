import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Locale, type MessageKey } from '@/lib/i18n';
import { ConsolePage } from './console-page';
import { isoFile } from '../support/image-files';

/** The image list (/images): table, row actions, the upload, upload-file and edit dialogs. */
export class ImagesPage extends ConsolePage {
  constructor(page: Page, locale: Locale = 'zh-CN') {
    super(page, locale);
  }

  tr(key: MessageKey, values?: Record<string, string | number>): string {
    return t(this.locale, key, values);
  }

  /** Opens /images with a query string and waits for the table of that view. */
  async open(query = ''): Promise<void> {
    await this.goto(`/images${query ? `?${query}` : ''}`);
    await expect(this.page.getByRole('table', { name: this.tr('images.list.caption') })).toBeVisible();
    await expect(this.page.locator('[data-stale]')).toHaveCount(0);
  }

  get rows(): Locator {
    return this.page.getByTestId('resource-row');
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.locator('td[data-column="name"]').getByText(name, { exact: true }) });
  }

  /** Waits until the row's status badge reads `status`'s label. */
  async expectStatus(name: string, status: string, timeout = 60_000): Promise<void> {
    const badge = this.row(name).getByTestId('status-badge');
    await expect(badge).toHaveAttribute('data-status', status, { timeout });
    await expect(badge).toHaveText(this.tr(`images.status.${status}` as MessageKey));
  }

  /** Opens the row's action menu; answers the menu item of `action`. */
  async rowAction(name: string, action: MessageKey): Promise<Locator> {
    await this.row(name).getByRole('button', { name: this.tr('resource.actions.for', { name }) }).click();
    return this.page.getByRole('menu').getByRole('menuitem', { name: this.tr(action), exact: true });
  }

  columnHeader(column: MessageKey): Locator {
    return this.page.getByRole('columnheader', { name: this.tr(column) });
  }

  get uploadButton(): Locator {
    return this.page.getByRole('button', { name: this.tr('images.upload.button'), exact: true });
  }

  get uploadDialog(): Locator {
    return this.page.getByTestId('image-upload-dialog');
  }

  get fileDialog(): Locator {
    return this.page.getByTestId('image-file-dialog');
  }

  get editDialog(): Locator {
    return this.page.getByTestId('image-edit-dialog');
  }

  get confirmDialog(): Locator {
    return this.page.getByTestId('confirm-dialog');
  }

  /** The image-type choice of the upload dialog (admins only). */
  imageTypeChoice(type: 'private' | 'public'): Locator {
    return this.uploadDialog.getByRole('radio', { name: this.tr(`images.type.${type}`), exact: true });
  }

  /** Fills the upload dialog: name, the first AZ offered, and a generated file of `bytes`. */
  async fillUpload(name: string, bytes: number): Promise<void> {
    const dialog = this.uploadDialog;
    await dialog.getByLabel(this.tr('images.field.name'), { exact: true }).fill(name);
    await dialog.getByRole('group', { name: this.tr('images.field.azs') }).getByRole('checkbox').first().check();
    await this.chooseFile(dialog, bytes);
  }

  /** Picks a generated ISO of `bytes` in a dialog's file field, or the file given. */
  async chooseFile(dialog: Locator, bytes: number, file?: { name: string; buffer: Buffer }): Promise<void> {
    const chosen = file ?? { name: 'e2e-image.iso', buffer: isoFile(bytes) };
    await dialog.getByLabel(this.tr('images.field.file'), { exact: true }).setInputFiles({ ...chosen, mimeType: 'application/octet-stream' });
  }

  /** Submits a dialog with its button labelled `label`. */
  async submit(dialog: Locator, label: MessageKey): Promise<void> {
    await dialog.getByRole('button', { name: this.tr(label), exact: true }).click();
  }
}
