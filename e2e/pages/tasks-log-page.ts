import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Locale } from '@/lib/i18n';

/** The operation log (/tasks): filters, the table, paging; and a task's detail page (/tasks/[id]). */
export class TasksLogPage {
  constructor(
    readonly page: Page,
    readonly locale: Locale = 'zh-CN',
  ) {}

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/tasks${search}`);
    await expect(this.page.getByRole('main').getByRole('heading', { level: 1, name: t(this.locale, 'nav.tasks') })).toBeVisible();
    await this.settled();
  }

  /** Waits until the view the URL names is shown (not the previous one, kept while it loads). */
  async settled(): Promise<void> {
    await expect(this.page.getByTestId('op-log-results')).toHaveAttribute('aria-busy', 'false');
  }

  get table(): Locator {
    return this.page.getByTestId('op-log-table');
  }

  get rows(): Locator {
    return this.page.getByTestId('op-log-row');
  }

  row(taskId: string): Locator {
    return this.page.locator(`[data-testid="op-log-row"][data-task-id="${taskId}"]`);
  }

  get summary(): Locator {
    return this.page.getByTestId('op-log-summary');
  }

  get filters(): Locator {
    return this.page.getByRole('search', { name: t(this.locale, 'tasks.filter.label') });
  }

  select(key: 'tasks.filter.status' | 'tasks.filter.objectType' | 'tasks.filter.tenant'): Locator {
    return this.filters.getByLabel(t(this.locale, key), { exact: true });
  }

  input(key: 'tasks.filter.from' | 'tasks.filter.to'): Locator {
    return this.filters.getByLabel(t(this.locale, key), { exact: true });
  }

  async apply(): Promise<void> {
    await this.filters.getByRole('button', { name: t(this.locale, 'tasks.filter.apply'), exact: true }).click();
  }

  get pager(): Locator {
    return this.page.getByRole('navigation', { name: t(this.locale, 'tasks.pager.label') });
  }

  get pageSize(): Locator {
    return this.pager.getByLabel(t(this.locale, 'tasks.pager.pageSize'));
  }

  get next(): Locator {
    return this.pager.getByRole('link', { name: t(this.locale, 'tasks.pager.next') });
  }

  get previous(): Locator {
    return this.pager.getByRole('link', { name: t(this.locale, 'tasks.pager.previous') });
  }

  /** The URL's search params now. */
  params(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  /** The task detail page's root (after following a row's link). */
  get detail(): Locator {
    return this.page.getByTestId('task-detail');
  }

  get detailSubTasks(): Locator {
    return this.detail.getByTestId('sub-task');
  }
}
