import { randomUUID } from 'node:crypto';
import { t } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { ServersApi } from './pages/servers-api';
import { ServerDetailPage } from './pages/servers-detail-page';
import { ServerWizardPage } from './pages/servers-wizard-page';

const AZ = '广州-资源池1';
const created: string[] = [];

test.describe('create servers', () => {
  test.afterAll(async ({ browser, sessionCookies, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await context.addCookies(await sessionCookies('acme'));
    const api = new ServersApi(await context.newPage(), baseURL!);
    for (const name of created) await api.waitFor(name, ['running', 'stopped', 'error'], (await api.list({ name })).length);
    for (const name of created) await api.purge((await api.list({ name })).map((s) => s.id));
    await context.close();
  });

  test('acme creates a server from an aCloud image, with a NIC, and watches it reach running', async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const wizard = new ServerWizardPage(page);
    const name = `e2e-server-${randomUUID()}`;
    created.push(name);
    await wizard.open();
    await expect(wizard.quotaPanel).toContainText(t('zh-CN', 'quota.panel.chooseAz'));
    await wizard.choose(AZ);
    await wizard.next();
    await wizard.expectStep('image');
    await wizard.choose('CentOS 7.9 (aCloud)');
    // The built-in image fixes the system disk: no size to choose.
    await expect(wizard.testId('system-disk-fixed')).toContainText('40 GB');
    await expect(wizard.testId('wizard-system-disk')).toHaveCount(0);
    await wizard.next();
    await wizard.expectStep('compute');
    await wizard.testId('wizard-memory').fill('2');
    await expect(wizard.quotaPanel.locator('[data-quota="compute/ram"]')).toContainText('2 GB');
    await wizard.next();
    await wizard.choose('高性能存储');
    await wizard.next();
    await wizard.expectStep('network');
    await wizard.testId('wizard-vpc').selectOption({ index: 1 });
    await wizard.testId('wizard-subnet').selectOption({ index: 1 });
    await wizard.next();
    await wizard.testId('wizard-name').fill(name);
    await wizard.next();
    await wizard.expectStep('review');
    await expect(page.getByTestId('wizard-review')).toContainText('derive_disk');
    await wizard.submit.click();

    const detail = new ServerDetailPage(page);
    await expect(page).toHaveURL(/\/servers\/[0-9a-f-]{36}$/);
    await expect(detail.heading).toHaveText(name);
    await expect(detail.taskProgress).toBeVisible();
    await detail.expectTaskDone();
    await detail.expectStatus('running');
    await expect(page.getByTestId('server-nics')).toContainText('10.10.');
  });

  test('acme installs from an ISO: a new system disk of the chosen size and a data disk, left off', async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const wizard = new ServerWizardPage(page);
    const name = `e2e-server-${randomUUID()}`;
    created.push(name);
    await wizard.open();
    await wizard.choose(AZ);
    await wizard.next();
    await wizard.choose('Debian 12 ISO');
    await wizard.testId('wizard-system-disk').fill('30');
    await wizard.next();
    await wizard.next();
    await wizard.choose('高性能存储');
    await page.getByRole('button', { name: t('zh-CN', 'servers.create.dataDisks.add') }).click();
    await wizard.testId('wizard-data-disk-0').fill('10');
    await wizard.next();
    await wizard.next();
    await wizard.testId('wizard-name').fill(name);
    await wizard.testId('wizard-power-on').uncheck();
    await wizard.next();
    await expect(page.getByTestId('wizard-review')).toContainText('ide0 30 GB (new_disk)');
    await expect(page.getByTestId('wizard-review')).toContainText('ide1 10 GB (new_disk)');
    await expect(wizard.quotaPanel.locator('[data-quota="storage/storage_tag::00000000-0000-0000-0000-000000000000"]')).toContainText('40 GB');
    await wizard.submit.click();

    const detail = new ServerDetailPage(page);
    await expect(detail.heading).toHaveText(name);
    await detail.expectTaskDone();
    await detail.expectStatus('stopped');
    const disks = page.getByTestId('server-disks');
    await expect(disks).toContainText('new_disk');
    await expect(disks).toContainText('30 GB');
    await expect(disks).toContainText('10 GB');
  });

  test('a request beyond the quota is refused before it is sent, naming the quota; nothing typed is lost', async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const posts: string[] = [];
    page.on('request', (req) => req.method() === 'POST' && new URL(req.url()).pathname === '/api/servers' && posts.push(req.url()));
    const wizard = new ServerWizardPage(page);
    await wizard.open();
    await wizard.choose(AZ);
    await wizard.next();
    await wizard.choose('CentOS 7.9 (aCloud)');
    await wizard.next();
    await wizard.testId('wizard-sockets').fill('16');
    await wizard.testId('wizard-cores-per-socket').fill('16');
    await expect(wizard.testId('wizard-total-cores')).toHaveText(t('zh-CN', 'servers.edit.total', { cores: 256 }));
    await expect(wizard.quotaPanel.locator('[data-quota="compute/cores"]')).toHaveAttribute('data-fits', 'false');
    await expect(wizard.quotaShort).toContainText(t('zh-CN', 'quota.resource.cores'));
    await wizard.next();
    await wizard.choose('高性能存储');
    await wizard.next();
    await wizard.next();
    // A blank name is caught in the browser, in words, and the rest stays as typed.
    await wizard.next();
    await expect(wizard.fieldErrors).toHaveText(t('zh-CN', 'forms.error.required'));
    await wizard.testId('wizard-name').fill(`e2e-server-${randomUUID()}`);
    await wizard.next();
    await wizard.expectStep('review');
    await expect(wizard.quotaShort).toHaveText(t('zh-CN', 'quota.short.create', { quotas: t('zh-CN', 'quota.resource.cores') }));
    await expect(wizard.submit).toBeDisabled();
    await page.getByRole('button', { name: `3. ${t('zh-CN', 'servers.create.step.compute')}` }).click();
    await expect(wizard.testId('wizard-sockets')).toHaveValue('16');
    await wizard.testId('wizard-sockets').fill('1');
    await wizard.testId('wizard-cores-per-socket').fill('1');
    await expect(wizard.quotaShort).toHaveCount(0);
    expect(posts).toEqual([]);
  });
});
