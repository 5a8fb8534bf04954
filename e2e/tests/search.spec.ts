import { expect, test } from '@playwright/test';
import { samplePages } from './helpers.ts';

test('search finds posts and episodes without a server', async ({ page }) => {
  await page.goto(samplePages.search);
  await page.getByLabel('Search posts, episodes and resources').fill('trust');
  await page.getByRole('button', { name: 'Search' }).click();
  const results = page.locator('[data-search-results] li a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(expect.arrayContaining([expect.stringContaining('/blog/rebuilding-intimacy-and-trust/'), expect.stringContaining('/podcast/rebuilding-intimacy-and-trust/')]));
  await expect(page).toHaveURL(/\?q=trust$/);
});

test('search finds resources', async ({ page }) => {
  await page.goto(`${samplePages.search}?q=mini-course`);
  await expect(page.locator('[data-search-results] li a[href="/resources/"]')).toBeVisible();
});

test('search of a word that is nowhere says so', async ({ page }) => {
  await page.goto(`${samplePages.search}?q=xylophonequartz`);
  await expect(page.getByRole('status')).toHaveText(/No results/);
});
