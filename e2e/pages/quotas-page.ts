import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Locale, type MessageKey } from '@/lib/i18n';
import { ConsolePage } from './console-page';

/** The quotas page (/quotas): the tenant picker (admins), one table per AZ, and the edit dialog. */
export class QuotasPage extends ConsolePage {
  constructor(page: Page, locale: Locale = 'zh-CN') {
    super(page, locale);
  }

  private tr(key: MessageKey, values?: Record<string, string | number>): string {
    return t(this.locale, key, values);
  }

  /** Opens /quotas (with `?project_id=` when given) and waits for the quota tables. */
  async open(projectId?: string): Promise<void> {
    await this.goto(`/quotas${projectId ? `?project_id=${projectId}` : ''}`);
    await expect(this.groups.first()).toBeVisible();
  }

  get tenantPicker(): Locator {
    return this.page.getByLabel(this.tr('quotas.tenant.label'), { exact: true });
  }

  get groups(): Locator {
    return this.page.getByTestId('quota-group');
  }

  group(azId: string): Locator {
    return this.page.locator(`[data-testid="quota-group"][data-az="${azId}"]`);
  }

  /** A quota's row in an AZ's table (`compute/cores`). */
  row(azId: string, key: string): Locator {
    return this.group(azId).locator(`tr[data-quota="${key}"]`);
  }

  usage(azId: string, key: string): Locator {
    return this.row(azId, key).getByTestId('quota-usage');
  }

  editButton(azId: string): Locator {
    return this.group(azId).getByRole('button', { name: this.tr('quotas.edit.button'), exact: true });
  }

  get editButtons(): Locator {
    return this.page.getByRole('button', { name: this.tr('quotas.edit.button'), exact: true });
  }

  get dialog(): Locator {
    return this.page.getByTestId('quota-edit-dialog');
  }

  /** The limit input of a quota in the open dialog, by its label. */
  limitInput(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  /** The GB/TB choice beside a size quota's input in the open dialog. */
  unitSelect(label: string): Locator {
    return this.dialog.getByLabel(this.tr('quotas.unit.label', { quota: label }), { exact: true });
  }

  /** Types a limit in the open dialog, choosing the unit of a size quota. */
  async setLimit(label: string, text: string, unit?: 'GB' | 'TB'): Promise<void> {
    await this.limitInput(label).fill(text);
    if (unit) await this.unitSelect(label).selectOption(unit);
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.tr('quotas.edit.submit'), exact: true }).click();
  }
}
