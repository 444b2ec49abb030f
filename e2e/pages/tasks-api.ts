import { expect, request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';

/** A server as the console lists it (the fields the task specs use). */
export interface ListedServer {
  id: string;
  name: string;
  status: string;
}

/** Statuses a server rests in and can be powered from: start from stopped, stop from running. */
const POWERABLE = ['running', 'stopped'];

/**
 * Calls the console API with the signed-in browser context's cookies, as the
 * pages do: `page.request` shares the context's cookies; mutations carry the
 * console's own Origin (the BFF refuses others).
 */
export class TasksApi {
  constructor(
    readonly page: Page,
    /** The console's base URL (the test's `baseURL`). */
    readonly baseURL: string,
  ) {}

  private get request(): APIRequestContext {
    return this.page.request;
  }

  private get origin(): string {
    return new URL(this.baseURL).origin;
  }

  private async post(path: string, data?: unknown): Promise<unknown> {
    const res = await this.request.post(path, { data: data ?? {}, headers: { origin: this.origin } });
    expect(res.status(), `POST ${path}: ${await res.text()}`).toBeLessThan(300);
    return res.status() === 204 ? undefined : res.json();
  }

  /**
   * The seed's servers the signed-in user can power now, by name (a stable
   * order across runs; servers other specs create, `e2e-…`, come and go and
   * are left out); only those named `prefix…` when given.
   */
  async powerableServers(prefix = ''): Promise<ListedServer[]> {
    const res = await this.request.get('/api/servers?pageSize=100');
    expect(res.status(), await res.text()).toBe(200);
    const { items } = (await res.json()) as { items: ListedServer[] };
    return items
      .filter((s) => POWERABLE.includes(s.status) && s.name.startsWith(prefix) && !s.name.startsWith('e2e-'))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Stops a running server or starts a stopped one: a task of about the simulator's task time. Answers its task id. */
  async togglePower(server: ListedServer): Promise<string> {
    const verb = server.status === 'running' ? 'stop' : 'start';
    const answer = (await this.post(`/api/servers/${server.id}/${verb}`)) as { task_id: string };
    expect(answer.task_id).toBeTruthy();
    return answer.task_id;
  }

  /**
   * Starts (or stops) several servers in one batch: SCP answers no task id, so
   * the batch task (one sub-task per server) is found in the operation log.
   */
  async batchPower(servers: ListedServer[], action: 'start' | 'stop'): Promise<string> {
    const before = new Date();
    await this.post('/api/servers/action', { server_ids: servers.map((s) => s.id), action });
    const res = await this.request.get('/api/tasks?pageSize=20');
    const { items } = (await res.json()) as { items: { id: string; object_name?: string; object_id?: string }[] };
    const batch = items.find((t) => t.object_name === String(servers.length) && !t.object_id);
    expect(batch, `the batch task started at ${before.toISOString()} is in the operation log`).toBeTruthy();
    return batch!.id;
  }
}

/**
 * The simulator's fault injection (PUT /_sim/faults), on when the simulator
 * runs with SIM_CONTROL=1 (playwright.config.ts). The e2e simulator serves
 * HTTPS with a self-signed certificate on E2E_SIM_PORT.
 */
export async function setSimulatorFaults(patch: Record<string, unknown>): Promise<void> {
  const simPort = Number(process.env.E2E_SIM_PORT ?? 9543);
  const sim = await playwrightRequest.newContext({ ignoreHTTPSErrors: true });
  try {
    const res = await sim.put(`https://127.0.0.1:${simPort}/_sim/faults`, { data: patch });
    expect(res.status(), `PUT /_sim/faults: ${await res.text()}`).toBe(200);
  } finally {
    await sim.dispose();
  }
}

/** `text` as a regular expression matching exactly it. */
export function exactly(text: string): string {
  return `^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}
