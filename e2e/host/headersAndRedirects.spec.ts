import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { readRedirects, seedRedirects } from '../builtRedirects.ts';
import { host } from './hostConfig.ts';

/** Every built page's URL path: `x/index.html` is served at `/x/`, `404.html` only as the not-found page; old addresses redirect. */
function pagePaths(dir: string): string[] {
  const old = new Set(readRedirects(dir).map((rule) => decodeURI(rule.from)));
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.split(sep).join('/')}`.replace(/index\.html$/, ''))
    .filter((path) => !old.has(path))
    .sort();
}

/** The security headers `_headers` sets for `/*`, as the build wrote them. */
function builtHeaders(): Record<string, string> {
  const text = readFileSync(join(host.builtSite, '_headers'), 'utf8');
  const rule = text.split(/\n(?=\S)/).find((block) => block.startsWith('/*\n'));
  if (!rule) throw new Error('site/dist/_headers has no /* rule');
  return Object.fromEntries(
    rule
      .split('\n')
      .slice(1)
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

test('every page gets the CSP and security headers from _headers', async ({ page }) => {
  const expected = builtHeaders();
  expect(Object.keys(expected)).toEqual(
    expect.arrayContaining([
      'content-security-policy',
      'x-content-type-options',
      'referrer-policy',
      'permissions-policy',
    ]),
  );
  expect(expected['content-security-policy']).toContain("frame-ancestors 'none'");
  const paths = pagePaths(host.builtSite);
  expect(paths.length).toBeGreaterThan(20);
  for (const path of paths) {
    const response = await page.goto(path, { waitUntil: 'commit' });
    expect(response?.status(), path).toBe(200);
    const headers = await response!.allHeaders();
    for (const [name, value] of Object.entries(expected)) expect(headers[name], `${path}: ${name}`).toBe(value);
  }
});

test("chromium enforces the header's frame-ancestors (a <meta> CSP cannot): no page of the site shows in a frame", async ({
  page,
  baseURL,
}) => {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
  });
  // Another origin (a page with no policy of its own) frames one of ours.
  await page.setContent(`<iframe src="${baseURL}/about/"></iframe>`);
  await expect.poll(() => refusals.length, { timeout: 30_000 }).toBeGreaterThan(0);
  expect(refusals[0]).toContain("frame-ancestors 'none'");
  // Chromium's error page instead of ours.
  await expect(page.frameLocator('iframe').locator('body')).toContainText('refused to connect');
});

test('each content redirect answers with its status and Location, and the browser lands on the new page', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const rules = readRedirects(host.servedSite);
  // The page written at each old path for GitHub Pages is there too: the rule wins over it.
  expect(rules).toEqual(expect.arrayContaining(Object.values(seedRedirects)));
  for (const rule of rules) {
    const response = await page.request.get(rule.from, { maxRedirects: 0 });
    expect(response.status(), rule.from).toBe(rule.status);
    expect(new URL(response.headers().location ?? '', baseURL).href, rule.from).toBe(new URL(rule.to, baseURL).href);
    if (!rule.to.startsWith('/')) continue;
    await page.goto(rule.from);
    expect(new URL(page.url()).pathname, rule.from).toBe(rule.to);
    await expect(page.locator('h1')).toBeVisible();
  }
});
