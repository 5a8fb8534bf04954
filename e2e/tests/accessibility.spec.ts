import { expect, test } from '@playwright/test';
import { accessibilityViolations, samplePages } from './helpers.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const [name, path] of Object.entries(samplePages)) {
      test(`${name} page meets WCAG 2.2 AA (axe)`, async ({ page }) => {
        await page.goto(path);
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    }
  });
}

test('skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto(samplePages.post);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('phone width has no horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [samplePages.home, samplePages.post, samplePages.episode, samplePages.podcast]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
});
