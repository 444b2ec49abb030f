import { t } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { ServersApi } from './pages/servers-api';
import { ServerDetailPage } from './pages/servers-detail-page';
import { ServersListPage } from './pages/servers-list-page';
import { expectNoMissingTranslations } from './support/i18n-check';

test.describe('server list', () => {
  test('admin pages, sorts and filters through the URL; a link reproduces the view and Back returns', async ({ page, signedInAs, baseURL }) => {
    await signedInAs('admin');
    const list = new ServersListPage(page);
    await list.goto('/servers');
    // acme's demo servers by name (names stay whatever other specs do to their power state).
    const ACME_DESC = (await new ServersApi(page, baseURL!).list({ name: 'acme-' })).map((s) => s.name).sort().reverse();
    expect(ACME_DESC.length).toBeGreaterThan(10);
    expect(ACME_DESC.length).toBeLessThanOrEqual(20);
    await list.open('name=acme-&sort=name&order=desc&pageSize=10');
    await expect(list.heading).toHaveText(t('zh-CN', 'nav.servers'));
    expect(await list.names()).toEqual(ACME_DESC.slice(0, 10));
    await expect(list.pagerPage).toHaveText(t('zh-CN', 'resource.pager.page', { page: 1, pages: 2 }));
    await expect(list.columnHeader('servers.column.name')).toHaveAttribute('aria-sort', 'descending');
    await expectNoMissingTranslations(page);

    await list.nextPage.click();
    await expect(page).toHaveURL(/[?&]page=2\b/);
    await expect.poll(() => list.names()).toEqual(ACME_DESC.slice(10));
    await expect(list.pagerSummary).toHaveText(t('zh-CN', 'resource.pager.summary', { from: 11, to: ACME_DESC.length, total: ACME_DESC.length }));

    await page.goBack();
    await expect(page).not.toHaveURL(/[?&]page=/);
    await expect.poll(() => list.names()).toEqual(ACME_DESC.slice(0, 10));

    // Sorting by the same column again flips the order; the URL says so.
    await list.sortHeader('servers.column.name').click();
    await expect(page).not.toHaveURL(/order=desc/);
    await expect.poll(() => list.names()).toEqual([...ACME_DESC].reverse().slice(0, 10));

    // A select filter goes into the URL too, and a reload shows the same view.
    await list.filter('servers.filter.status').selectOption('stopped');
    await expect(page).toHaveURL(/[?&]status=stopped\b/);
    await list.expectTable();
    await expect(list.rows.first()).toBeVisible();
    for (const status of await list.rows.getByTestId('status-badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))) expect(status).toBe('stopped');
    const url = page.url();
    await page.reload();
    await list.expectTable();
    expect(page.url()).toBe(url);
    await expect(list.filter('servers.filter.status')).toHaveValue('stopped');

    // The name search writes the URL once typing pauses.
    await list.filter('servers.filter.name').fill('acme-db');
    await expect(page).toHaveURL(/[?&]name=acme-db\b/);
    await expect.poll(async () => (await list.names()).every((n) => n.startsWith('acme-db'))).toBe(true);
  });

  test('the AZ filter from a link; the tenant filter for admins only', async ({ page, signedInAs, baseURL }) => {
    await signedInAs('admin');
    const list = new ServersListPage(page);
    await list.goto('/servers');
    const api = new ServersApi(page, baseURL!);
    const [az] = await api.azs();
    const globex = (await api.projects()).find((p) => p.name === 'globex')!;
    await list.open(`az_id=${az.id}&project_id=${globex.id}`);
    await expect(list.rows.first()).toBeVisible();
    for (const text of await list.rows.locator('td[data-column="az"]').allInnerTexts()) expect(text).toBe(az.name);
    for (const text of await list.rows.locator('td[data-column="project"]').allInnerTexts()) expect(text).toBe('globex');
    // Its choices load when the filter is first used; the value from the URL is kept.
    await list.filter('servers.filter.az').focus();
    await expect(list.filter('servers.filter.az').locator('option', { hasText: az.name })).toHaveCount(1);
    await expect(list.filter('servers.filter.az')).toHaveValue(az.id);

    await signedInAs('acme');
    await list.open();
    await expect(list.filter('servers.filter.az')).toBeVisible();
    await expect(list.filter('servers.filter.project')).toHaveCount(0);
  });

  test('the column choice is remembered; a settled list refreshes every 30 s', async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const list = new ServersListPage(page);
    await list.open('name=acme-web');
    await expect(list.refreshState).toHaveAttribute('data-interval', '30000');
    await expect(list.columnHeader('servers.column.ips')).toBeVisible();
    await list.columnsButton.click();
    await page.getByRole('checkbox', { name: t('zh-CN', 'servers.column.ips') }).uncheck();
    await page.getByRole('checkbox', { name: t('zh-CN', 'servers.column.host') }).check();
    await expect(list.columnHeader('servers.column.ips')).toHaveCount(0);
    await page.reload();
    await list.expectTable();
    await expect(list.columnHeader('servers.column.ips')).toHaveCount(0);
    await expect(list.columnHeader('servers.column.host')).toBeVisible();
    await list.columnsButton.click();
    await page.getByRole('button', { name: t('zh-CN', 'resource.columns.reset') }).click();
    await expect(list.columnHeader('servers.column.ips')).toBeVisible();
  });

  test('acme never sees globex’s servers, not in the list and not by URL', async ({ page, signedInAs, baseURL }) => {
    await signedInAs('admin');
    const list = new ServersListPage(page);
    await list.goto('/servers');
    const admin = new ServersApi(page, baseURL!);
    const globex = (await admin.projects()).find((p) => p.name === 'globex')!;
    const [globexServer] = await admin.list({ project_id: globex.id });
    expect(globexServer).toBeDefined();

    await page.context().clearCookies();
    await signedInAs('acme');
    await list.open('name=globex');
    await expect(page.getByTestId('resource-empty')).toHaveText(t('zh-CN', 'resource.list.noMatch'));
    // The tenant filter is not offered to a tenant; from a URL it is ignored, and the list is still only acme's.
    await list.open(`project_id=${globex.id}`);
    await expect(list.rows.first()).toBeVisible();
    for (const text of await list.rows.locator('td[data-column="project"]').allInnerTexts()) expect(text).toBe('acme');
    const acmeApi = new ServersApi(page, baseURL!);
    expect(await acmeApi.list({ name: 'globex' })).toEqual([]);
    expect(await acmeApi.list({ project_id: globex.id })).toEqual([]);

    const detail = new ServerDetailPage(page);
    await detail.open(globexServer.id);
    await expect(detail.notFound).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(globexServer.name);
    await expectNoMissingTranslations(page);
  });
});
