import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem } from '@frm/content';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import { loadSiteContent, siteCollectionDone, type LoadedSiteContent } from './loadSiteContent.ts';

/* The site's side of the load: the feed check, the media it serves, and the problems it reports. */

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
async function load(): Promise<LoadedSiteContent> {
  siteCollectionDone();
  try {
    return await loadSiteContent(siteRoot, () => {});
  } finally {
    siteCollectionDone();
  }
}

async function edit(id: string, fields: Record<string, unknown>): Promise<void> {
  const file = join(dataset, 'data.ndjson');
  const docs = (await readFile(file, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  await writeFile(
    file,
    docs.map((doc) => JSON.stringify(doc._id === id ? { ...doc, ...fields } : doc)).join('\n') + '\n',
  );
}

async function problemsOf(loading: Promise<unknown>): Promise<ContentProblem[]> {
  const error = await loading.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return [...(error as ContentError).problems];
}

describe('loadSiteContent', () => {
  it('loads every edit of the export, and serves its media under /media/', async () => {
    await edit(POST, { title: 'Six Questions' });
    const loaded = await load();
    expect(loaded.content.posts.find((post) => post._id === POST)?.title).toBe('Six Questions');
    const artwork = loaded.content.podcast.artwork?.asset?.url ?? '';
    expect(artwork).toMatch(/^\/media\//);
    expect(loaded.media.get(artwork.replace('/media/', ''))).toContain(dataset);
  });

  it.each([
    ['an invalid post', POST, { title: '' }, 'title'],
    // Valid for the show settings' model, but the feed needs artwork.
    ['a feed problem', 'podcast', { artwork: undefined }, 'artwork'],
  ])('reports %s, naming the document and field', async (_, id, fields, path) => {
    await edit(id, fields);
    const problems = await problemsOf(load());
    expect(problems.some((problem) => problem.id === id && problem.path.startsWith(path))).toBe(true);
  });
});
