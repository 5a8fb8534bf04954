import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { buildSite, builtFiles, readBuilt, type SiteBuild } from './buildSite.ts';
import { indexedPages } from './pagefindIndex.ts';

/*
 * Rebuilds that reuse the content store (the cache folder of an earlier build), as a deploy that
 * keeps its cache does: with nothing changed the store is kept as it is and the site comes out
 * the same, images included; after an editor's change only what it reaches is recomputed, and the
 * site comes out as a cold build of the edited export makes it.
 */

const POST = 'blog/five-questions-for-the-dinner-table/index.html';
const CHANGED_TITLE = 'Six Questions for the Dinner Table';

let cold: SiteBuild;
let unchanged: SiteBuild;
let changed: SiteBuild;
let coldChanged: SiteBuild;

beforeAll(async () => {
  const dataset = await mkdtemp(join(tmpdir(), 'frm-reuse-'));
  await cp(seedDatasetPath, dataset, { recursive: true });
  cold = await buildSite({ LOCAL_DATASET: dataset });
  unchanged = await buildSite({ LOCAL_DATASET: dataset }, { cacheDir: cold.cacheDir });
  const ndjson = join(dataset, 'data.ndjson');
  const text = await readFile(ndjson, 'utf8');
  const edited = text.replace('"title":"Five Questions for the Dinner Table"', `"title":"${CHANGED_TITLE}"`);
  if (edited === text) throw new Error('the seed post "Five Questions for the Dinner Table" is gone; pick another post for this test');
  await writeFile(ndjson, edited);
  changed = await buildSite({ LOCAL_DATASET: dataset }, { cacheDir: cold.cacheDir });
  coldChanged = await buildSite({ LOCAL_DATASET: dataset });
}, 2_400_000);

describe('a rebuild reusing the content store', () => {
  it('keeps the stored content when nothing changed, and writes the same site', async () => {
    expect(cold.exitCode, cold.output).toBe(0);
    expect(unchanged.exitCode, unchanged.output).toBe(0);
    expect(cold.output).not.toContain('unchanged since the last build');
    expect(unchanged.output).toContain('unchanged since the last build');
    const pages = (await builtFiles(cold.outDir)).filter((file) => file.endsWith('.html')).sort();
    expect((await builtFiles(unchanged.outDir)).filter((file) => file.endsWith('.html')).sort()).toEqual(pages);
    for (const page of pages) expect(await readBuilt(unchanged.outDir, page), page).toBe(await readBuilt(cold.outDir, page));
  });

  it('still renders the export images through the image pipeline', async () => {
    const html = await readBuilt(unchanged.outDir, POST);
    expect(html).toMatch(/<img src="\/_astro\/[^"]+\.webp" srcset="[^"]+ 480w/);
  });

  it('recomputes what an editor changed, and writes what a cold build of the edited export writes', async () => {
    expect(changed.exitCode, changed.output).toBe(0);
    expect(coldChanged.exitCode, coldChanged.output).toBe(0);
    expect(changed.output).not.toContain('unchanged since the last build');
    expect(changed.output).toMatch(/\[frm-posts\] \d+ recomputed after 1 changed documents/);
    expect(await readBuilt(changed.outDir, POST)).toMatch(new RegExp(`<h1 [^>]*>${CHANGED_TITLE}</h1>`));
    const pages = (await builtFiles(coldChanged.outDir)).filter((file) => /\.(html|xml|json)$/.test(file) && !file.startsWith('pagefind/')).sort();
    expect((await builtFiles(changed.outDir)).filter((file) => /\.(html|xml|json)$/.test(file) && !file.startsWith('pagefind/')).sort()).toEqual(pages);
    for (const page of pages) expect(await readBuilt(changed.outDir, page), page).toBe(await readBuilt(coldChanged.outDir, page));
  });

  it('builds the search index from the kept collections too, and from the reloaded ones after a change', async () => {
    const byUrl = async (outDir: string) => (await indexedPages(outDir)).sort((a, b) => a.url.localeCompare(b.url));
    const coldIndex = await byUrl(cold.outDir);
    expect(coldIndex.length).toBeGreaterThan(10);
    expect(await byUrl(unchanged.outDir)).toEqual(coldIndex);
    const post = (await byUrl(changed.outDir)).find((page) => page.url === `/${POST.replace('index.html', '')}`);
    expect(post?.meta.title).toBe(CHANGED_TITLE);
  });
});
