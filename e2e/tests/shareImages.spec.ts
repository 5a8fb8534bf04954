import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const dist = fileURLToPath(new URL('../../site/dist/', import.meta.url));

/** The share image meta tags a page carries, as a chat app or social network reads them. */
async function shareMeta(page: Page, path: string) {
  await page.goto(path);
  const meta = (selector: string) => page.locator(`meta[${selector}]`).getAttribute('content');
  return {
    og: await meta('property="og:image"'),
    twitter: await meta('name="twitter:image"'),
    width: await meta('property="og:image:width"'),
    height: await meta('property="og:image:height"'),
    alt: await meta('property="og:image:alt"'),
    card: await meta('name="twitter:card"'),
  };
}

/** Fetches the image from this server (the meta tag holds the production origin) and reads its PNG size. */
async function fetchPng(request: APIRequestContext, url: string) {
  const response = await request.get(new URL(url).pathname);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const bytes = await response.body();
  expect(bytes.subarray(1, 4).toString('latin1'), `${url} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('an episode without its own image shares a generated 1200×630 card with the show art', async ({
  page,
  request,
}) => {
  const meta = await shareMeta(page, '/podcast/fighting-fair/');
  expect(meta.og).toMatch(/^https?:\/\/[^/]+\/og\/podcast\/fighting-fair\.png$/);
  expect(meta.twitter).toBe(meta.og);
  expect(meta.card).toBe('summary_large_image');
  expect([meta.width, meta.height]).toEqual(['1200', '630']);
  expect(meta.alt).toBe('Fighting Fair: Conflict That Builds Connection');
  expect(await fetchPng(request, meta.og!)).toEqual({ width: 1200, height: 630 });
});

test('a post whose editor set an image keeps it as its share image', async ({ page, request }) => {
  const meta = await shareMeta(page, '/blog/praying-for-your-spouse/');
  expect(meta.og).toMatch(/^https?:\/\/[^/]+\/media\/.+\.(jpe?g|png|webp)$/);
  expect(meta.og).not.toContain('/og/');
  expect(meta.twitter).toBe(meta.og);
  expect((await request.get(new URL(meta.og!).pathname)).status()).toBe(200);
});

test('a resource page shares the image its editor set', async ({ page, request }) => {
  const meta = await shareMeta(page, '/resources/ebook/gods-design-for-families-ebook/');
  expect(meta.og).toMatch(/^https?:\/\/[^/]+\/media\/.+\.(jpe?g|png|webp)$/);
  expect(meta.twitter).toBe(meta.og);
  expect(meta.card).toBe('summary_large_image');
  expect(meta.alt).toBeTruthy();
  expect((await request.get(new URL(meta.og!).pathname)).status()).toBe(200);
});

test('every generated card a page shares is in the site, and the site holds no card no page shares', async () => {
  const files = await readdir(dist, { recursive: true });
  const shared = new Set<string>();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const og = /<meta property="og:image" content="https?:\/\/[^/"]+(\/og\/[^"]+)"/.exec(
      await readFile(join(dist, file), 'utf8'),
    );
    if (og) shared.add(og[1]!);
  }
  const cards = files.filter((f) => f.startsWith('og/') && f.endsWith('.png')).map((f) => `/${f}`);
  // Every post, episode and resource of the seed without an image of its own.
  expect(shared.size).toBeGreaterThan(5);
  expect(cards.sort()).toEqual([...shared].sort());
});
