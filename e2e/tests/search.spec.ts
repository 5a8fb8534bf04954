import { expect, test } from '@playwright/test';
import { samplePages } from './helpers.ts';

test('search finds posts and episodes without a server', async ({ page }) => {
  await page.goto(samplePages.search);
  await page.getByLabel('Search posts, episodes and resources').fill('trust');
  await page.getByRole('button', { name: 'Search' }).click();
  const results = page.locator('[data-search-results] li a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(
    expect.arrayContaining([
      expect.stringContaining('/blog/rebuilding-intimacy-and-trust/'),
      expect.stringContaining('/podcast/rebuilding-intimacy-and-trust/'),
    ]),
  );
  await expect(page).toHaveURL(/\?q=trust$/);
});

test('search finds resources', async ({ page }) => {
  await page.goto(`${samplePages.search}?q=mini-course`);
  await expect(page.locator('[data-search-results] li a[href="/resources/course/raising-worshippers/"]')).toBeVisible();
});

test('search of a word that is nowhere says so', async ({ page }) => {
  await page.goto(`${samplePages.search}?q=xylophonequartz`);
  await expect(page.getByRole('status')).toHaveText(/No results/);
});

test('excerpts come from the body: no date, byline, player or download link', async ({ page }) => {
  await page.goto(`${samplePages.search}?q=trust`);
  const results = page.locator('[data-search-results] li');
  // Pagefind loads its index and WebAssembly first: slow on a loaded machine.
  await expect(results.first()).toBeVisible({ timeout: 30_000 });
  const excerpts = await page.locator('[data-search-results] li p').allTextContents();
  expect(excerpts.length).toBeGreaterThan(1);
  for (const excerpt of excerpts)
    expect(excerpt).not.toMatch(/January 5, 2026|Rachel Holloway|min read|Download|Season 2 · Episode 5/);
  expect(excerpts.join(' ')).toMatch(/trust/i);
});

test('results show their kind and can be filtered by it', async ({ page }) => {
  await page.goto(`${samplePages.search}?q=trust`);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible({ timeout: 30_000 });
  expect(await page.locator('[data-search-results] .kind').allTextContents()).toEqual(
    expect.arrayContaining(['Post', 'Episode']),
  );
  await page.getByRole('radio', { name: 'Episodes' }).check();
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/[?&]kind=episode/);
  const links = page.locator('[data-search-results] li a');
  await expect
    .poll(async () =>
      (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).every((href) =>
        href?.startsWith('/podcast/'),
      ),
    )
    .toBe(true);
  await expect(links.first()).toBeVisible();
  expect(new Set(await page.locator('[data-search-results] .kind').allTextContents())).toEqual(new Set(['Episode']));
});
