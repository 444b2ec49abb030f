import { mkdirSync } from 'node:fs';
import { formatNumber } from '@/lib/format';
import { countQuery, SERVER_FIGURES, tightestQuotas } from '@/lib/home/overview-figures';
import { t, type Locale } from '@/lib/i18n';
import type { Overview, Quota } from '@/lib/scp';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { OverviewPage } from './pages/overview-page';
import { exactly, setSimulatorFaults, TasksApi } from './pages/tasks-api';
import { expectNoMissingTranslations } from './support/i18n-check';

/**
 * Console API requests one overview view may make (SCP allows 600 GETs a minute
 * for the whole console): the shell's session read, one request per card (the
 * five server counts share one list page when it holds every server), the
 * shared AZ list that names the quotas' resource pools, and the line types that
 * name a floating-IP quota among the fullest.
 */
const MAX_REQUESTS = 9;
const SHOTS = 'artifacts/screenshots';

/** The console API's answer to a GET, read with the signed-in page's cookies as the browser reads it. */
async function apiGet<T>(overview: OverviewPage, path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  const res = await overview.page.request.get(`${path}?${qs}`);
  expect(res.status(), `GET ${path}?${qs}: ${await res.text()}`).toBe(200);
  return (await res.json()) as T;
}

const total = async (overview: OverviewPage, path: string, filter: Record<string, string | undefined> = {}) =>
  (await apiGet<{ total: number }>(overview, path, countQuery(filter))).total;

/** The servers list's status filter. */
const statusFilter = (page: Page) => page.getByLabel(t('zh-CN', 'servers.filter.status'), { exact: true });

/** Every request once: no card asks twice for the same thing in one view. */
function expectFewRequests(requests: string[]) {
  expect(requests.length, requests.join('\n')).toBeLessThanOrEqual(MAX_REQUESTS);
  expect(new Set(requests).size, requests.join('\n')).toBe(requests.length);
}

