import { stegaClean } from '@sanity/client/stega';
import { expect, test } from '@playwright/test';
import { deleteDraft, enableDraftMode, lake, post, scheduledPost, STEGA, writeDraftTitle } from './lake.ts';

const draftTitle = `Draft title ${Date.now()}`;

test.beforeAll(async () => writeDraftTitle(draftTitle));
test.afterAll(async () => deleteDraft());

test('without draft mode: published content only, noindex', async ({ request }) => {
  const response = await request.get(post.path);
  expect(response.status()).toBe(200);
  expect(response.headers()['x-robots-tag']).toBe('noindex, nofollow');
  const html = await response.text();
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(html).toContain('Rebuilding Intimacy and Trust');
  expect(html).not.toContain(draftTitle);
  expect(html).not.toMatch(STEGA);
});

test('an episode without its own image shares no generated card: the preview server draws none', async ({
  request,
}) => {
  const html = await (await request.get('/podcast/fighting-fair/')).text();
  const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  expect(image, 'the site default image').toBeTruthy();
  expect(image).not.toContain('/og/');
});

test('a missing or bad secret: 401 and no draft text', async ({ request }) => {
  for (const url of [
    '/api/draft-mode/enable',
    '/api/draft-mode/enable?sanity-preview-secret=not-the-secret&sanity-preview-pathname=/blog/rebuilding-intimacy-and-trust/',
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(401);
    expect(response.headers()['set-cookie'], url).toBeUndefined();
    expect(await response.text()).not.toContain(draftTitle);
  }
  // Nor does a forged cookie open the drafts.
  const forged = await request.get(post.path, { headers: { cookie: 'frm-draft-mode=9999999999.forged' } });
  expect(await forged.text()).not.toContain(draftTitle);
});

test('a valid secret: the draft, with stega in text and nowhere else', async ({ page, context }) => {
  await enableDraftMode(page, post.path);
  expect(new URL(page.url()).pathname).toBe(post.path);
  const cookie = (await context.cookies()).find((c) => c.name === 'frm-draft-mode');
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'None' });

  const h1 = page.locator('h1');
  expect(stegaClean(await h1.textContent())).toBe(draftTitle);
  expect(await h1.textContent()).toMatch(STEGA);

  const findings = await page.evaluate((pattern) => {
    const stega = new RegExp(pattern);
    const attributes = (name: string) =>
      [...document.querySelectorAll(`[${name}]`)].map((e) => e.getAttribute(name) ?? '').filter((v) => stega.test(v));
    return {
      href: attributes('href'),
      datetime: attributes('datetime'),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')]
        .map((s) => s.textContent ?? '')
        .filter((t) => stega.test(t)),
      head: stega.test(document.head.outerHTML),
    };
  }, STEGA.source);
  expect(findings).toEqual({ href: [], datetime: [], jsonLd: [], head: false });
});

test('scheduled posts show with their date', async ({ page }) => {
  await page.goto(scheduledPost.path);
  await expect(page.locator('.frm-scheduled')).toContainText('Scheduled for January 1, 2030');
});

test('disable: back to published content', async ({ page, context }) => {
  await enableDraftMode(page, post.path);
  await page.goto('/api/draft-mode/disable');
  expect((await context.cookies()).find((c) => c.name === 'frm-draft-mode')).toBeUndefined();
  await page.goto(post.path);
  await expect(page.locator('h1')).not.toContainText(draftTitle);
});

test('a draft the build would reject: the build report on its page, not a 500; other pages preview without it', async ({
  page,
}) => {
  await enableDraftMode(page, post.path);
  await lake.patch(`drafts.${post.id}`).set({ title: '   ' }).commit();
  try {
    const response = await page.goto(post.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('This content cannot be published yet');
    // In the editors' words, as the Studio's banner says it.
    await expect(page.locator('main li').first()).toHaveText('Blog post, Content tab: Title is empty: fill it in');

    // Every other page still previews, and says which change it leaves out.
    expect((await page.goto('/blog/'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'This content cannot be published yet' })).toHaveCount(0);
    await expect(page.locator('.frm-withheld li')).toHaveText(['Blog post, Content tab: Title is empty: fill it in']);
    await expect(page.locator(`a[href="${post.path}"]`).first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('withheld-draft.png'), fullPage: true });
  } finally {
    await writeDraftTitle(draftTitle);
  }
});
