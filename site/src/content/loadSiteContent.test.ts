import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem } from '@frm/content';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { loadSiteContent, siteCollectionDone, type LoadedSiteContent } from './loadSiteContent.ts';

/*
 * The site's side of a rebuild: the saved index, the store generation, the feed check and the
 * media. Each rebuild is compared with a cold load of the same export in a fresh cache folder.
 */

const siteRoot = new URL('../../', import.meta.url);
const POST = 'post-five-questions-for-the-dinner-table';
let dataset: string;
const env = { ...process.env };

beforeEach(async () => {
  dataset = await mkdtemp(join(tmpdir(), 'frm-site-load-'));
  await cp(seedDatasetPath, dataset, { recursive: true });
  Object.assign(process.env, { LOCAL_DATASET: dataset, BUILD_TIME: '2026-11-01T00:00:00Z', SANITY_PROJECT_ID: '' });
});
afterEach(() => {
  process.env = { ...env };
});

/** One build's load: a fresh shared load, as each `astro build` process starts with. */
async function load(cacheDir: string, generation?: string): Promise<LoadedSiteContent> {
  siteCollectionDone();
  try {
    return await loadSiteContent(siteRoot, () => {}, { cacheDir: pathToFileURL(`${cacheDir}/`), generation });
  } finally {
    siteCollectionDone();
  }
}

const freshCache = () => mkdtemp(join(tmpdir(), 'frm-site-cache-'));

async function edit(id: string, fields: Record<string, unknown>): Promise<void> {
  const file = join(dataset, 'data.ndjson');
  const docs = (await readFile(file, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  await writeFile(file, docs.map((doc) => JSON.stringify(doc._id === id ? { ...doc, ...fields } : doc)).join('\n') + '\n');
}

async function problemsOf(loading: Promise<unknown>): Promise<ContentProblem[]> {
  const error = await loading.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return [...(error as ContentError).problems];
}

describe('loadSiteContent on a rebuild', () => {
  it('recomputes what a changed post reaches, with the media and schedule of a cold load', async () => {
    const cache = await freshCache();
    const first = await load(cache);
    expect(first.generation).toBeDefined();
    await edit(POST, { title: 'Six Questions' });
    const rebuilt = await load(cache, first.generation);
    const cold = await load(await freshCache());
    expect(rebuilt.changes?.changedDocuments).toBe(1);
    expect(rebuilt.content.posts.find((post) => post._id === POST)?.title).toBe('Six Questions');
    expect(rebuilt.content.posts.find((post) => post._id === POST)).toEqual(cold.content.posts.find((post) => post._id === POST));
    expect(rebuilt.content.podcast).toEqual(cold.content.podcast);
    expect(new Map([...rebuilt.media].sort())).toEqual(new Map([...cold.media].sort()));
    expect(rebuilt.validUntil).toBe(cold.validUntil);
    expect(rebuilt.ndjsonDigest).toBe(cold.ndjsonDigest);
  });

  it('loads everything when the store is not the one the index describes', async () => {
    const cache = await freshCache();
    await load(cache);
    await edit(POST, { title: 'Six Questions' });
    const rebuilt = await load(cache, 'another-generation');
    expect(rebuilt.changes).toBeUndefined();
    expect(rebuilt.fullLoadReason).toMatch(/not the one the saved index describes/);
    expect(rebuilt.content.posts.length).toBeGreaterThan(1);
  });

  it.each([
    ['an invalid post', POST, { title: '' }],
    // Valid for the show settings' model, but the feed needs artwork.
    ['a feed problem', 'podcast', { artwork: undefined }],
  ])('reports %s as a cold build does, naming the document and field', async (_, id, fields) => {
    const cache = await freshCache();
    const first = await load(cache);
    await edit(id, fields);
    const problems = await problemsOf(load(cache, first.generation));
    expect(problems).toEqual(await problemsOf(load(await freshCache())));
    expect(problems.some((problem) => problem.id === id)).toBe(true);
  });
});
