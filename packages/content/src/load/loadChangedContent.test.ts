import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanExportFile } from '../export/exportLines.ts';
import type { SanityDocumentLike } from '../export/types.ts';
import type { ContentProblem } from '../report/contentProblems.ts';
import { createEmbeddedSource } from '../sources/embeddedSource.ts';
import { buildContentIndex, documentCollections, type ContentIndex } from './contentIndex.ts';
import { loadChangedContent, type ChangedContent } from './loadChangedContent.ts';
import { loadContent, type SiteContent } from './loadContent.ts';
import { repoSeedPath } from '../testing/repoSeed.ts';

/*
 * A rebuild must give exactly what a full load of the same export gives. Each case edits the seed
 * export as an editor would, then compares the last full load plus the rebuild's changes with a
 * full load of the edited export: every entry, every warning, and the index the next rebuild uses.
 */

// The repo's seed: every kind of document and join the site has (authors, guests, hosts, the
// trailer, related posts/episodes/resources, topics, internal links, images, audio, a draft).
const seed = repoSeedPath();
const now = new Date('2026-07-01T00:00:00Z');

interface FullLoad {
  content: SiteContent;
  warnings: ContentProblem[];
  index: ContentIndex;
}

async function fullLoad(dir: string): Promise<FullLoad> {
  const source = await createEmbeddedSource(dir);
  const warnings: ContentProblem[] = [];
  const content = await loadContent(source, { now, onWarning: (warning) => warnings.push(warning) });
  return { content, warnings, index: buildContentIndex(source.dataset, content, warnings)! };
}

function scanned(dir: string) {
  const ndjsonPath = join(dir, 'data.ndjson');
  return { root: dir, ndjsonPath, lines: scanExportFile(ndjsonPath) };
}

async function rebuild(dir: string, previous: FullLoad): Promise<ChangedContent | { fullLoad: string }> {
  // The seed is small: every change reaches a large share of it, which would load everything.
  return loadChangedContent(scanned(dir), previous.index, now, { maxAffected: Infinity });
}

type Collections = Record<string, Map<string, unknown>>;

/** Each collection as the site's content store holds it: entries by slug (singletons by name). */
function storeOf(content: SiteContent): Collections {
  return Object.fromEntries(
    Object.entries(content).map(([name, value]) => [name, new Map<string, unknown>(Array.isArray(value) ? (value as Array<{ slug: string }>).map((entry) => [entry.slug, entry]) : [[name, value]])]),
  );
}

/** What the site's loaders do with a rebuild's changes. */
function applyChanges(before: SiteContent, changes: ChangedContent): Collections {
  const store = storeOf(before);
  const recomputed = storeOf(changes.content);
  for (const [name, entries] of Object.entries(recomputed)) {
    if ((documentCollections as readonly string[]).includes(name)) {
      for (const slug of changes.removed[name as (typeof documentCollections)[number]]) store[name]!.delete(slug);
      for (const [slug, entry] of entries) store[name]!.set(slug, entry);
    } else store[name] = entries;
  }
  return store;
}

