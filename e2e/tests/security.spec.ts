import { expect, test } from '@playwright/test';
import { samplePages, watchCspViolations } from './helpers.ts';

test('no page triggers a Content-Security-Policy violation', async ({ page }) => {
  const violations = await watchCspViolations(page);
  for (const path of Object.values(samplePages)) {
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(await violations(), path).toEqual([]);
  }
  await page.goto(`${samplePages.search}?q=trust`, { waitUntil: 'networkidle' });
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('every page carries a strict CSP meta: no unsafe-inline or unsafe-eval for scripts', async ({ page }) => {
  for (const path of Object.values(samplePages)) {
    await page.goto(path);
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, path).toContain("'self'");
    expect(scriptSrc, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(policy, path).toContain("object-src 'none'");
  }
});