test.describe('overview', () => {
  test('a tenant admin\'s counts are the console API\'s totals, in few requests', async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const overview = new OverviewPage(page);
    overview.countRequests();
    await overview.open();
    await expect(overview.heading).toHaveText(t('zh-CN', 'home.title'));
    await overview.expectSettled();
    const requests = [...overview.requests];
    console.log(`acme overview: ${requests.length} console API requests\n  ${requests.join('\n  ')}`);
    expectFewRequests(requests);

    for (const figure of SERVER_FIGURES) {
      const n = await total(overview, '/api/servers', { status: figure.status });
      await expect(overview.figureValue(`servers-${figure.id}`), figure.id).toHaveText(formatNumber(n, 'zh-CN'));
    }
    expect(await total(overview, '/api/servers')).toBeGreaterThan(0);
    await expect(overview.figureValue('vpcs')).toHaveText(formatNumber(await total(overview, '/api/vpcs'), 'zh-CN'));
    await expect(overview.figureValue('images')).toHaveText(formatNumber(await total(overview, '/api/images', { image_type: 'private' }), 'zh-CN'));

    const fips = await apiGet<{ items: { binding_info?: unknown }[]; total: number }>(overview, '/api/floatingips', { pageSize: 100 });
    const bound = fips.items.filter((f) => !!f.binding_info).length;
    await expect(overview.figureValue('floating-ips')).toHaveText(formatNumber(fips.total, 'zh-CN'));
    await expect(overview.figure('floating-ips').getByTestId('floating-ip-split')).toHaveText(
      t('zh-CN', 'home.floatingIps.split', { bound: formatNumber(bound, 'zh-CN'), unbound: formatNumber(fips.total - bound, 'zh-CN') }),
    );

    const session = await apiGet<{ projectId: string }>(overview, '/api/session');
    const quotas = await apiGet<{ items: Quota[] }>(overview, '/api/quotas', { project_id: session.projectId, pageSize: 100 });
    const tight = tightestQuotas(quotas.items);
    const meters = overview.card('quotas').getByRole('meter');
    await expect(meters).toHaveCount(tight.length);
    for (const [i, q] of tight.entries()) await expect(meters.nth(i)).toHaveAttribute('aria-valuenow', String(Math.round(q.ratio * 100)));

    const log = await apiGet<{ items: { id: string; status: string }[] }>(overview, '/api/tasks', { pageSize: 5 });
    await expect(overview.tasks('recent-tasks')).toHaveCount(log.items.length);
    expect(await overview.tasks('recent-tasks').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-task-id')))).toEqual(log.items.map((e) => e.id));
  });

  test('a tenant admin\'s figures lead to the filtered lists and tasks', async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const overview = new OverviewPage(page);
    await overview.open();
    await overview.expectSettled();

    await overview.figureValue('servers-running').click();
    await expect(page).toHaveURL('/servers?status=running');
    await expect(overview.heading).toHaveText(t('zh-CN', 'nav.servers'));
    await expect(statusFilter(page)).toHaveValue('running');

    await page.goBack();
    await overview.figure('servers-busy').click();
    const busy = SERVER_FIGURES.find((f) => f.id === 'busy')!.status!;
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe(busy);
    await expect(statusFilter(page)).toHaveValue(busy);

    await page.goBack();
    await overview.figureValue('images').click();
    await expect(page).toHaveURL('/images?image_type=private');

    await page.goBack();
    await overview.card('quotas').getByTestId('overview-card-link').click();
    await expect(page).toHaveURL('/quotas');

    await page.goBack();
    const first = overview.tasks('recent-tasks').first();
    const taskId = await first.getAttribute('data-task-id');
    await first.getByRole('link').click();
    await expect(page).toHaveURL(`/tasks/${taskId}`);
  });

  test('a failed task is highlighted in the tenant\'s recent operations and in the admin\'s recent failures', async ({ page, context, signedInAs, baseURL }) => {
    await signedInAs('acme');
    const api = new TasksApi(page, baseURL!);
    // Odd-indexed seed servers: the task specs power the even ones.
    const server = (await api.powerableServers('acme-')).filter((_, i) => i % 2 === 1).at(-1)!;
    let taskId: string;
    // The simulator decides a task's fate when it starts, so the fault is on only for this one.
    await setSimulatorFaults({ taskFailMatch: exactly(server.name) });
    try {
      taskId = await api.togglePower(server);
    } finally {
      await setSimulatorFaults({ taskFailMatch: '' });
    }
    const overview = new OverviewPage(page);
    await expect.poll(async () => (await apiGet<{ status: string }>(overview, `/api/tasks/${taskId}`)).status, { timeout: 30_000 }).toBe('failure');

    await overview.open();
    const row = overview.tasks('recent-tasks').and(page.locator(`[data-task-id="${taskId}"]`));
    await expect(row).toHaveAttribute('data-status', 'failure');
    await expect(row).toContainText(t('zh-CN', 'tasks.phase.failed'));
    await expect(row).toContainText('injected failure');
    await expect(row.getByText(t('zh-CN', 'tasks.phase.failed'), { exact: true })).toHaveClass(/text-danger/);

    await context.clearCookies();
    await signedInAs('admin');
    await overview.open();
    await expect(overview.tasks('failed-tasks').and(page.locator(`[data-task-id="${taskId}"]`))).toContainText('injected failure');
  });

  test('the cards refresh every ~30 s, each with its one request, and not while the tab is hidden', async ({ page, signedInAs }) => {
    await page.clock.install();
    await signedInAs('acme');
    const overview = new OverviewPage(page);
    overview.countRequests();
    await overview.open();
    await overview.expectSettled();
    // The session, AZ and line-type reads are shared lookups with their own cache time, not cards.
    const cards = overview.requests.filter((r) => !['GET /api/session', 'GET /api/azs', 'GET /api/linetypes'].some((lookup) => r.startsWith(lookup)));

    overview.requests.length = 0;
    await page.clock.runFor(31_000);
    await expect.poll(() => overview.requests.filter((r) => cards.includes(r)).length).toBe(cards.length);
    expectFewRequests(overview.requests);

    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await overview.expectSettled();
    overview.requests.length = 0;
    await page.clock.runFor(95_000);
    expect(overview.requests, 'requests while the tab is hidden').toEqual([]);
  });

  test('a card whose request fails shows the console\'s message; the others carry on', async ({ page, signedInAs }) => {
    // The console's answer when SCP's rate limit is spent (server/bff/errors.ts: SCP 429 → 503 scp_busy), for the quotas only.
    const message = 'SCP is busy (rate limit reached); try again in a minute';
    await page.route('**/api/quotas?**', (route) =>
      route.fulfill({ status: 503, json: { error: { code: 'scp_busy', message, scpCode: 429, requestId: 'req-overview-e2e' } } }),
    );
    await signedInAs('acme');
    const overview = new OverviewPage(page);
    await overview.open();
    const failed = overview.card('quotas').getByTestId('overview-error');
    await expect(failed).toContainText(t('zh-CN', 'home.card.failed', { card: t('zh-CN', 'home.quotas.title') }));
    await expect(failed).toContainText(message);
    await expect(failed).toContainText(t('zh-CN', 'common.requestId', { requestId: 'req-overview-e2e' }));
    await expect(page.getByTestId('overview-error')).toHaveCount(1);
    await expect(overview.figureValue('servers-total')).toHaveText(formatNumber(await total(overview, '/api/servers'), 'zh-CN'));
    await expect(overview.tasks('recent-tasks').first()).toBeVisible();
  });

  test('a platform admin sees the platform\'s figures as /api/overview reports them', async ({ page, signedInAs }) => {
    await signedInAs('admin');
    const overview = new OverviewPage(page);
    overview.countRequests();
    await overview.open();
    await overview.expectSettled();
    const requests = [...overview.requests];
    console.log(`admin overview: ${requests.length} console API requests\n  ${requests.join('\n  ')}`);
    expectFewRequests(requests);

    const platform = await apiGet<Overview>(overview, '/api/overview');
    const n = (v: number | null | undefined) => formatNumber(v ?? 0, 'zh-CN');
    await expect(overview.platformFact('hosts')).toHaveText(t('zh-CN', 'home.platform.hostsValue', { online: n(platform.host!.online_count), total: n(platform.host!.total) }));
    await expect(overview.platformFact('servers')).toHaveText(t('zh-CN', 'home.platform.serversValue', { running: n(platform.server!.running_count), total: n(platform.server!.total) }));
    await expect(overview.platformFact('azs')).toHaveText(t('zh-CN', 'home.platform.azsValue', { online: n(platform.az!.online_count), total: n(platform.az!.total) }));
    for (const name of ['cpu', 'memory', 'storage']) {
      const line = platform.physical_resources.find((r) => r.name === name)!;
      await expect(overview.card('platform').locator(`[data-usage="platform-${name}"] [role="meter"]`)).toHaveAttribute('aria-valuenow', String(Math.round((line.used / line.total) * 100)));
    }

    await expect(overview.figureValue('tenants')).toHaveText(formatNumber(await total(overview, '/api/projects'), 'zh-CN'));
    await expect(overview.figureValue('running-tasks')).toHaveText(formatNumber(await total(overview, '/api/tasks', { status: 'doing' }), 'zh-CN'));
    const failed = await apiGet<{ items: { id: string }[] }>(overview, '/api/tasks', { status: 'failure', pageSize: 5 });
    await expect(overview.tasks('failed-tasks')).toHaveCount(failed.items.length);

    await overview.figureValue('running-tasks').click();
    await expect(page).toHaveURL('/tasks?status=doing');
  });

  for (const account of ['acme', 'admin'] as const) {
    test(`${account}'s overview has no missing translation in either language; screenshots, light and dark`, async ({ page, signedInAs }) => {
      mkdirSync(SHOTS, { recursive: true });
      await page.setViewportSize({ width: 1440, height: 900 });
      await signedInAs(account);
      const overview = new OverviewPage(page);
      await overview.open();
      for (const locale of ['en', 'zh-CN'] as Locale[]) {
        await overview.switchLanguage(locale);
        await expect(overview.heading).toHaveText(t(locale, 'home.title'));
        await overview.expectSettled();
        await expectNoMissingTranslations(page);
        await page.screenshot({ path: `${SHOTS}/overview-${account}.${locale}.png`, fullPage: true });
      }
      await overview.themeToggle.click();
      await expect.poll(() => overview.isDark()).toBe(true);
      await page.screenshot({ path: `${SHOTS}/overview-${account}.dark.png`, fullPage: true });
      await overview.themeToggle.click();
      await expect.poll(() => overview.isDark()).toBe(false);
    });
  }
});
