import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { readRedirects } from '../builtRedirects.ts';

const dist = fileURLToPath(new URL('../../site/dist/', import.meta.url));

/** Every site-relative URL in href/src/srcset of every built page. */
async function internalUrls(): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
  for (const file of pages) {
    const html = await readFile(join(dist, file), 'utf8');
    for (const match of html.matchAll(/\s(?:href|src|srcset|content)="([^"]+)"/g)) {
      for (const candidate of match[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!)) {
        if (!candidate.startsWith('/') || candidate.startsWith('//')) continue;
        const url = candidate.replace(/&amp;/g, '&').split('#')[0]!.split('?')[0]!;
        if (url && !urls.has(url)) urls.set(url, file);
      }
    }
  }
  return urls;
}

test('no internal link, image, script or stylesheet in dist returns 404', async ({ request }) => {
  test.setTimeout(300_000); // visits every page: minutes on a loaded 2-core machine
  const urls = await internalUrls();
  expect(urls.size).toBeGreaterThan(50);
  const broken: string[] = [];
  for (const [url, foundIn] of urls) {
    const response = await request.get(url);
    if (response.status() !== 200) broken.push(`${url} (${response.status()}) linked from ${foundIn}`);
  }
  expect(broken).toEqual([]);
});

test('no page links to an old address: links follow the document to its new one', async () => {
  const urls = await internalUrls();
  const old = readRedirects().map((rule) => decodeURI(rule.from));
  expect(old.length).toBeGreaterThan(0);
  expect(old.filter((from) => urls.has(from)).map((from) => `${from} linked from ${urls.get(from)}`)).toEqual([]);
});
