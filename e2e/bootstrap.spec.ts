import { randomUUID } from 'node:crypto';
import { formatNumber, formatSizeMb } from '@/lib/format';
import { t, type MessageKey, type MessageValues } from '@/lib/i18n';
import { GLOBAL_QUOTA_AZ_ID } from '@/lib/scp';
import { expect, test } from './fixtures';
import { ConsolePage } from './pages/console-page';
import { NetworkApi } from './pages/network-api';
import { NetworkListPage } from './pages/network-list-page';
import { PlatformApi } from './pages/platform-api';
import { QuotasPage } from './pages/quotas-page';
import { ServerDetailPage } from './pages/servers-detail-page';
import { ServersListPage } from './pages/servers-list-page';
import { ServerWizardPage } from './pages/servers-wizard-page';
import { SignInPage } from './pages/sign-in-page';
import { TenantsPage } from './pages/tenants-page';

/*
 * SCP's own bootstrap (seed §3.1.1), through the console: an admin creates a
 * tenant, gives it a resource pool, sets its quotas and makes its VPC; the
 * tenant's admin signs in, adds a subnet and creates a server in the wizard.
 */

const GZ = '广州-资源池1';
const HIGH_PERF = '高性能存储';
const HIGH_PERF_TAG = '00000000-0000-0000-0000-000000000000';
/** A subnet of its own per run (10.100–199.0–249.0/24), clear of the demo tenants' 10.10–10.12. */
const OCTET = 100 + Math.floor(Math.random() * 100);
const OCTET2 = Math.floor(Math.random() * 250);
const zh = (key: MessageKey, values?: MessageValues) => t('zh-CN', key, values);
const cores = (n: number) => zh('quotas.amount.cores', { n: formatNumber(n, 'zh-CN') });
const count = (n: number) => zh('quotas.amount.count', { n: formatNumber(n, 'zh-CN') });
const size = (mb: number) => formatSizeMb(mb, 'zh-CN');

