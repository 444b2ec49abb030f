import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Locale } from '@/lib/i18n';

/** One sample of a task's progress bar in the tray. */
export interface ProgressSample {
  phase: string;
  value: number | null;
}

/** The task tray in the top bar: its button, panel, tracked tasks, the running-tasks list and the toasts. */
export class TasksTray {
  constructor(
    readonly page: Page,
    readonly locale: Locale = 'zh-CN',
  ) {}

  get root(): Locator {
    return this.page.getByTestId('task-tray');
  }

  /** The top-bar button; its name says how many tasks run. */
  get button(): Locator {
    return this.root.locator('button[aria-controls]');
  }

  get panel(): Locator {
    return this.page.getByRole('dialog', { name: t(this.locale, 'tasks.tray.title') });
  }

  get count(): Locator {
    return this.page.getByTestId('task-tray-count');
  }

  get showAll(): Locator {
    return this.panel.getByRole('checkbox');
  }

  async open(): Promise<void> {
    if (await this.panel.isVisible()) return;
    await this.button.click();
    await expect(this.panel).toBeVisible();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.panel).toBeHidden();
  }

  /** A task the user tracks. */
  tracked(taskId: string): Locator {
    return this.panel.locator(`[data-testid="tracked-task"][data-task-id="${taskId}"]`);
  }

  /** A task in the "all running tasks" list. */
  running(taskId: string): Locator {
    return this.panel.locator(`[data-testid="running-task"][data-task-id="${taskId}"]`);
  }

  /** Opens the panel, shows every running task and watches each of `taskIds` (started outside the console's pages). */
  async watch(taskIds: string[]): Promise<void> {
    await this.open();
    if (!(await this.showAll.isChecked())) await this.showAll.check();
    for (const id of taskIds) {
      const button = this.running(id).getByRole('button');
      await expect(button).toHaveText(t(this.locale, 'tasks.running.watch'));
      await button.click();
      await expect(button).toHaveText(t(this.locale, 'tasks.running.watching'));
      await expect(this.tracked(id)).toBeVisible();
    }
  }

  /** What the task's bar shows now: its phase and aria-valuenow. */
  async sample(taskId: string): Promise<ProgressSample> {
    const item = this.tracked(taskId);
    const bar = item.getByRole('progressbar').first();
    const [phase, value] = await Promise.all([item.getAttribute('data-phase'), bar.getAttribute('aria-valuenow')]);
    return { phase: phase ?? '', value: value === null ? null : Number(value) };
  }

  /**
   * Samples every task's bar every 100 ms until all are terminal (or the time
   * is up): what a user watching the tray would have seen, in order.
   */
  async watchUntilEnded(taskIds: string[], timeoutMs = 30_000): Promise<Map<string, ProgressSample[]>> {
    const seen = new Map(taskIds.map((id) => [id, [] as ProgressSample[]]));
    const terminal = ['done', 'failed', 'cancelled', 'missing'];
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const samples = await Promise.all(taskIds.map((id) => this.sample(id)));
      samples.forEach((s, i) => seen.get(taskIds[i])!.push(s));
      if (samples.every((s) => terminal.includes(s.phase)) || Date.now() > deadline) return seen;
      await this.page.waitForTimeout(100);
    }
  }

  /** SCP's failure reason shown under a tracked task. */
  reason(taskId: string): Locator {
    return this.tracked(taskId).getByTestId('task-reason');
  }

  get toasts(): Locator {
    return this.page.getByTestId('task-toast');
  }
}
