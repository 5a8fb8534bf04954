// @vitest-environment jsdom
// Runs documents through Sanity's own validation with the real Studio config.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWorkspace, imageWithAsset, validate } from '../test/testWorkspace.ts';
import { validEpisode, validPodcast } from '../test/validDocuments.ts';

type Workspace = Awaited<ReturnType<typeof createTestWorkspace>>['workspace'];

let workspace: Workspace;
beforeAll(async () => {
  // The fake client answers every query with `true`, i.e. every slug is unique.
  ({ workspace } = await createTestWorkspace());
});

const slug = (current: string) => ({ _type: 'slug', current });
const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: `s-${text.length}`, text, marks });
const paragraph = (key: string, children: unknown[], markDefs: unknown[] = []) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs,
  children,
});

const validPost = {
  _type: 'post',
  title: 'Talking with teens about faith',
  slug: slug('talking-with-teens-about-faith'),
  publishedAt: '2026-01-10T10:00:00Z',
  mainImage: imageWithAsset(1600, 900, 'A father and his teenage son talking on a porch'),
  body: [
    paragraph(
      'p1',
      [span('Write to us', ['m1'])],
      [{ _type: 'link', _key: 'm1', href: 'mailto:hello@familyroommission.org' }],
    ),
    {
      _type: 'scripture',
      _key: 'v1',
      text: 'Two are better than one…',
      reference: 'Ecclesiastes 4:9-12',
      translation: 'ESV',
    },
  ],
};

const errors = <T extends { level: string }>(markers: T[]) => markers.filter((m) => m.level === 'error');

describe('valid documents', () => {
  it.each([
    ['post', validPost],
    ['podcastEpisode', validEpisode],
    ['podcast', validPodcast],
  ])('a complete %s has no validation messages', async (_name, doc) => {
    expect(await validate(workspace, doc)).toEqual([]);
  });
});

describe('post', () => {
  it('warns at 70 characters and errors past 120', async () => {
    expect(await validate(workspace, { ...validPost, title: 'a'.repeat(80) })).toEqual([
      {
        level: 'warning',
        path: 'title',
        message: 'Keep this to 70 characters or fewer so search results show the whole title (now 80)',
      },
    ]);
    const long = await validate(workspace, { ...validPost, title: 'a'.repeat(121) });
    expect(long.map((m) => m.level).sort()).toEqual(['error', 'warning']);
  });

  it('requires title, slug and publish date', async () => {
    const { title: _t, slug: _s, publishedAt: _p, ...rest } = validPost;
    // slug.current is Sanity's own required sub-field of the slug type.
    expect((await validate(workspace, rest)).map((m) => `${m.level} ${m.path}`).sort()).toEqual([
      'error publishedAt',
      'error slug',
      'error slug.current',
      'error title',
    ]);
  });

  it('rejects a slug that is not URL-safe', async () => {
    expect(errors(await validate(workspace, { ...validPost, slug: slug('Talking With Teens') }))).toEqual([
      {
        level: 'error',
        path: 'slug',
        message: 'Use only lowercase letters, numbers and single hyphens, e.g. family-dinner-questions',
      },
    ]);
  });

  it('requires alt text on the main image and on images in the text', async () => {
    const markers = await validate(workspace, {
      ...validPost,
      mainImage: imageWithAsset(1600, 900),
      body: [{ ...imageWithAsset(800, 600), _key: 'img1' }],
    });
    expect(errors(markers)).toEqual([
      { level: 'error', path: 'mainImage.alt', message: 'Describe the image for people using screen readers' },
      { level: 'error', path: 'body.[img1].alt', message: 'Describe the image for people using screen readers' },
    ]);
  });

  it('shows one plain message for a link that is not http(s) or mailto', async () => {
    const body = [
      paragraph('p1', [span('files', ['m1'])], [{ _type: 'link', _key: 'm1', href: 'ftp://files.example.org' }]),
    ];
    expect(await validate(workspace, { ...validPost, body })).toEqual([
      {
        level: 'error',
        path: 'body.[p1].markDefs.[m1].href',
        message: 'Use a web address that starts with https:// (or mailto: for an email link)',
      },
    ]);
  });
});

