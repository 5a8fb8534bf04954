import { expect, test } from '@playwright/test';

test('home page lists the seed post', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Family Room Mission/);
  await expect(page.getByRole('link', { name: /Rebuilding Intimacy and Trust/ })).toBeVisible();
});
