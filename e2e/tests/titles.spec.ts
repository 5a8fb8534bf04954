import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { readRedirects } from '../builtRedirects.ts';

const dist = fileURLToPath(new URL('../../site/dist/', import.meta.url));
const old = new Set(readRedirects().map((rule) => decodeURI(rule.from)));

test('no two built pages share a <title>', async () => {
  // The pages at old addresses (a meta refresh, not indexed) all say the page has moved.
  const pages = (await readdir(dist, { recursive: true })).filter(
    (f) => f.endsWith('.html') && !old.has(`/${f.replace(/index\.html$/, '')}`),
  );
  expect(pages.length).toBeGreaterThan(20);
  const byTitle = new Map<string, string[]>();
  for (const file of pages) {
    const title = /<title>([^<]*)<\/title>/.exec(await readFile(join(dist, file), 'utf8'))?.[1];
    expect(title, `${file} has a <title>`).toBeTruthy();
    byTitle.set(title!, [...(byTitle.get(title!) ?? []), file]);
  }
  const shared = [...byTitle]
    .filter(([, files]) => files.length > 1)
    .map(([title, files]) => `"${title}": ${files.sort().join(', ')}`);
  expect(shared).toEqual([]);
});
