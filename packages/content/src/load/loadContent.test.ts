import { describe, expect, it } from 'vitest';
import { ContentError } from '../report/contentProblems.ts';
import { createEmbeddedSource } from '../sources/embeddedSource.ts';
import { minimalDocuments, post, writeFixtureExport } from '../testing/fixtureExport.ts';
import { loadContent } from './loadContent.ts';

const now = new Date('2026-06-01T00:00:00Z');

async function load(docs = minimalDocuments()) {
  return loadContent(await createEmbeddedSource(await writeFixtureExport(docs)), { now });
}

async function problemsOf(docs: Parameters<typeof load>[0]) {
  const error = await load(docs).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).problems;
}

describe('loadContent', () => {
  it('returns only published documents whose publishedAt is not after now', async () => {
    const content = await load([
      ...minimalDocuments(),
      post('live'),
      post('drafts.live', { title: 'Draft title' }),
      post('versions.rSpring.live', { title: 'Release title' }),
      post('drafts.only-draft'),
      post('future', { publishedAt: '2026-06-01T00:00:01Z' }),
      post('exactly-now', { publishedAt: '2026-06-01T00:00:00Z' }),
    ]);
    expect(content.posts.map((p) => p._id)).toEqual(['exactly-now', 'live']);
    expect(content.posts.find((p) => p._id === 'live')?.title).toBe('Post live');
  });

  it('leaves future and draft documents out of references too', async () => {
    const episode = (id: string, publishedAt: string) => ({
      _id: id,
      _type: 'podcastEpisode',
      title: id,
      slug: { _type: 'slug', current: id },
      publishedAt,
      audio: { _type: 'podcastAudio', url: `https://media.example.org/${id}.mp3`, mimeType: 'audio/mpeg', sizeBytes: 1000, durationSeconds: 10 },
    });
    const content = await load([
      ...minimalDocuments(),
      episode('aired', '2026-01-01T00:00:00Z'),
      episode('scheduled', '2027-01-01T00:00:00Z'),
      post('p', { relatedEpisodes: [{ _key: 'a', _type: 'reference', _ref: 'aired' }, { _key: 'b', _type: 'reference', _ref: 'scheduled' }] }),
    ]);
    expect(content.posts[0]?.relatedEpisodes.map((e) => e._id)).toEqual(['aired']);
    expect(content.episodes.map((e) => e._id)).toEqual(['aired']);
  });

  it('reports every bad document with its id, type and field path', async () => {
    const problems = await problemsOf([
      ...minimalDocuments(),
      post('no-title', { title: undefined }),
      post('bad-slug', { slug: { _type: 'slug', current: 'Not URL safe!' } }),
      post('no-alt', { mainImage: { _type: 'image', asset: { _type: 'reference', _ref: 'image-abc-10x10-png' } } }),
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'no-title', type: 'post', path: 'title', message: expect.stringContaining('missing') }),
        expect.objectContaining({ id: 'bad-slug', type: 'post', path: 'slug', message: expect.stringContaining('URL-safe') }),
        expect.objectContaining({ id: 'no-alt', type: 'post', path: 'mainImage.alt' }),
      ]),
    );
  });

  it('names a missing singleton', async () => {
    const problems = await problemsOf(minimalDocuments().filter((d) => d._id !== 'podcast'));
    expect(problems).toEqual([expect.objectContaining({ id: 'podcast', type: 'podcast', message: expect.stringContaining('create and publish') })]);
  });

  it('reports an episode whose audio has no size', async () => {
    const problems = await problemsOf([
      ...minimalDocuments(),
      {
        _id: 'ep',
        _type: 'podcastEpisode',
        title: 'Episode',
        slug: { _type: 'slug', current: 'ep' },
        publishedAt: '2026-01-01T00:00:00Z',
        audio: { _type: 'podcastAudio', url: 'https://media.example.org/ep.mp3', mimeType: 'audio/mpeg', durationSeconds: 10 },
      },
    ]);
    expect(problems).toEqual([expect.objectContaining({ id: 'ep', type: 'podcastEpisode', path: 'audio.sizeBytes' })]);
  });

  it('reports two documents of one type sharing a slug', async () => {
    const problems = await problemsOf([...minimalDocuments(), post('a', { slug: { current: 'same' } }), post('b', { slug: { current: 'same' } })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ type: 'post', path: 'slug' });
    expect(problems[0]?.message).toMatch(/already used by post "(a|b)"/);
  });

  it('puts every problem in the error message', async () => {
    const error = await load([...minimalDocuments(), post('x', { title: '' }), post('y', { publishedAt: 'soon' })]).catch((e: Error) => e);
    expect(String(error)).toContain('post "x" field "title"');
    // An unparseable date cannot be compared with now, so the query leaves it out; the integrity report must still name it.
    expect(String(error)).toContain('post "y" field "publishedAt"');
  });

  it('warns about references to deleted documents, leaves the links out and still builds', async () => {
    const warnings: string[] = [];
    const source = await createEmbeddedSource(
      await writeFixtureExport([
        ...minimalDocuments(),
        { _id: 'topic-kept', _type: 'topic', title: 'Kept', slug: { _type: 'slug', current: 'kept' } },
        post('with-dangling', {
          author: { _type: 'reference', _ref: 'person-deleted' },
          topics: [
            { _key: 'a', _type: 'reference', _ref: 'topic-kept' },
            { _key: 'b', _type: 'reference', _ref: 'topic-deleted' },
          ],
          body: [
            {
              _key: 'p1',
              _type: 'block',
              style: 'normal',
              markDefs: [{ _key: 'l1', _type: 'internalLink', reference: { _type: 'reference', _ref: 'post-deleted' } }],
              children: [{ _key: 's1', _type: 'span', text: 'gone', marks: ['l1'] }],
            },
          ],
        }),
      ]),
    );
    const content = await loadContent(source, { now, onWarning: (w) => warnings.push(`${w.id} ${w.path}: ${w.message}`) });
    const loaded = content.posts.find((p) => p._id === 'with-dangling')!;
    expect(loaded.author).toBeNull();
    expect(loaded.topics.map((t) => t._id)).toEqual(['topic-kept']);
    expect(warnings).toEqual([
      expect.stringMatching(/^with-dangling author: refers to the author "person-deleted"/),
      expect.stringMatching(/^with-dangling topics: refers to a topic "topic-deleted"/),
      expect.stringMatching(/^with-dangling body: refers to an internal link target "post-deleted"/),
    ]);
  });

  it('warns about show hosts and a trailer episode that are gone, and leaves them out of the feed data', async () => {
    const warnings: string[] = [];
    const documents = minimalDocuments().map((d) =>
      d._id === 'podcast' ? { ...d, hosts: [{ _key: 'h', _type: 'reference', _ref: 'person-deleted' }], trailer: { _type: 'reference', _ref: 'episode-deleted' } } : d,
    );
    const content = await loadContent(await createEmbeddedSource(await writeFixtureExport(documents)), { now, onWarning: (w) => warnings.push(`${w.id} ${w.path}: ${w.message}`) });
    expect(content.podcast.hosts).toEqual([]);
    expect(content.podcast.trailer).toBeNull();
    expect(warnings).toEqual([
      expect.stringMatching(/^podcast hosts: refers to a host "person-deleted"/),
      expect.stringMatching(/^podcast trailer: refers to the trailer episode "episode-deleted"/),
    ]);
  });
});
