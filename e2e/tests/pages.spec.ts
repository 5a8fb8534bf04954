import { expect, test } from '@playwright/test';
import { samplePages } from './helpers.ts';

test('every sample page has a unique title, a description, a canonical URL and feed links', async ({ page }) => {
  const titles = new Set<string>();
  for (const path of Object.values(samplePages)) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const title = await page.title();
    expect(titles.has(title), `${path} repeats the title "${title}"`).toBe(false);
    titles.add(title);
    expect(await page.locator('meta[name="description"]').getAttribute('content'), path).toBeTruthy();
    expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toBe(
      `https://familyroommission.org${path}`,
    );
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]'), path).toHaveCount(2);
    await expect(page.locator('main'), path).toHaveCount(1);
    await expect(page.locator('h1'), path).toHaveCount(1);
  }
});

test('post page: date, author, topics, reading time, body, related episode player and resources', async ({ page }) => {
  await page.goto(samplePages.post);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Rebuilding Intimacy and Trust/);
  await expect(page.locator('article time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(page.getByText(/min read/)).toBeVisible();
  await expect(page.locator('article .meta a[href^="/people/"]')).toHaveText(/Holloway/);
  await expect(page.getByRole('list', { name: 'Topics' }).getByRole('link')).not.toHaveCount(0);
  await expect(page.locator('article h2').first()).toBeVisible();
  await expect(page.locator('article blockquote').first()).toBeVisible();
  await expect(page.locator('audio source')).toHaveAttribute('src', /\/media\/[0-9a-f]{40}\.mp3$/);
  await expect(page.getByRole('heading', { name: 'Resources for you' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'More posts' }).getByRole('link')).not.toHaveCount(0);
  // A post page ships one script, the mini-player's, inline (its size budget: miniPlayer.spec.ts); JSON-LD is data.
  const scripts = page.locator('script:not([type="application/ld+json"])');
  await expect(scripts).toHaveCount(1);
  await expect(scripts).not.toHaveAttribute('src');
});

test('structured data parses and names the right types', async ({ page }) => {
  const types = async (path: string) => {
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    return blocks.flatMap((text) =>
      (JSON.parse(text)['@graph'] as Array<{ '@type': string }>).map((node) => node['@type']),
    );
  };
  expect(await types(samplePages.post)).toEqual(expect.arrayContaining(['Organization', 'BlogPosting']));
  expect(await types(samplePages.episode)).toEqual(expect.arrayContaining(['Organization', 'PodcastEpisode']));
  expect(await types(samplePages.podcast)).toEqual(expect.arrayContaining(['PodcastSeries']));
});

test('images are responsive, sized and lazy below the fold', async ({ page }) => {
  await page.goto(samplePages.home);
  const images = page.locator('main img');
  expect(await images.count()).toBeGreaterThan(0);
  for (const img of await images.all()) {
    await expect(img).toHaveAttribute('width', /\d+/);
    await expect(img).toHaveAttribute('height', /\d+/);
    await expect(img).toHaveAttribute('srcset', /\.webp \d+w/);
    await expect(img).toHaveAttribute('loading', 'lazy');
  }
  await page.goto(samplePages.post);
  await expect(page.locator('.hero-image img')).toHaveAttribute('loading', 'eager');
});

test('resources filter by kind and show free badges and calls to action', async ({ page }) => {
  await page.goto(samplePages.resources);
  const filters = page.getByRole('navigation', { name: 'Filter resources by kind' });
  await filters.getByRole('link', { name: 'E-books' }).click();
  await expect(page).toHaveURL(/\/resources\/ebook\/$/);
  await expect(page.locator('main article')).toHaveCount(1);
  await page.goto(samplePages.resources);
  await expect(page.locator('main .badge', { hasText: 'Free' }).first()).toBeVisible();
  await expect(page.locator('main article .button').first()).toHaveAttribute('href', /^(https:\/\/|\/media\/)/);
});

test('a resource has its own page, linked from the list: kind, description, topics and its call to action', async ({
  page,
}) => {
  await page.goto(samplePages.resources);
  await page.getByRole('link', { name: 'God’s Design for Families EBook', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${samplePages.resource}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('God’s Design for Families EBook');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `https://familyroommission.org${samplePages.resource}`,
  );
  await expect(page.getByRole('link', { name: 'E-book', exact: true })).toHaveAttribute('href', '/resources/ebook/');
  await expect(page.locator('main')).toContainText('what Scripture says about marriage, parenting and the home');
  await expect(page.getByRole('list', { name: 'Topics' }).getByRole('link')).toHaveCount(3);
  await expect(page.locator('main .button')).toHaveAttribute(
    'href',
    'https://learn.familyroommission.org/offers/gods-design-for-families-ebook',
  );
  const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
  expect(jsonLd).toContain('"@type":"CreativeWork"');
});

test('newsletter form posts to the provider with a honeypot and labelled inputs', async ({ page }) => {
  await page.goto(samplePages.home);
  const form = page.locator('form[method="post"]');
  await expect(form).toHaveAttribute('action', /^https:\/\//);
  await expect(page.getByLabel('Email address')).toHaveAttribute('type', 'email');
  const honeypot = page.locator('#newsletter-website');
  await expect(honeypot).toHaveAttribute('tabindex', '-1');
  await expect(honeypot).not.toBeInViewport();
  for (const input of await form.locator('input').all()) {
    const id = await input.getAttribute('id');
    await expect(form.locator(`label[for="${id}"]`)).toHaveCount(1);
  }
});

test('unknown URLs get the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/couldn’t find/);
});

test('sitemap and robots.txt list the site and leave out drafts and future posts', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: https://familyroommission.org/sitemap-index.xml');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('https://familyroommission.org/blog/rebuilding-intimacy-and-trust/');
  expect(sitemap).not.toContain('a-letter-to-our-future-grandchildren');
  expect(sitemap).not.toContain('/search/');
});
