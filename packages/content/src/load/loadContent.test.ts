import { describe, expect, it, vi } from 'vitest';
import { ContentError } from '../report/contentProblems.ts';
import { createEmbeddedSource } from '../sources/embeddedSource.ts';
import { minimalDocuments, post, writeFixtureExport } from '../testing/fixtureExport.ts';
import { loadContent } from './loadContent.ts';
import { noDocumentsProblem } from './noDocuments.ts';

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

  it('leaves out drafts and release versions of every type, singletons included, and never-published ones', async () => {
    const published = [
      { _id: 'page-about', _type: 'page', title: 'About', slug: { _type: 'slug', current: 'about' } },
      { _id: 'topic-marriage', _type: 'topic', title: 'Marriage', slug: { _type: 'slug', current: 'marriage' } },
      { _id: 'person-nate', _type: 'person', name: 'Nate', slug: { _type: 'slug', current: 'nate' } },
    ];
    const unpublished = [...minimalDocuments(), ...published].flatMap((doc, i) => {
      const titleField = doc._type === 'person' ? 'name' : 'title';
      const marked = (id: string, n: number) => ({
        ...doc,
        _id: id,
        [titleField]: `DRAFT ${n}`,
        ...('slug' in doc ? { slug: { _type: 'slug', current: `unpublished-${n}` } } : {}),
      });
      return [
        marked(`drafts.${doc._id}`, i * 4),
        marked(`versions.rSpring.${doc._id}`, i * 4 + 1),
        ...('slug' in doc
          ? [
              marked(`drafts.${doc._type}-never-published`, i * 4 + 2),
              marked(`versions.rSpring.${doc._type}-release-only`, i * 4 + 3),
            ]
          : []),
      ];
    });
    const content = await load([...minimalDocuments(), ...published, ...unpublished]);
    expect(JSON.stringify(content)).not.toContain('DRAFT');
    expect(JSON.stringify(content)).not.toContain('unpublished-');
    expect(content.siteSettings.title).toBe('Family Room Mission');
    expect(content.podcast.title).toBe('Family Room Mission Podcast');
    expect([content.pages, content.topics, content.people].map((list) => list.map((d) => d._id))).toEqual([
      ['page-about'],
      ['topic-marriage'],
      ['person-nate'],
    ]);
  });

  it('leaves future and draft documents out of references too', async () => {
    const episode = (id: string, publishedAt: string) => ({
      _id: id,
      _type: 'podcastEpisode',
      title: id,
      slug: { _type: 'slug', current: id },
      publishedAt,
      audio: {
        _type: 'podcastAudio',
        url: `https://media.example.org/${id}.mp3`,
        mimeType: 'audio/mpeg',
        sizeBytes: 1000,
        durationSeconds: 10,
      },
    });
    const content = await load([
      ...minimalDocuments(),
      episode('aired', '2026-01-01T00:00:00Z'),
      episode('scheduled', '2027-01-01T00:00:00Z'),
      post('p', {
        relatedEpisodes: [
          { _key: 'a', _type: 'reference', _ref: 'aired' },
          { _key: 'b', _type: 'reference', _ref: 'scheduled' },
        ],
      }),
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
        expect.objectContaining({
          id: 'no-title',
          type: 'post',
          path: 'title',
          message: expect.stringContaining('missing'),
        }),
        expect.objectContaining({
          id: 'bad-slug',
          type: 'post',
          path: 'slug',
          message: expect.stringContaining('URL-safe'),
        }),
        expect.objectContaining({ id: 'no-alt', type: 'post', path: 'mainImage.alt' }),
      ]),
    );
  });

  it('names a missing singleton', async () => {
    const problems = await problemsOf(minimalDocuments().filter((d) => d._id !== 'podcast'));
    expect(problems).toEqual([
      expect.objectContaining({
        id: 'podcast',
        type: 'podcast',
        message: expect.stringContaining('create and publish'),
      }),
    ]);
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
        audio: {
          _type: 'podcastAudio',
          url: 'https://media.example.org/ep.mp3',
          mimeType: 'audio/mpeg',
          durationSeconds: 10,
        },
      },
    ]);
    expect(problems).toEqual([expect.objectContaining({ id: 'ep', type: 'podcastEpisode', path: 'audio.sizeBytes' })]);
  });

  it('reports two documents of one type sharing a slug', async () => {
    const problems = await problemsOf([
      ...minimalDocuments(),
      post('a', { slug: { current: 'same' } }),
      post('b', { slug: { current: 'same' } }),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ type: 'post', path: 'slug' });
    expect(problems[0]?.message).toMatch(/already used by post "(a|b)"/);
  });

  it('puts every problem in the error message', async () => {
    const error = await load([
      ...minimalDocuments(),
      post('x', { title: '' }),
      post('y', { publishedAt: 'soon' }),
    ]).catch((e: Error) => e);
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
              markDefs: [
                { _key: 'l1', _type: 'internalLink', reference: { _type: 'reference', _ref: 'post-deleted' } },
              ],
              children: [{ _key: 's1', _type: 'span', text: 'gone', marks: ['l1'] }],
            },
          ],
        }),
      ]),
    );
    const content = await loadContent(source, {
      now,
      onWarning: (w) => warnings.push(`${w.id} ${w.path}: ${w.message}`),
    });
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
      d._id === 'podcast'
        ? {
            ...d,
            hosts: [{ _key: 'h', _type: 'reference', _ref: 'person-deleted' }],
            trailer: { _type: 'reference', _ref: 'episode-deleted' },
          }
        : d,
    );
    const content = await loadContent(await createEmbeddedSource(await writeFixtureExport(documents)), {
      now,
      onWarning: (w) => warnings.push(`${w.id} ${w.path}: ${w.message}`),
    });
    expect(content.podcast.hosts).toEqual([]);
    expect(content.podcast.trailer).toBeNull();
    expect(warnings).toEqual([
      expect.stringMatching(/^podcast hosts: refers to a host "person-deleted"/),
      expect.stringMatching(/^podcast trailer: refers to the trailer episode "episode-deleted"/),
    ]);
  });

  it('says what to do about a missing or unreadable publish date', async () => {
    expect(
      await problemsOf([
        ...minimalDocuments(),
        post('no-date', { publishedAt: undefined }),
        post('soon', { publishedAt: 'soon' }),
      ]),
    ).toEqual([
      { id: 'no-date', type: 'post', path: 'publishedAt', message: 'is missing: set the date and time to publish it' },
      {
        id: 'soon',
        type: 'post',
        path: 'publishedAt',
        message: '"soon" is not a date and time: pick one with the date picker',
      },
    ]);
  });

  it('names both missing singletons and the document to create', async () => {
    expect(await problemsOf([])).toEqual([
      {
        id: 'siteSettings',
        type: 'siteSettings',
        path: '',
        message: 'is missing: create and publish the site settings document',
      },
      {
        id: 'podcast',
        type: 'podcast',
        path: '',
        message: 'is missing: create and publish the podcast show settings document',
      },
    ]);
  });

  it('on the Content Lake, names a dataset without any site document as such, not as missing settings', async () => {
    const fromLake = async (docs: ReturnType<typeof minimalDocuments>) => {
      const source = { ...(await createEmbeddedSource(await writeFixtureExport(docs))), kind: 'contentLake' as const };
      return ((await loadContent(source, { now }).catch((e: unknown) => e)) as ContentError).problems;
    };
    expect(await fromLake([])).toEqual([noDocumentsProblem]);
    // A post scheduled after the build is still a document: the settings are what is missing.
    const scheduledOnly = await fromLake([post('later', { publishedAt: '2027-01-01T00:00:00Z' })]);
    expect(scheduledOnly.map((p) => p.id)).toEqual(['siteSettings', 'podcast']);
  });

  it('names the document type of each collection and the field path, array items included', async () => {
    const problems = await problemsOf([
      ...minimalDocuments(),
      { _id: 't1', _type: 'topic', slug: { _type: 'slug', current: 't1' } },
      { _id: 'pe1', _type: 'person', slug: { _type: 'slug', current: 'pe1' } },
      { _id: 'pg1', _type: 'page', slug: { _type: 'slug', current: 'pg1' } },
      post('img', {
        body: [{ _key: 'i', _type: 'image', asset: { _type: 'reference', _ref: 'image-abc-10x10-png' } }],
      }),
    ]);
    expect(problems.map((p) => `${p.type} ${p.id} ${p.path}`)).toEqual([
      'post img body[0].alt',
      'person pe1 name',
      'topic t1 title',
      'page pg1 title',
    ]);
  });

  it('reports a problem inside an embedded summary once, on the document it belongs to', async () => {
    const problems = await problemsOf([
      ...minimalDocuments(),
      { _id: 'topic-empty', _type: 'topic', title: '', slug: { _type: 'slug', current: 'empty' } },
      { _id: 'person-empty', _type: 'person', name: '', slug: { _type: 'slug', current: 'nobody' } },
      post('tagged', {
        topics: [{ _key: 'a', _type: 'reference', _ref: 'topic-empty' }],
        author: { _type: 'reference', _ref: 'person-empty' },
      }),
    ]);
    expect(problems.map((p) => `${p.type} ${p.id} ${p.path}`).sort()).toEqual([
      'person person-empty name',
      'topic topic-empty title',
    ]);
  });

  it('keeps a problem in a field that is not an embedded summary on the document that holds it (show hosts)', async () => {
    const documents = minimalDocuments().map((d) =>
      d._id === 'podcast' ? { ...d, hosts: [{ _key: 'h', _type: 'reference', _ref: 'person-x' }] } : d,
    );
    const problems = await problemsOf([
      ...documents,
      { _id: 'person-x', _type: 'person', name: 'X', slug: { _type: 'slug', current: 'x' }, url: 'ftp://bad.example' },
    ]);
    expect(problems.map((p) => `${p.type} ${p.id} ${p.path}`)).toEqual([
      'podcast podcast hosts[0].url',
      'person person-x url',
    ]);
  });

  it('counts the problems in the error summary, naming the source', async () => {
    const source = await createEmbeddedSource(
      await writeFixtureExport([...minimalDocuments(), post('x', { title: '' })]),
    );
    const one = await loadContent(source, { now }).catch((e: Error) => e);
    expect(String((one as Error).message).split(':\n')[0]).toBe(
      `Content from ${source.description} cannot be published (1 problem)`,
    );
    const two = await load([...minimalDocuments(), post('x', { title: '' }), post('y', { title: '' })]).catch(
      (e: Error) => e,
    );
    expect(String((two as Error).message)).toMatch(/^Content from .* cannot be published \(2 problems\):\n/);
  });

  it('prints warnings to the console when no handler is given', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await load([...minimalDocuments(), post('p', { author: { _type: 'reference', _ref: 'person-deleted' } })]);
      expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
        expect.stringMatching(/^Warning: post "p" field "author": refers to the author "person-deleted"/),
      ]);
    } finally {
      warn.mockRestore();
    }
  });
});