test('an admin sets up a new tenant (pool, quotas, VPC) and the tenant creates its first server', async ({ page, signedInAs, baseURL, browser, sessionCookies }) => {
  test.setTimeout(240_000);
  const id = randomUUID();
  const name = `e2e-tenant-${id.slice(0, 8)}`;
  const adminName = `e2e-admin-${id.slice(0, 8)}`;
  const password = `E2e-${randomUUID()}`;
  const vpcName = `e2e-vpc-${id.slice(0, 8)}`;
  const serverName = `e2e-server-${id}`;
  try {
    await signedInAs('admin');
    const api = new PlatformApi(page, baseURL!);
    const azId = await new NetworkApi(page, baseURL!).azId(GZ);

    // 1. The tenant, with its admin account.
    const tenants = new TenantsPage(page);
    await tenants.open(`keywords=${name}`);
    await tenants.create({ name, adminName, mail: 'ops@example.com', phone: '+86 20 5555 0100', password });
    await expect(tenants.row(name)).toBeVisible();
    const project = await api.project(name);

    // 2. A resource pool.
    await tenants.addResourcePool(name, GZ);

    // 3. Its quotas: every documented one is listed in words, at 0, none by its key.
    const quotas = new QuotasPage(page);
    await tenants.row(name).getByRole('link', { name: zh('tenants.link.quotas') }).click();
    await expect(page).toHaveURL(`/quotas?project_id=${project.id}`);
    await expect(quotas.groups).toHaveCount(2);
    const storageKey = `storage/storage_tag::${HIGH_PERF_TAG}`;
    const labels: [string, string][] = [
      ['compute/vm_count', zh('quotas.resource.vm_count')],
      ['compute/cores', zh('quotas.resource.cores')],
      ['compute/ram', zh('quotas.resource.ram')],
      [storageKey, zh('quotas.resource.storage_tag', { tag: HIGH_PERF })],
      ['compute/nfv_cores', zh('quotas.resource.nfv_cores')],
      ['compute/nfv_ram', zh('quotas.resource.nfv_ram')],
      ['storage/backup_usage', zh('quotas.resource.backup_usage')],
    ];
    for (const [key, label] of labels) await expect(quotas.row(azId, key).getByRole('rowheader')).toHaveText(label);
    await expect(quotas.usage(azId, 'compute/cores')).toHaveText(zh('quotas.usage', { used: cores(0), limit: cores(0) }));
    await expect(quotas.row(GLOBAL_QUOTA_AZ_ID, 'storage/image_usage').getByRole('rowheader')).toHaveText(zh('quotas.resource.image_usage'));
    await expect(quotas.group(GLOBAL_QUOTA_AZ_ID).getByRole('rowheader', { name: zh('quotas.resource.eip_count', { line: '移动线路' }) })).toBeVisible();
    for (const raw of ['::', 'compute/', 'storage_tag', HIGH_PERF_TAG]) await expect(page.getByRole('main')).not.toContainText(raw);

    await quotas.editButton(azId).click();
    const [vmLabel, coresLabel, ramLabel, storageLabel] = labels.slice(0, 4).map(([, label]) => label);
    await quotas.setLimit(vmLabel, '5');
    await quotas.setLimit(coresLabel, '8');
    // 0.1 GB is not a whole number of MB: refused in the browser, naming the quota.
    await quotas.setLimit(ramLabel, '0.1', 'GB');
    await quotas.setLimit(storageLabel, '1.5', 'TB');
    await quotas.save();
    await expect(quotas.dialog.getByTestId('field-error')).toHaveText(zh('quotas.edit.invalidMb', { quota: ramLabel }));
    await expect(quotas.limitInput(ramLabel)).toHaveAttribute('aria-invalid', 'true');
    await expect(quotas.limitInput(storageLabel)).toHaveValue('1.5');
    await quotas.setLimit(ramLabel, '16');
    await quotas.save();
    await expect(quotas.dialog).toBeHidden();
    await expect(quotas.usage(azId, 'compute/vm_count')).toHaveText(zh('quotas.usage', { used: count(0), limit: count(5) }));
    await expect(quotas.usage(azId, 'compute/cores')).toHaveText(zh('quotas.usage', { used: cores(0), limit: cores(8) }));
    await expect(quotas.usage(azId, 'compute/ram')).toHaveText(zh('quotas.usage', { used: size(0), limit: size(16 * 1024) }));
    await expect(quotas.usage(azId, storageKey)).toHaveText(zh('quotas.usage', { used: size(0), limit: size(1.5 * 1024 * 1024) }));
    expect((await api.quota(project.id, 'compute/ram', azId)).limit).toBe(16 * 1024);
    expect((await api.quota(project.id, storageKey, azId)).limit).toBe(1.5 * 1024 * 1024);

    // The global ones: private image space in GB, kept in bytes.
    await quotas.editButton(GLOBAL_QUOTA_AZ_ID).click();
    await quotas.setLimit(zh('quotas.resource.image_usage'), '50', 'GB');
    await quotas.save();
    await expect(quotas.dialog).toBeHidden();
    await expect(quotas.usage(GLOBAL_QUOTA_AZ_ID, 'storage/image_usage')).toHaveText(zh('quotas.usage', { used: size(0), limit: size(50 * 1024) }));
    expect((await api.quota(project.id, 'storage/image_usage', GLOBAL_QUOTA_AZ_ID)).limit).toBe(50 * 1024 ** 3);

    // 4. Its VPC, made by the admin for the tenant.
    const vpcs = new NetworkListPage(page, 'vpcs');
    await vpcs.open(`project_id=${project.id}`);
    await vpcs.createButton.click();
    const vpcDialog = vpcs.dialog('vpc-create-dialog');
    await vpcDialog.getByTestId('vpc-create-project').selectOption({ label: name });
    // The dialog looks up the tenant's VPC in that pool first (one per pool), and sends nothing while it looks.
    const looked = page.waitForResponse((res) => {
      const url = new URL(res.url());
      return url.pathname === '/api/vpcs' && url.searchParams.get('project_id') === project.id && url.searchParams.get('az_id') === azId;
    });
    await vpcDialog.getByTestId('vpc-create-az').selectOption({ label: GZ });
    await looked;
    await expect(vpcDialog.getByText(vpcs.tr('vpcs.create.checking'))).toHaveCount(0);
    await expect(vpcDialog.getByTestId('vpc-exists')).toHaveCount(0);
    await vpcDialog.getByTestId('vpc-create-name').fill(vpcName);
    await vpcDialog.getByRole('button', { name: vpcs.tr('vpcs.create.submit'), exact: true }).click();
    await expect(vpcDialog).toBeHidden();
    await expect(vpcs.row(vpcName).getByTestId('status-badge')).toHaveAttribute('data-status', 'active', { timeout: 30_000 });

    // 5. The tenant's admin signs in with the account made in step 1.
    await page.context().clearCookies();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(adminName, password);
    const shell = new ConsolePage(page);
    await shell.expectShown();
    await expect(shell.username).toHaveText(adminName);
    await expect(shell.tenant).toHaveText(zh('shell.tenant', { tenant: name }));

    // A subnet in its VPC.
    const subnets = new NetworkListPage(page, 'subnets');
    await subnets.open();
    await subnets.createButton.click();
    const subnetDialog = subnets.dialog('subnet-create-dialog');
    const vpcSelect = subnetDialog.getByTestId('subnet-create-vpc');
    await vpcSelect.selectOption((await vpcSelect.locator('option', { hasText: vpcName }).getAttribute('value'))!);
    await subnets.field(subnetDialog, 'subnets.field.name').fill(`e2e-subnet-${id.slice(0, 8)}`);
    await subnets.field(subnetDialog, 'subnets.field.cidr').fill(`10.${OCTET}.${OCTET2}.0/24`);
    await subnetDialog.getByRole('button', { name: subnets.tr('subnets.create.suggest') }).click();
    await subnetDialog.getByRole('button', { name: subnets.tr('subnets.create.submit'), exact: true }).click();
    await expect(subnetDialog).toBeHidden();

    // 6. Its first server, through the wizard, on the storage it now has quota on.
    const wizard = new ServerWizardPage(page);
    await wizard.open();
    await wizard.choose(GZ);
    await wizard.next();
    await wizard.expectStep('image');
    await wizard.choose('CentOS 7.9 (aCloud)');
    await wizard.next();
    await wizard.expectStep('compute');
    await wizard.testId('wizard-memory').fill('2');
    await wizard.next();
    await wizard.expectStep('storage');
    await wizard.choose(HIGH_PERF);
    await wizard.next();
    await wizard.expectStep('network');
    await wizard.testId('wizard-vpc').selectOption({ index: 1 });
    await wizard.testId('wizard-subnet').selectOption({ index: 1 });
    await wizard.next();
    await wizard.testId('wizard-name').fill(serverName);
    await wizard.next();
    await wizard.expectStep('review');
    await expect(wizard.quotaShort).toHaveCount(0);
    await wizard.submit.click();

    const detail = new ServerDetailPage(page);
    await expect(detail.heading).toHaveText(serverName);
    await detail.expectTaskDone();
    await detail.expectStatus('running');
    await expect(page.getByTestId('server-nics')).toContainText(`10.${OCTET}.${OCTET2}.`);
    const list = new ServersListPage(page);
    await list.open();
    await expect(list.row(serverName)).toBeVisible();
    await list.expectStatus(serverName, 'running');
  } finally {
    const context = await browser.newContext({ baseURL });
    await context.addCookies(await sessionCookies('admin'));
    await new PlatformApi(await context.newPage(), baseURL!).dismantleTenant(name);
    await context.close();
  }
});
