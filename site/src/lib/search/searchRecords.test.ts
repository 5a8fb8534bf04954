import { describe, expect, it } from 'vitest';
import type { Episode, Post, Resource } from '@frm/content';
import { episodeSearchRecord, postSearchRecord, resourcesSearchRecord } from './searchRecords.ts';

const text = (key: string, words: string) => ({ _key: key, _type: 'block', style: 'normal', markDefs: [], children: [{ _key: `${key}s`, _type: 'span', text: words, marks: [] }] });
/** A record as Pagefind's addCustomRecord takes it. */
const expected = (kind: string, url: string, title: string, content: string) => ({ url, content, language: 'en', meta: { title, kind }, filters: { kind: [kind] } });
const image = { alt: 'Hills', caption: 'Hills at dusk', hotspot: null, crop: null, asset: { _id: 'image-a-10x10-jpg', url: '/media/a.jpg', width: 10, height: 10 } };

describe('postSearchRecord', () => {
  it('is the post page: its URL, the title as h1 and meta, the main image caption, then the body', () => {
    const post = { slug: 'a-post', title: 'A  Post', mainImage: image, body: [text('a', 'First paragraph'), text('b', 'Second')] } as unknown as Post;
    expect(postSearchRecord(post)).toEqual(expected('post', '/blog/a-post/', 'A Post', 'A Post. Hills at dusk. First paragraph. Second.'));
  });

  it('leaves out the caption of a main image the page does not show', () => {
    const post = { slug: 'p', title: 'T', mainImage: { ...image, asset: null }, body: [] } as unknown as Post;
    expect(postSearchRecord(post).content).toBe('T.');
  });
});

describe('episodeSearchRecord', () => {
  const episode = { slug: 'ep', title: 'An Episode', summary: 'The summary.', showNotes: [text('n', 'Show note line')] } as unknown as Episode;

  it('is the episode page: title, summary, show notes, then the transcript with its speakers', () => {
    const record = episodeSearchRecord(episode, { timed: true, paragraphs: [{ start: 1, speaker: 'Rachel', text: 'Jar of marbles.' }, { start: 3, text: 'No speaker here' }] });
    expect(record).toEqual(expected('episode', '/podcast/ep/', 'An Episode', 'An Episode. The summary. Show note line. Rachel: Jar of marbles. No speaker here.'));
  });

  it('has no transcript text when the episode has none', () => {
    expect(episodeSearchRecord({ ...episode, summary: null }, undefined).content).toBe('An Episode. Show note line.');
  });
});

describe('resourcesSearchRecord', () => {
  it('is the resources page: each resource title and description, in the order given', () => {
    const resources = [{ title: 'Course', description: 'A free mini-course' }, { title: 'Book', description: null }] as unknown as Resource[];
    expect(resourcesSearchRecord(resources)).toEqual(expected('resource', '/resources/', 'Resources', 'Resources. Course. A free mini-course. Book.'));
  });
});
