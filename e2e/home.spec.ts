import { expect, test } from '@playwright/test';
import { t } from '@/lib/i18n';

test('home page shows the placeholder heading in Chinese', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: t('zh-CN', 'home.heading') })).toBeVisible();
});
