import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { enableDraftMode, post } from './lake.ts';
import { previewStack } from './previewStackConfig.ts';

test('the read token never leaves the preview server: bodies, headers, scripts, log', async ({ page, request }) => {
  const seen: string[] = [];
  page.on('response', async (response) => {
    const headers = JSON.stringify(await response.allHeaders());
    const body = response.request().resourceType() === 'eventsource' ? '' : await response.text().catch(() => '');
    seen.push(`${response.url()}\n${headers}\n${body}`);
  });
  await enableDraftMode(page, post.path);
  await page.goto('/');
  await page.goto('/blog/');
  await page.goto('/podcast/');
  for (const url of ['/api/draft-mode/enable?sanity-preview-secret=wrong', '/api/preview/events', '/rss.xml', '/podcast/feed.xml', '/no-such-page/']) {
    const response = await request.get(url, { maxRedirects: 0 });
    seen.push(`${url}\n${JSON.stringify(response.headers())}\n${await response.text()}`);
  }
  expect(seen.length).toBeGreaterThan(8);
  for (const entry of seen) expect(entry.includes(previewStack.token), entry.split('\n')[0]).toBe(false);

  const log = await readFile(previewStack.logFile, 'utf8');
  expect(log).toContain('Server listening');
  expect(log.includes(previewStack.token)).toBe(false);
});
