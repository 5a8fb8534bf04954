import { expect, test } from '@playwright/test';
import { readRedirects, seedRedirects } from '../builtRedirects.ts';

/*
 * Old addresses on a host that reads no `_redirects` (GitHub Pages; here `astro preview` serving
 * site/dist as it is): the page at each old path sends the browser on with a meta refresh.
 */

const SITE = 'https://familyroommission.org';
const rules = readRedirects();
const onSite = rules.filter((rule) => rule.to.startsWith('/'));

test('the build writes every kind of redirect the seed has', () => {
  expect(rules).toEqual(expect.arrayContaining(Object.values(seedRedirects)));
});

test('each old path lands on its new page by meta refresh, canonical to the new page and not indexed', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  for (const rule of onSite) {
    const html = await (await request.get(rule.from)).text();
    expect(html, rule.from).toContain('<meta name="robots" content="noindex">');
    expect(html, rule.from).toContain(`<link rel="canonical" href="${SITE}${rule.to}">`);
    expect(html, rule.from).toContain(`<a href="${rule.to}">${SITE}${rule.to}</a>`);
    await page.goto(rule.from);
    await expect(page, rule.from).toHaveURL((url) => url.pathname === rule.to, { timeout: 15_000 });
    await expect(page.locator('h1')).toBeVisible();
  }
});

test('an old path that leads to another site points there without leaving the test offline', async ({ page }) => {
  const { from, to } = seedRedirects.elsewhere;
  // No request leaves 127.0.0.1: the other site answers from here.
  await page.route(`${to}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Giving</h1>' }));
  await page.goto(from);
  await expect(page).toHaveURL(to);
  await expect(page.locator('h1')).toHaveText('Giving');
});

test('the sitemap lists no old path', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const rule of rules) expect(sitemap, rule.from).not.toContain(`<loc>${SITE}${rule.from}</loc>`);
  expect(sitemap).toContain(`<loc>${SITE}${seedRedirects.oldSlug.to}</loc>`);
});
