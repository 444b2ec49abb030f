import type { BrowserContext, Frame } from '@playwright/test';

/**
 * Watches a browser context for anything that leaves the console's origin:
 * every request (navigations, fetches, images, scripts) to another origin is
 * recorded and aborted, and so is every frame navigating to another origin.
 */
export class OffSiteGuard {
  /** What tried to leave: `request <url>` or `navigation <url>`. */
  readonly attempts: string[] = [];

  private constructor(private readonly origin: string) {}

  /** Starts watching `context`; `baseURL` names the console's origin. */
  static async watch(context: BrowserContext, baseURL: string): Promise<OffSiteGuard> {
    const guard = new OffSiteGuard(new URL(baseURL).origin);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (guard.isOwn(url)) return route.continue();
      guard.attempts.push(`request ${url}`);
      return route.abort('blockedbyclient');
    });
    const onFrame = (frame: Frame) => {
      const url = frame.url();
      if (url && url !== 'about:blank' && !guard.isOwn(url)) guard.attempts.push(`navigation ${url}`);
    };
    context.on('page', (page) => page.on('framenavigated', onFrame));
    for (const page of context.pages()) page.on('framenavigated', onFrame);
    return guard;
  }

  private isOwn(url: string): boolean {
    try {
      return new URL(url).origin === this.origin;
    } catch {
      return false;
    }
  }
}