describe('slug uniqueness', () => {
  it('asks the dataset whether another document of the same type uses the slug', async () => {
    const { workspace: ws, calls } = await createTestWorkspace((query) => (query.includes('slug') ? false : null));
    const markers = await validate(ws, { ...validPost, _id: 'drafts.post-2' });
    expect(errors(markers)).toEqual([{ level: 'error', path: 'slug', message: 'Slug is already in use' }]);
    const call = calls.find((c) => 'slug' in c.params);
    expect(call?.query).toContain('_type == $docType');
    expect(call?.params).toMatchObject({
      docType: 'post',
      slug: 'talking-with-teens-about-faith',
      published: 'post-2',
    });
  });
});

describe('podcastEpisode', () => {
  it('requires exactly one audio source', async () => {
    const both = {
      ...validEpisode,
      audio: { ...validEpisode.audio, file: { _type: 'file', asset: { _type: 'reference', _ref: 'file-abc-mp3' } } },
    };
    expect(errors(await validate(workspace, both))).toEqual([
      {
        level: 'error',
        path: 'audio',
        message: 'Use either the uploaded audio file or the audio web address, not both',
      },
    ]);
    const { url: _url, ...noSource } = validEpisode.audio;
    expect(errors(await validate(workspace, { ...validEpisode, audio: noSource }))).toEqual([
      { level: 'error', path: 'audio', message: 'Upload the audio file or paste the web address of the audio' },
    ]);
  });

  it('checks the audio details podcast apps need', async () => {
    const audio = { ...validEpisode.audio, mimeType: 'audio/flac', sizeBytes: 12.5, durationSeconds: 0 };
    expect(
      errors(await validate(workspace, { ...validEpisode, audio }))
        .map((m) => m.path)
        .sort(),
    ).toEqual(['audio.durationSeconds', 'audio.mimeType', 'audio.sizeBytes']);
  });

  it('publishes an episode without a length, with a warning that says how to fill it in', async () => {
    const { durationSeconds: _, ...audio } = validEpisode.audio;
    expect(await validate(workspace, { ...validEpisode, audio })).toEqual([
      {
        level: 'warning',
        path: 'audio.durationSeconds',
        message:
          'No length yet: the episode publishes, but the podcast feed and the episode page leave the length out. To fill it in, click “Read file again” under Audio (or “Read from URL” when the audio is hosted elsewhere), or upload the audio file again.',
      },
    ]);
  });

  it('warns about a missing summary and rejects one over 4000 characters', async () => {
    expect(await validate(workspace, { ...validEpisode, summary: undefined })).toEqual([
      { level: 'warning', path: 'summary', message: 'Add a short summary: podcast apps show it under the title' },
    ]);
    expect(errors(await validate(workspace, { ...validEpisode, summary: 'a'.repeat(4001) }))).toEqual([
      {
        level: 'error',
        path: 'summary',
        message: 'Keep this to 4000 characters or fewer because podcast apps reject longer summaries (now 4001)',
      },
    ]);
  });

  it('only warns when episode artwork is not square 1400-3000 px', async () => {
    expect(await validate(workspace, { ...validEpisode, image: imageWithAsset(1200, 1200, 'Episode art') })).toEqual([
      {
        level: 'warning',
        path: 'image',
        message: 'Podcast apps need square artwork from 1400×1400 to 3000×3000 pixels; this image is 1200×1200',
      },
    ]);
  });

  it('rejects episode and season numbers below 1 and unknown episode types', async () => {
    const markers = await validate(workspace, {
      ...validEpisode,
      episodeNumber: 0,
      season: 1.5,
      episodeType: 'special',
    });
    expect(
      errors(markers)
        .map((m) => m.path)
        .sort(),
    ).toEqual(['episodeNumber', 'episodeType', 'season']);
  });

  it('keeps chapters in the order they play and soundbites inside the episode (45:12 long)', async () => {
    const chapter = (key: string, startSeconds: number, title: string) => ({
      _type: 'chapter',
      _key: key,
      startSeconds,
      title,
    });
    const inOrder = [chapter('a', 0, 'Welcome'), chapter('b', 1230, 'Listener question'), chapter('c', 2400, 'Prayer')];
    expect(errors(await validate(workspace, { ...validEpisode, chapters: inOrder }))).toEqual([]);
    const swapped = [chapter('a', 0, 'Welcome'), chapter('c', 2400, 'Prayer'), chapter('b', 1230, 'Listener question')];
    expect(errors(await validate(workspace, { ...validEpisode, chapters: swapped }))).toEqual([
      {
        level: 'error',
        path: 'chapters',
        message: expect.stringMatching(/^“Listener question” \(20:30\) must start after “Prayer” \(40:00\)/),
      },
    ]);
    const late = [{ _type: 'soundbite', _key: 's', startSeconds: 2800, durationSeconds: 30 }];
    expect(errors(await validate(workspace, { ...validEpisode, soundbites: late }))).toEqual([
      {
        level: 'error',
        path: 'soundbites',
        message: 'The soundbite starts at 46:40, after the episode ends (45:12). Check the time.',
      },
    ]);
  });
});

