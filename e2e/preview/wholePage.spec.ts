import { stegaClean } from '@sanity/client/stega';
import { expect, test, type Page } from '@playwright/test';
import { deleteDraft, enableDraftMode, lake, post, writeDraftTitle } from './lake.ts';

/*
 * Live refreshes keep the whole page: the site's header, main content and footer, once each, and
 * the "cannot be published yet" list speaks the editors' words and goes away when fixed.
 */
test.beforeAll(async () => writeDraftTitle(`Before ${Date.now()}`));
test.afterAll(async () => deleteDraft());

const title = async (page: Page) => stegaClean((await page.locator('main h1').first().textContent()) ?? '').trim();

async function expectWholePage(page: Page): Promise<void> {
  await expect(page.locator('body > header.site-header, body > * > header.site-header')).toHaveCount(1);
  await expect(page.locator('main#main')).toHaveCount(1);
  await expect(page.locator('footer.site-footer')).toHaveCount(1);
  await expect(page.locator('.frm-preview-bar')).toHaveCount(1);
  await expect(page.locator('header.site-header')).toBeVisible();
  await expect(page.locator('footer.site-footer')).toBeVisible();
}

test('header, main and footer survive ten live refreshes', async ({ page }) => {
  await enableDraftMode(page, post.path);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  await expectWholePage(page);

  for (let i = 1; i <= 10; i++) {
    const changed = `Refresh ${i} at ${Date.now()}`;
    await lake.patch(`drafts.${post.id}`).set({ title: changed }).commit();
    await expect.poll(() => title(page), { timeout: 20_000 }).toBe(changed);
    await expectWholePage(page);
  }
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('after-ten-refreshes.png'), fullPage: true });
});

test('content the build would refuse: listed in editors’ words, and gone live once fixed', async ({ page }) => {
  await enableDraftMode(page, post.path);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  await lake.patch(`drafts.${post.id}`).set({ title: '' }).commit();
  const heading = page.getByRole('heading', { name: 'This content cannot be published yet' });
  await expect(heading).toBeVisible({ timeout: 20_000 });
  const problems = page.locator('.frm-report main li');
  await expect(problems).toHaveCount(1);
  // The type and field as the Studio's form names them, never the document id or field path.
  await expect(problems.first()).toContainText('Blog post');
  await expect(problems.first()).toContainText('Title');
  await expect(problems.first()).not.toContainText(post.id);
  await expect(problems.first()).not.toContainText('field "title"');
  await expect(page.locator('.frm-preview-bar')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('cannot-be-published.png'), fullPage: true });

  // As after a reload of the Presentation frame: the page served as it is still updates live.
  await page.reload();
  await expect(heading).toBeVisible();
  await expect(problems.first()).toContainText('Title');
  await expect(page.locator('.frm-preview-bar')).toHaveCount(1);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  const fixed = `Fixed ${Date.now()}`;
  await lake.patch(`drafts.${post.id}`).set({ title: fixed }).commit();
  await expect.poll(() => title(page), { timeout: 20_000 }).toBe(fixed);
  await expect(heading).toHaveCount(0);
  await expectWholePage(page);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test('the page-not-found screen shows the preview bar once', async ({ page }) => {
  const response = await page.goto('/blog/no-such-post-anywhere/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('.frm-preview-bar')).toHaveCount(1);
  await expect(page.locator('main h1')).toBeVisible();

  await enableDraftMode(page, post.path);
  expect((await page.goto('/blog/no-such-post-anywhere/'))?.status()).toBe(404);
  await expect(page.locator('.frm-preview-bar')).toHaveCount(1);
  await expect(page.locator('.frm-preview-bar')).toContainText('showing drafts');
  await page.screenshot({ path: test.info().outputPath('not-found.png'), fullPage: true });
});
