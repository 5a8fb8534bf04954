import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const dist = fileURLToPath(new URL('../../site/dist/', import.meta.url));

test('no two built pages share a <title>', async () => {
  const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
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
