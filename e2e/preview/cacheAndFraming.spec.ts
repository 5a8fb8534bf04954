import { expect, test } from '@playwright/test';
import { enableDraftMode, post } from './lake.ts';
import { previewStack } from './previewStackConfig.ts';

/*
 * A cache in front of the preview server must never keep a page (drafts or not) for anyone else,
 * and only the Studio may frame the preview: checked on pages, feeds and API routes, in and out of draft mode.
 */

const paths = [
  post.path,
  '/podcast/feed.xml',
  '/podcast/chapters/rebuilding-intimacy-and-trust.json',
  '/no-such-page/',
  '/api/draft-mode/enable',
  '/api/preview/preview.css',
];

function expectPreviewHeaders(headers: Record<string, string>, where: string): void {
  expect(headers['cache-control'], where).toBe('private, no-store');
  expect(
    (headers['vary'] ?? '').split(',').map((v) => v.trim().toLowerCase()),
    where,
  ).toContain('cookie');
  const policies = (headers['content-security-policy'] ?? '').split(';').map((d) => d.trim().split(/\s+/));
  const frameAncestors = policies.filter(([name]) => name === 'frame-ancestors');
  expect(
    frameAncestors.map((directive) => directive.slice(1)),
    where,
  ).toEqual([["'self'", new URL(previewStack.studioUrl).origin]]);
}

test('without draft mode: private, no-store, varies by cookie, framed only by the Studio', async ({ request }) => {
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expectPreviewHeaders(response.headers(), path);
  }
});

test('in draft mode: the same headers on every response', async ({ page }) => {
  await enableDraftMode(page, post.path);
  for (const path of paths) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expectPreviewHeaders(response.headers(), `${path} (draft mode)`);
  }
});
