import { stegaClean } from '@sanity/client/stega';
import { expect, test } from '@playwright/test';
import { deleteDraft, enableDraftMode, lake, post, writeDraftTitle } from './lake.ts';
import { previewStack } from './previewStackConfig.ts';

test.beforeAll(async () => writeDraftTitle(`Before ${Date.now()}`));
test.afterAll(async () => deleteDraft());

test('an edit in the Content Lake shows in the open page without a reload', async ({ page }) => {
  await enableDraftMode(page, post.path);
  // Set on this document only: a reload or navigation would lose it.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  const changed = `Edited live ${Date.now()}`;
  const started = Date.now();
  await lake.patch(`drafts.${post.id}`).set({ title: changed }).commit();
  // The issue asks for 2 s; the wait is generous for a loaded machine and the time is recorded.
  await expect
    .poll(async () => stegaClean(await page.locator('h1').textContent()), { timeout: 15_000, intervals: [50] })
    .toBe(changed);
  const elapsed = Date.now() - started;
  test
    .info()
    .annotations.push({ type: 'live update', description: `${elapsed} ms from mutation to new title on the page` });
  console.log(`live update: ${elapsed} ms from mutation to new title on the page`);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test('overlays: the title is an edit target in draft mode only', async ({ page, browser }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await enableDraftMode(page, post.path);
  const h1 = page.locator('h1');
  const overlay = page.locator('sanity-visual-editing [data-sanity-overlay-element]');
  // Overlays register once @sanity/visual-editing has loaded; hover until the title's shows.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await h1.hover();
    await expect(overlay.first()).toBeAttached({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  // It opens the title field of this post in the Studio.
  const edit = await overlay.first().locator('a[href*="/intent/edit/"]').getAttribute('href');
  expect(edit).toContain(`${previewStack.studioUrl}/intent/edit/`);
  expect(edit).toContain(`id=${post.id};type=post;path=title`);
  // The overlays' styles came in under the CSP (per-response nonce), nothing was refused.
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);

  const published = await browser.newPage({ baseURL: new URL(page.url()).origin });
  await published.goto(post.path);
  await published.locator('h1').hover();
  await published.waitForTimeout(1_000);
  expect(await published.locator('[data-sanity-overlay-element]').count()).toBe(0);
  expect(await published.locator('sanity-visual-editing').count()).toBe(0);
  await published.close();
});
