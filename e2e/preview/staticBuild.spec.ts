import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { STEGA } from './lake.ts';

// `pnpm test:e2e` runs the static `pnpm build` after the preview build: the static site must not
// have picked up anything of the preview server.
const dist = fileURLToPath(new URL('../../site/dist/', import.meta.url));

test('site/dist: no stega, no server code, no preview script, a post page with only the mini-player’s inline script', async () => {
  const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
  expect(files.length).toBeGreaterThan(20);
  const stega: string[] = [];
  const preview: string[] = [];
  for (const file of files) {
    if (/\.(png|jpe?g|webp|avif|gif|mp3|m4a|pdf|wasm|pf_[a-z]+)$/i.test(file)) continue;
    const text = await readFile(file, 'utf8');
    if (STEGA.test(text)) stega.push(file);
    if (/visual-editing|frm-preview|draft-mode|sanity-preview-secret/.test(text)) preview.push(file);
  }
  expect(stega).toEqual([]);
  expect(preview).toEqual([]);
  expect(files.filter((file) => /(^|\/)(server|entry\.mjs|chunks)(\/|$)/.test(file.slice(dist.length)))).toEqual([]);

  const postPage = await readFile(join(dist, 'blog', 'rebuilding-intimacy-and-trust', 'index.html'), 'utf8');
  const scripts = [...postPage.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attributes) => !attributes.includes('application/ld+json'));
  // One inline script (the mini-player, whose size miniPlayer.spec.ts budgets); nothing loaded from elsewhere.
  expect(scripts).toHaveLength(1);
  expect(scripts.filter((attributes) => /\bsrc=/.test(attributes))).toEqual([]);
});
