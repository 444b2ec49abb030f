import { expect, type Locator, type Page, type Request } from '@playwright/test';
import { ConsolePage } from './console-page';

/** The overview (概览, `/`): its figures, cards and task lists, and the console API requests one view makes. */
export class OverviewPage extends ConsolePage {
  /** Console API requests (`/api/…`) the page has sent since `countRequests()`. */
  readonly requests: string[] = [];

  constructor(page: Page) {
    super(page);
  }

  /** Starts recording console API requests (method and path with query). */
  countRequests(): void {
    this.page.on('request', (req: Request) => {
      const url = new URL(req.url());
      if (url.pathname.startsWith('/api/')) this.requests.push(`${req.method()} ${url.pathname}${url.search}`);
    });
  }

  async open(): Promise<void> {
    await this.goto('/');
  }

  figure(id: string): Locator {
    return this.page.locator(`[data-testid="overview-figure"][data-figure="${id}"]`);
  }

  /** The figure's number as shown. */
  figureValue(id: string): Locator {
    return this.figure(id).getByTestId('figure-value');
  }

  card(id: string): Locator {
    return this.page.locator(`[data-testid="overview-card"][data-card="${id}"]`);
  }

  platformFact(id: string): Locator {
    return this.card('platform').locator(`[data-testid="platform-fact"][data-fact="${id}"] dd`).first();
  }

  tasks(cardId: string): Locator {
    return this.card(cardId).getByTestId('overview-task');
  }

  /** Waits until every figure and card has its answer (no loading line left). */
  async expectSettled(): Promise<void> {
    await expect(this.page.getByRole('main').getByRole('status')).toHaveCount(0);
    await expect(this.page.getByTestId('overview-error')).toHaveCount(0);
  }
}
