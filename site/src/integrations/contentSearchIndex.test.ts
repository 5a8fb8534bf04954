import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { indexedPages } from '../../test/pagefindIndex.ts';
import { forgetSharedTranscripts } from '../lib/transcript/sharedTranscripts.ts';
import { contentSearchIndex, contentSearchRecords } from './contentSearchIndex.ts';

const text = (words: string) => [{ _key: 'k', _type: 'block', style: 'normal', markDefs: [], children: [{ _key: 's', _type: 'span', text: words, marks: [] }] }];
const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Rachel>A jar of marbles on the windowsill.\n';

async function collections() {
  const dir = await mkdtemp(join(tmpdir(), 'frm-search-'));
  await writeFile(join(dir, 'talk.vtt'), vtt);
  const transcript = { text: null, language: null, file: { _id: 'file-talk-vtt', url: '/media/talk.vtt', mimeType: 'text/vtt', size: vtt.length, originalFilename: 'talk.vtt' } };
  return {
    dir,
    posts: [{ id: 'a-post', data: { slug: 'a-post', title: 'A Post', mainImage: null, body: text('Gratitude every evening') } }],
    episodes: [{ id: 'an-episode', data: { _id: 'e1', slug: 'an-episode', title: 'An Episode', summary: null, showNotes: text('Notes'), transcript } }],
    resources: [
      { id: 'b', data: { title: 'Book', description: 'Read it', featured: false, isFree: false } },
      { id: 'c', data: { title: 'Course', description: 'A free mini-course', featured: true, isFree: true } },
    ],
    media: [{ id: 'talk.vtt', data: { path: join(dir, 'talk.vtt') } }],
  };
}

describe('contentSearchIndex', () => {
  // Each test is a build of its own (the content sync starts each build with this).
  beforeEach(forgetSharedTranscripts);

  it('writes a Pagefind index of the posts, episodes (transcript included) and resources once all four collections are offered', async () => {
    const content = await collections();
    const out = join(content.dir, 'pagefind');
    const index = contentSearchIndex(out);
    for (const name of ['posts', 'episodes', 'resources', 'media', 'topics'] as const) index.sink(name, () => (name === 'topics' ? [] : content[name]));
    expect(await index.written()).toMatchObject({ pages: 3 });
    const pages = (await indexedPages(content.dir)).sort((a, b) => a.url.localeCompare(b.url));
    expect(pages.map((p) => [p.url, p.meta, p.filters])).toEqual([
      ['/blog/a-post/', { title: 'A Post', kind: 'post' }, { kind: ['post'] }],
      ['/podcast/an-episode/', { title: 'An Episode', kind: 'episode' }, { kind: ['episode'] }],
      ['/resources/', { title: 'Resources', kind: 'resource' }, { kind: ['resource'] }],
    ]);
    expect(pages[1]!.content).toBe('An Episode. Notes. Rachel: A jar of marbles on the windowsill.');
    // Featured first, as on the page.
    expect(pages[2]!.content).toBe('Resources. Course. A free mini-course. Book. Read it.');
    expect(await readdir(out)).toContain('pagefind.js');
  }, 60_000);

  it('always has the resources page, which is built with no resource too', async () => {
    const records = await contentSearchRecords({ posts: [], episodes: [], resources: [], media: [] });
    expect(records.map((r) => [r.url, r.content])).toEqual([['/resources/', 'Resources.']]);
  });

  it('names the collections the content step never offered', async () => {
    const index = contentSearchIndex(join(tmpdir(), 'frm-search-never'));
    index.sink('posts', () => []);
    await expect(index.written()).rejects.toThrow('Search index: the content step never filled episodes, resources, media; no index was built');
  });

  it('fails with the transcript file that cannot be read', async () => {
    const content = await collections();
    const index = contentSearchIndex(join(content.dir, 'pagefind'));
    for (const name of ['posts', 'episodes', 'resources'] as const) index.sink(name, () => content[name]);
    index.sink('media', () => []);
    await expect(index.written()).rejects.toThrow('Transcript file /media/talk.vtt is not in the dataset export');
  });
});
