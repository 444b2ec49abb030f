import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { t, type Locale } from '@/lib/i18n';
import { expect, test } from './fixtures';
import { ImagesApi } from './pages/images-api';
import { ImagesPage } from './pages/images-page';
import { TasksTray } from './pages/tasks-tray';
import { expectNoMissingTranslations } from './support/i18n-check';

const zh = (key: Parameters<typeof t>[1], values?: Parameters<typeof t>[2]) => t('zh-CN', key, values);
/** globex's private image, made in setup: acme must not see it, the admin must. */
const globexImage = `e2e-image-globex-${randomUUID()}`;
/** acme's images of this run. */
const acmePrefix = `e2e-image-acme-${randomUUID().slice(0, 8)}`;
/** A public image of the seed. */
const PUBLIC_IMAGE = 'Debian 12 ISO';
const SHOTS = 'artifacts/screenshots';

test.describe('images', () => {
  test.describe.configure({ timeout: 120_000 });

  test.beforeAll(async ({ baseURL }) => {
    const globex = await ImagesApi.signIn(baseURL!, 'globex', 'scp-demo-globex');
    await globex.createPrivate(globexImage);
    await globex.waitSettled(globexImage);
  });

  test.afterAll(async ({ baseURL }) => {
    await (await ImagesApi.signIn(baseURL!, 'globex', 'scp-demo-globex')).cleanUp(globexImage);
    await (await ImagesApi.signIn(baseURL!, 'acme', 'scp-demo-acme')).cleanUp(acmePrefix);
  });

  test('acme uploads a private image, sees it become available in the list and the tray, renames it and deletes it', async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const images = new ImagesPage(page);
    const name = `${acmePrefix}-upload`;
    const renamed = `${acmePrefix}-renamed`;
    await images.open(`name=${acmePrefix}`);

    await images.uploadButton.click();
    await expect(images.uploadDialog).toBeVisible();
    // A tenant uploads private images only: there is no choice of type.
    await expect(images.imageTypeChoice('public')).toHaveCount(0);
    await images.fillUpload(name, 256 * 1024);
    await images.submit(images.uploadDialog, 'images.upload.submit');
    await expect(images.uploadDialog).toBeHidden({ timeout: 30_000 });

    await images.expectStatus(name, 'active');
    await expect(images.row(name).locator('td[data-column="image_type"]')).toHaveText(zh('images.type.private'));
    const tray = new TasksTray(page);
    await tray.open();
    const task = tray.panel.getByTestId('tracked-task').filter({ hasText: zh('images.upload.task') }).filter({ hasText: name });
    await expect(task).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
    await tray.close();

    // An active image has its file: uploading again is refused, with the reason.
    const upload = await images.rowAction(name, 'images.action.upload');
    await expect(upload).toHaveAttribute('aria-disabled', 'true');
    await expect(upload).toHaveAttribute('title', zh('images.reason.hasFile'));
    await page.keyboard.press('Escape');

    await (await images.rowAction(name, 'images.action.edit')).click();
    await expect(images.editDialog).toBeVisible();
    await images.editDialog.getByLabel(zh('images.field.name'), { exact: true }).fill(renamed);
    await images.submit(images.editDialog, 'images.edit.submit');
    await expect(images.editDialog).toBeHidden();
    await expect(images.row(renamed)).toBeVisible({ timeout: 30_000 });
    await images.expectStatus(renamed, 'active');

    await (await images.rowAction(renamed, 'images.action.delete')).click();
    await expect(images.confirmDialog).toContainText(renamed);
    await images.submit(images.confirmDialog, 'images.action.delete');
    await expect(images.confirmDialog).toBeHidden();
    await expect(images.row(renamed)).toHaveCount(0);
  });

  test('a cancelled upload keeps the record, whose row offers the upload again', async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const images = new ImagesPage(page);
    const name = `${acmePrefix}-cancelled`;
    await images.open(`name=${acmePrefix}`);

    // Hold the first upload request until it is cancelled, as a slow link would.
    let held = true;
    await page.route('**/api/images/*/upload', async (route) => {
      if (!held) return route.continue();
      await page.waitForTimeout(60_000).catch(() => undefined);
    });
    await images.uploadButton.click();
    await images.fillUpload(name, 64 * 1024);
    await images.submit(images.uploadDialog, 'images.upload.submit');
    const progress = images.uploadDialog.getByTestId('upload-progress');
    await expect(progress).toBeVisible();
    await progress.getByRole('button', { name: zh('images.upload.cancel') }).click();
    await expect(images.uploadDialog.getByTestId('upload-cancelled')).toHaveText(zh('images.upload.cancelled'));
    await images.uploadDialog.getByRole('button', { name: zh('resource.confirm.cancel'), exact: true }).click();
    await expect(images.uploadDialog).toBeHidden();
    held = false;

    await images.expectStatus(name, 'saving');
    const edit = await images.rowAction(name, 'images.action.edit');
    await expect(edit).toHaveAttribute('title', zh('images.reason.saving'));
    await page.keyboard.press('Escape');
    await (await images.rowAction(name, 'images.action.upload')).click();
    await expect(images.fileDialog).toBeVisible();
    await images.chooseFile(images.fileDialog, 64 * 1024);
    await images.submit(images.fileDialog, 'images.upload.submit');
    await expect(images.fileDialog).toBeHidden({ timeout: 30_000 });
    await images.expectStatus(name, 'active');
  });

  test('a text file chosen as an ISO is refused before anything is sent, saying why; the form stays as typed', async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const images = new ImagesPage(page);
    const name = `${acmePrefix}-text`;
    await images.open(`name=${acmePrefix}`);
    const sent: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.method() !== 'GET' && path.startsWith('/api/images')) sent.push(`${request.method()} ${path}`);
    });
    await images.uploadButton.click();
    await images.fillUpload(name, 0);
    const text = Buffer.from('not an ISO\n'.repeat(93));
    await images.chooseFile(images.uploadDialog, 0, { name: 'notes.txt', buffer: text });
    await images.submit(images.uploadDialog, 'images.upload.submit');
    const error = images.uploadDialog.getByTestId('field-error');
    await expect(error).toHaveText(zh('images.field.file.tooSmall.ISO', { name: 'notes.txt', size: text.length, min: 36864 }));
    // Large enough, but without an ISO's volume descriptor.
    await images.chooseFile(images.uploadDialog, 0, { name: 'big.txt', buffer: Buffer.alloc(40_000, 'x') });
    await images.submit(images.uploadDialog, 'images.upload.submit');
    await expect(error).toHaveText(zh('images.field.file.signature.ISO', { name: 'big.txt', size: 40_000, min: 0 }));
    await expect(images.uploadDialog.getByLabel(zh('images.field.name'), { exact: true })).toHaveValue(name);
    await expect(images.uploadDialog.getByRole('radio', { name: zh('images.field.diskFormat.ISO') })).toBeChecked();
    expect(sent).toEqual([]);
    await images.uploadDialog.getByRole('button', { name: zh('resource.confirm.cancel'), exact: true }).click();
    await images.open(`name=${name}`);
    await expect(images.row(name)).toHaveCount(0);
  });

  test('a failed upload keeps the record; Retry sends the file to the same record with the same client token', async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const images = new ImagesPage(page);
    const name = `${acmePrefix}-retried`;
    await images.open(`name=${acmePrefix}`);

    await images.uploadButton.click();
    await images.submit(images.uploadDialog, 'images.upload.submit');
    // Nothing filled in: each missing field says so, and nothing is sent.
    await expect(images.uploadDialog.getByTestId('field-error')).toHaveCount(3);
    await expect(images.uploadDialog.getByTestId('field-error').first()).toHaveText(zh('forms.error.required'));

    const tokens: string[] = [];
    let creates = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/images') creates += 1;
      if (request.url().endsWith('/upload')) tokens.push(request.headers()['x-client-token'] ?? '');
    });
    // The first upload meets an upstream failure, as a dropped link to SCP would give.
    let failures = 1;
    await page.route('**/api/images/*/upload', (route) =>
      failures-- > 0 ? route.fulfill({ status: 502, json: { error: { code: 'upstream_unavailable', message: 'SCP could not be reached', requestId: 'e2e-req' } } }) : route.continue(),
    );
    await images.fillUpload(name, 40 * 1024);
    await images.submit(images.uploadDialog, 'images.upload.submit');
    await expect(images.uploadDialog.getByRole('alert')).toContainText(zh('images.upload.failed'));
    await expect(images.uploadDialog.getByRole('alert')).toContainText('SCP could not be reached');
    await expect(images.uploadDialog.getByLabel(zh('images.field.name'), { exact: true })).toHaveValue(name);

    await images.submit(images.uploadDialog, 'images.upload.retry');
    await expect(images.uploadDialog).toBeHidden({ timeout: 30_000 });
    expect(creates).toBe(1);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(tokens[1]).toBe(tokens[0]);
    await images.expectStatus(name, 'active');
    await expect(images.row(name)).toHaveCount(1);
  });

  test("acme sees public images and its own private ones, not globex's; public ones it cannot change", async ({ page, signedInAs }) => {
    await signedInAs('acme');
    const images = new ImagesPage(page);
    await images.open(`name=${encodeURIComponent(PUBLIC_IMAGE)}`);
    await expect(images.row(PUBLIC_IMAGE)).toBeVisible();
    await expect(images.columnHeader('images.column.owner')).toHaveCount(0);
    for (const action of ['images.action.edit', 'images.action.delete'] as const) {
      const item = await images.rowAction(PUBLIC_IMAGE, action);
      await expect(item).toHaveAttribute('aria-disabled', 'true');
      await expect(item).toHaveAttribute('data-why', 'role');
      await expect(item).toHaveAttribute('title', zh('images.reason.publicAdminOnly'));
      await page.keyboard.press('Escape');
    }

    await images.open(`name=${globexImage}`);
    await expect(page.getByTestId('resource-empty')).toBeVisible();
    await images.open('image_type=private');
    await expect(images.row(globexImage)).toHaveCount(0);
  });

  test("the admin sees every tenant's images with the tenant column, and may upload public ones", async ({ page, signedInAs }) => {
    await signedInAs('admin');
    const images = new ImagesPage(page);
    await images.open(`name=${globexImage}`);
    await expect(images.columnHeader('images.column.owner')).toBeVisible();
    await expect(images.row(globexImage).locator('td[data-column="owner"]')).toHaveText('globex');
    await expect(images.row(globexImage).locator('td[data-column="image_type"]')).toHaveText(zh('images.type.private'));
    await images.uploadButton.click();
    await expect(images.imageTypeChoice('public')).toBeVisible();
    await expect(images.imageTypeChoice('private')).toBeChecked();
  });

  test('the page and its dialogs have no missing translation in either language', async ({ page, signedInAs }) => {
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await signedInAs('admin');
    const images = new ImagesPage(page);
    for (const locale of ['en', 'zh-CN'] as Locale[]) {
      await images.open(`name=${encodeURIComponent(PUBLIC_IMAGE)}`);
      await images.switchLanguage(locale);
      await expect(images.heading).toHaveText(t(locale, 'nav.images'));
      await expect(images.rows.first()).toBeVisible();
      await expectNoMissingTranslations(page);
      await page.screenshot({ path: `${SHOTS}/images-list.${locale}.png`, fullPage: true });
      await images.uploadButton.click();
      await expect(images.uploadDialog).toBeVisible();
      await expectNoMissingTranslations(page);
      await page.screenshot({ path: `${SHOTS}/images-upload.${locale}.png`, fullPage: true });
      await page.keyboard.press('Escape');
      await expect(images.uploadDialog).toBeHidden();
      await (await images.rowAction(PUBLIC_IMAGE, 'images.action.edit')).click();
      await expect(images.editDialog).toBeVisible();
      await expectNoMissingTranslations(page);
      await page.keyboard.press('Escape');
    }
  });

  test('a record still waiting for its file is refreshed fast for a minute, then slowly', async ({ page, signedInAs, baseURL }) => {
    const name = `${acmePrefix}-waiting`;
    const acme = await ImagesApi.signIn(baseURL!, 'acme', 'scp-demo-acme');
    await acme.createRecordOnly(name);
    await page.clock.install();
    await signedInAs('acme');
    const images = new ImagesPage(page);
    await images.open(`name=${name}`);
    const refresh = page.getByTestId('refresh-state');
    await expect(refresh).toHaveAttribute('data-interval', '3000');
    await page.clock.runFor(61_000);
    await expect(refresh).toHaveAttribute('data-interval', '30000');
  });
});