describe('podcast show settings', () => {
  it('rejects artwork that is not square 1400-3000 px', async () => {
    expect(await validate(workspace, { ...validPodcast, artwork: imageWithAsset(1400, 1000, 'Logo') })).toEqual([
      {
        level: 'error',
        path: 'artwork',
        message: 'Podcast apps need square artwork from 1400×1400 to 3000×3000 pixels; this image is 1400×1000',
      },
    ]);
  });

  it('checks Apple categories and subcategories', async () => {
    const categories = [
      { _type: 'podcastCategory', _key: 'c1', category: 'Religion & Spirituality', subcategory: 'Parenting' },
      { _type: 'podcastCategory', _key: 'c2', category: 'Faith' },
    ];
    const markers = errors(await validate(workspace, { ...validPodcast, categories }));
    // An unknown category is reported twice: by our check and by the dropdown's own list check.
    expect(markers.map((m) => m.path).sort()).toEqual([
      'categories.[c1].subcategory',
      'categories.[c2].category',
      'categories.[c2].category',
    ]);
    expect(markers.find((m) => m.path === 'categories.[c1].subcategory')?.message).toMatch(
      /^“Parenting” is not part of “Religion & Spirituality”/,
    );
    expect(markers.map((m) => m.message)).toContain('Choose a category from the Apple Podcasts list');
  });

  it('allows one to three categories', async () => {
    const category = (key: string) => ({ _type: 'podcastCategory', _key: key, category: 'Kids & Family' });
    expect(errors(await validate(workspace, { ...validPodcast, categories: [] })).map((m) => m.path)).toEqual([
      'categories',
    ]);
    expect(
      errors(await validate(workspace, { ...validPodcast, categories: ['a', 'b', 'c', 'd'].map(category) })).map(
        (m) => m.path,
      ),
    ).toEqual(['categories']);
  });

  it('checks owner email, language and podcast GUID formats', async () => {
    const markers = errors(
      await validate(workspace, { ...validPodcast, ownerEmail: 'podcast', language: 'English', podcastGuid: 'abc' }),
    );
    expect(markers.map((m) => `${m.path}: ${m.message}`).sort()).toEqual([
      'language: Use a language code like en-us (English, United States)',
      'ownerEmail: Use an email address like name@example.org',
      'podcastGuid: Use a GUID like 917393e3-1b1e-5cef-ace4-edaa54e1f810 (copied from the previous host), or leave this empty',
    ]);
  });
});

describe('other documents', () => {
  const resource = {
    _type: 'resource',
    title: 'Family devotions e-book',
    slug: slug('family-devotions'),
    kind: 'ebook',
  };

  it('resource needs a web address or a file, not both', async () => {
    expect(errors(await validate(workspace, resource))).toEqual([
      { level: 'error', path: 'url', message: 'Add a web address or upload a file for this resource' },
    ]);
    expect(await validate(workspace, { ...resource, url: 'https://shop.example.org/devotions' })).toEqual([]);
  });

  it('a url field shows exactly one plain message for a bad address', async () => {
    const person = { _type: 'person', name: 'Ruth Miller', slug: slug('ruth-miller'), url: 'www.ruthmiller.org' };
    expect(await validate(workspace, person)).toEqual([
      { level: 'error', path: 'url', message: 'Use a web address that starts with https://' },
    ]);
  });

  it('site settings need an https site address and valid menu links', async () => {
    const settings = {
      _id: 'siteSettings',
      _type: 'siteSettings',
      title: 'Family Room Mission',
      description: 'Helping families grow in faith together.',
      siteUrl: 'http://familyroommission.org',
      navigation: [
        { _type: 'navLink', _key: 'n1', label: 'Podcast', href: '/podcast' },
        { _type: 'navLink', _key: 'n2', label: 'Shop', href: 'shop' },
      ],
    };
    expect(errors(await validate(workspace, settings)).map((m) => `${m.path}: ${m.message}`)).toEqual([
      'siteUrl: The live site must use https:// (http:// is only for local previews)',
      'navigation.[n2].href: Use a page path that starts with / (like /podcast) or a web address that starts with https://',
    ]);
  });
});