async function editedSeed(edit: (docs: SanityDocumentLike[]) => SanityDocumentLike[]): Promise<{ before: FullLoad; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'frm-changed-'));
  await cp(seed, dir, { recursive: true });
  const before = await fullLoad(dir);
  const ndjson = join(dir, 'data.ndjson');
  const docs = (await readFile(ndjson, 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SanityDocumentLike);
  await writeFile(ndjson, edit(docs).map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  return { before, dir };
}

const change = (id: string, fields: (doc: SanityDocumentLike) => Record<string, unknown>) => (docs: SanityDocumentLike[]) =>
  docs.map((doc) => (doc._id === id ? { ...doc, ...fields(doc) } : doc));

const POST = 'post-five-questions-for-the-dinner-table';

const cases: Array<[string, (docs: SanityDocumentLike[]) => SanityDocumentLike[]]> = [
  ['a post title (the post and the episodes and posts that list it)', change(POST, () => ({ title: 'Six Questions for the Dinner Table' }))],
  ['a post slug', change(POST, () => ({ slug: { _type: 'slug', current: 'six-questions' } }))],
  ['a reference to that post (another episode now lists it)', change('episode-s2e6-fighting-fair', (doc) => ({ relatedPosts: [...(doc.relatedPosts as unknown[]), { _key: 'new', _type: 'reference', _ref: POST }] }))],
  ['deleting that post (its referrers now warn)', (docs) => docs.filter((doc) => doc._id !== POST)],
  ['adding a post', (docs) => [...docs, { ...docs.find((doc) => doc._id === POST)!, _id: 'post-new', title: 'A New Post', slug: { _type: 'slug', current: 'a-new-post' } }]],
  ['unpublishing a post (scheduled for later)', change(POST, () => ({ publishedAt: '2031-01-01T00:00:00.000Z' }))],
  ['a person (author, guest and podcast host)', change('person-rachel-holloway', () => ({ name: 'Rachel H.' }))],
  ['a person image (a join to another asset document)', (docs) => change('person-rachel-holloway', () => ({ image: docs.find((doc) => doc._id === 'person-nate-holloway')!.image }))(docs)],
  ['a topic (posts embed it two joins away, through their related resources)', change('topic-parenting', () => ({ title: 'Raising Children' }))],
  ['a resource topic list', change('resource-raising-worshippers', () => ({ topics: [{ _key: 't', _type: 'reference', _ref: 'topic-marriage' }] }))],
  ['the trailer episode (the show settings embed it)', change('episode-s1-trailer-welcome-to-the-family-room', () => ({ title: 'Welcome!' }))],
  ['an episode that posts and a page link to', change('episode-s2e5-rebuilding-intimacy-and-trust', () => ({ summary: 'A new summary.' }))],
  ['a draft only (nothing published changes)', change('drafts.post-sabbath-rhythms-for-busy-families', () => ({ title: 'Draft' }))],
  ['the site settings', change('siteSettings', () => ({ title: 'Family Room' }))],
];

describe('loadChangedContent', () => {
  it.each(cases)('after %s, gives what a full load gives', async (_, edit) => {
    const { before, dir } = await editedSeed(edit);
    const changes = await rebuild(dir, before);
    if ('fullLoad' in changes) throw new Error(`loaded everything: ${changes.fullLoad}`);
    const after = await fullLoad(dir);
    expect(applyChanges(before.content, changes)).toEqual(storeOf(after.content));
    expect(changes.warnings).toEqual(after.warnings);
    expect(changes.index.documents).toEqual(after.index.documents);
    expect(changes.index.entries).toEqual(after.index.entries);
    expect(changes.index.warnings).toEqual(after.index.warnings);
  });

  it('recomputes only what the change can reach', async () => {
    const { before, dir } = await editedSeed(change('post-praying-for-your-spouse', () => ({ title: 'Pray' })));
    const changes = await rebuild(dir, before);
    if ('fullLoad' in changes) throw new Error(changes.fullLoad);
    expect(changes.changedDocuments).toBe(1);
    expect(changes.content.posts.map((post) => post._id)).toEqual(['post-praying-for-your-spouse']);
    // The episode that lists it, and the singletons (always recomputed).
    expect(changes.content.episodes.map((episode) => episode._id)).toEqual(['episode-s2e6-fighting-fair']);
    expect(changes.content.resources).toEqual([]);
  });

  it.each([
    ['a duplicate slug', change(POST, () => ({ slug: { _type: 'slug', current: 'sabbath-rhythms-for-busy-families' } })), /two posts with the slug/],
    ['an invalid document', change(POST, () => ({ title: '' })), /problems to report/],
    ['an undated post', change(POST, () => ({ publishedAt: 'soon' })), /problems to report/],
    ['a document of a new type', (docs: SanityDocumentLike[]) => [...docs, { _id: 'event-1', _type: 'event' }], /new type \(event\)/],
    ['one _id on two lines', (docs: SanityDocumentLike[]) => [...docs, { ...docs.find((doc) => doc._id === POST)!, title: 'Twin' }], /two lines hold/],
  ])('loads everything after %s, so the full load reports it', async (_, edit, reason) => {
    const { before, dir } = await editedSeed(edit);
    const changes = await rebuild(dir, before);
    expect('fullLoad' in changes && changes.fullLoad).toMatch(reason);
  });

  it('loads everything when most of the export changed', async () => {
    const { before, dir } = await editedSeed(change('topic-parenting', () => ({ title: 'Raising Children' })));
    const changes = await loadChangedContent(scanned(dir), before.index, now, { maxAffected: 10 });
    expect('fullLoad' in changes && changes.fullLoad).toMatch(/documents affected/);
  });
});
