import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { t, type MessageKey } from '@/lib/i18n';
import { navForRole } from '@/lib/nav';
import { expect, test } from './fixtures';

/** axe-core's browser bundle (Playwright runs from the repository root). */
const AXE = resolve('node_modules/axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2.1 A and AA rules over the page as it is; the serious and critical findings. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('accessibility', () => {
  for (const account of ['acme', 'admin'] as const) {
    test(`every page ${account} has, light and dark, meets WCAG 2.1 AA without serious findings`, async ({ page, signedInAs }) => {
      test.setTimeout(120_000);
      const shell = await signedInAs(account);
      const pages = navForRole(account === 'admin' ? 'admin' : 'tenant').flatMap((g) => g.items.map((i) => i.href));
      const findings: string[] = [];
      for (const href of pages) {
        await shell.goto(href);
        await expect(page.locator('main h1')).toBeVisible();
        await expect(page.locator('[aria-busy="true"], [data-stale]')).toHaveCount(0);
        for (const finding of await seriousViolations(page)) findings.push(`${href}: ${finding}`);
        // The same page in the dark theme (its colour tokens hang off the class on <html>).
        await page.evaluate(() => document.documentElement.classList.add('dark'));
        for (const finding of await seriousViolations(page)) findings.push(`${href} (dark): ${finding}`);
        await page.evaluate(() => document.documentElement.classList.remove('dark'));
      }
      expect(findings).toEqual([]);
    });
  }

  test('the create dialogs and the server wizard meet WCAG 2.1 AA without serious findings', async ({ page, signedInAs }) => {
    test.setTimeout(120_000);
    const shell = await signedInAs('admin');
    const dialogs: [string, MessageKey][] = [
      ['/images', 'images.upload.button'],
      ['/vpcs', 'vpcs.create.button'],
      ['/subnets', 'subnets.create.button'],
      ['/floating-ips', 'floatingIps.action.allocate'],
      ['/tenants', 'tenants.create.button'],
    ];
    const findings: string[] = [];
    for (const [href, button] of dialogs) {
      await shell.goto(href);
      await page.getByRole('button', { name: t('zh-CN', button), exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      for (const finding of await seriousViolations(page)) findings.push(`${href} ${button}: ${finding}`);
    }
    await shell.goto('/servers/new');
    await expect(page.locator('main h1')).toBeVisible();
    for (const finding of await seriousViolations(page)) findings.push(`/servers/new: ${finding}`);
    expect(findings).toEqual([]);
  });

  test('the sign-in page meets WCAG 2.1 AA without serious findings', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('button')).not.toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
