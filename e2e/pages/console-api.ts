import { expect, type Page } from '@playwright/test';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Calls the console API with the signed-in page's cookies, as the browser
 * does: `page.request` shares the context's cookies, and mutations carry the
 * console's own Origin (the BFF refuses others). For what a test is not about:
 * setting things up, finding ids, waiting for tasks, cleaning up.
 */
export class ConsoleApi {
  constructor(
    readonly page: Page,
    /** The console's base URL (the test's `baseURL`). */
    readonly baseURL: string,
  ) {}

  protected get origin(): string {
    return new URL(this.baseURL).origin;
  }

  /** The call's JSON answer (undefined for an empty one); an error status fails the test, naming the call. */
  protected async call<T>(method: Method, path: string, data?: unknown): Promise<T> {
    const res = await this.page.request.fetch(path, { method, data, headers: method === 'GET' ? {} : { origin: this.origin } });
    const text = await res.text();
    expect(res.status(), `${method} ${path}: ${text}`).toBeLessThan(300);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Waits for an SCP task to end, and answers its status. */
  async taskEnd(taskId: string, timeout = 45_000): Promise<string> {
    let status = '';
    await expect.poll(async () => (status = (await this.call<{ status: string }>('GET', `/api/tasks/${taskId}`)).status), { timeout }).toMatch(/^(finish|failure|cancelled)$/);
    return status;
  }
}
