import { expect, test } from '@playwright/test';
import { samplePages } from './helpers.ts';

for (const width of [360, 1280]) {
  test(`"Resources for you" lines up with the article column (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(samplePages.post);
    const article = await page.locator('article.post > .prose').last().boundingBox();
    const resources = await page.getByRole('region', { name: 'Resources for you' }).boundingBox();
    expect(article && resources).toBeTruthy();
    expect(Math.abs(resources!.x - article!.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(resources!.x + resources!.width - (article!.x + article!.width))).toBeLessThanOrEqual(1);
  });
}
