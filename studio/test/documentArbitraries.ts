/*
 * fast-check generators of Studio documents, one per document type. Each field mixes ordinary
 * values with the edge cases where a hand-written Studio check and the build's zod model could
 * disagree (emails, GUIDs, language codes, web addresses, slugs, blank text, odd numbers).
 * Many generated documents fail the Studio's validation; the property only keeps those it accepts.
 */
import fc from 'fast-check';
import {
  calloutTones,
  embedKinds,
  episodeTypes,
  personRoles,
  resourceKinds,
  showTypes,
  socialPlatforms,
  subscribePlatforms,
} from '@frm/content/vocabulary';
import { imageWithAsset } from './testWorkspace.ts';

type Doc = Record<string, unknown> & { _id: string; _type: string };

/** Mostly `valid`, sometimes one of the edge cases. */
const mostly = <T>(valid: fc.Arbitrary<T>, ...edges: T[]) =>
  fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: fc.constantFrom(...edges), weight: 1 });
/** Present two times in three. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

const text = mostly(
  fc.string({ minLength: 1, maxLength: 40 }),
  'Family dinner',
  'Fé & família',
  '  padded  ',
  ' ',
  '',
  '\n',
);
const longText = mostly(fc.lorem({ maxCount: 12 }), 'Questions that get kids talking.', ' ');
const key = fc.stringMatching(/^[a-z0-9]{4,8}$/);

export const slugValue = mostly(
  fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/),
  'family-dinner',
  'Family-Dinner',
  'a--b',
  '-x',
  'café',
  '',
  'a'.repeat(96),
  'a'.repeat(97),
).map((current) => ({ _type: 'slug', current }));

export const email = mostly(
  fc.oneof(
    {
      arbitrary: fc
        .tuple(
          fc.stringMatching(/^[a-z0-9._+-]{1,10}$/),
          fc.stringMatching(/^[a-z0-9-]{1,10}$/),
          fc.stringMatching(/^([a-z]{2,6}|[a-z0-9]{1,4})$/),
        )
        .map(([l, d, t]) => `${l}@${d}.${t}`),
      weight: 3,
    },
    { arbitrary: fc.emailAddress(), weight: 1 },
  ),
  'podcast@familyroommission.org',
  'name@example.c',
  'a@b',
  "o'brien@example.org",
  'first.last@sub.example.co.uk',
  'name@example..org',
  '.name@example.org',
);

export const uuid = mostly(
  fc.oneof(fc.uuid(), fc.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)),
  '917393e3-1b1e-5cef-ace4-edaa54e1f810',
  '917393e3-1b1e-0cef-0ce4-edaa54e1f810',
  '917393E3-1B1E-5CEF-ACE4-EDAA54E1F810',
  '00000000-0000-0000-0000-000000000000',
  'abc',
);

export const languageTag = mostly(
  fc.stringMatching(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,2}$/),
  'en-us',
  'pt-BR',
  'es-419',
  'english',
  'en_us',
  'e',
);

export const webUrl = mostly(
  fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }),
  'https://familyroommission.org',
  'http://localhost:4321',
  'https://user:pw@example.org',
  ' https://example.org',
  'https://',
  'https://exa mple.org',
  'www.example.org',
  'ftp://example.org/a.mp3',
  'mailto:hi@example.org',
  'https://例え.jp/パス',
  'http://[::1]:8080/a',
);
const linkHref = fc.oneof(
  webUrl,
  fc.constantFrom('mailto:hello@familyroommission.org', 'mailto:', 'tel:+15551234', 'javascript:alert(1)'),
);

export const dateTime = mostly(
  fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2026-05-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  '2026-01-01',
  '2026-01-01T10:00',
  '2026-01-01T10:00:00+02:00',
  'yesterday',
);

/** A path typed as an old address or a redirect's "from" (or "to"), with the forms the two checks could disagree on. */
const sitePath = mostly(
  fc.stringMatching(/^\/[a-z0-9-]{1,8}(\/[a-z0-9-]{1,8}){0,2}\/?$/),
  '/2019/05/old-post.html',
  'old-post',
  '/blog/old',
  'https://familyroommission.org/old/',
  '/',
  '//old/',
  '/a b/',
  '/rss.xml',
  '/blog/',
  '/podcast/episodes/',
  '/blog/../x/',
  '/caf%C3%A9/',
  '',
);
const oldAddresses = fc.array(sitePath, { maxLength: 3 });
/** A redirect's target: the published post of the generated dataset, or a document that is not there. */
export const REDIRECT_TARGET_ID = 'post-redirect-target';
const redirectTarget = fc
  .constantFrom(REDIRECT_TARGET_ID, 'post-missing')
  .map((_ref) => ({ _type: 'reference', _ref }));

const number = mostly(fc.integer({ min: 1, max: 100_000_000 }), 0, -1, 1.5, 0.001);
const option = <O extends readonly { value: string }[]>(options: O) =>
  mostly(fc.constantFrom(...options.map((o) => o.value)), 'other-value');

const image = (
  sizes: fc.Arbitrary<[number, number]> = fc.tuple(
    fc.integer({ min: 100, max: 4000 }),
    fc.integer({ min: 100, max: 4000 }),
  ),
) =>
  fc
    .tuple(sizes, maybe(text), maybe(text))
    .map(([[w, h], alt, caption]) => ({ ...imageWithAsset(w, h, alt), ...(caption === undefined ? {} : { caption }) }));
const squareArtwork = mostly(fc.integer({ min: 1400, max: 3000 }), 1200, 3001).map((w): [number, number] => [w, w]);

const fileRef = fc
  .constantFrom('mp3', 'm4a', 'pdf')
  .chain((ext) =>
    fc
      .stringMatching(/^[0-9a-f]{12}$/)
      .map((hash) => ({ _type: 'file', asset: { _type: 'reference', _ref: `file-${hash}-${ext}` } })),
  );

const span = fc.tuple(key, text).map(([k, t]) => ({ _type: 'span', _key: k, text: t, marks: ['m1'] }));
const blocks = fc
  .array(
    fc.oneof(
      fc.tuple(key, span, linkHref).map(([k, s, href]) => ({
        _type: 'block',
        _key: k,
        style: 'normal',
        markDefs: [{ _type: 'link', _key: 'm1', href }],
        children: [s],
      })),
      fc.tuple(key, image()).map(([k, img]) => ({ ...img, _key: k })),
      fc
        .record({ _key: key, text, reference: text, translation: maybe(text) })
        .map((b) => ({ _type: 'scripture', ...b })),
      fc
        .record({ _key: key, text, title: maybe(text), tone: maybe(option(calloutTones)) })
        .map((b) => ({ _type: 'callout', ...b })),
      fc
        .record({ _key: key, url: webUrl, title: text, kind: maybe(option(embedKinds)) })
        .map((b) => ({ _type: 'embed', ...b })),
    ),
    { maxLength: 3 },
  )
  .map((list) => uniqueKeys(list));

const seo = fc.record(
  { metaTitle: maybe(text), metaDescription: maybe(longText), noIndex: maybe(fc.boolean()), ogImage: maybe(image()) },
  { requiredKeys: [] },
);

const keyed = <T>(arb: fc.Arbitrary<T>, type: string) =>
  fc
    .array(fc.tuple(key, arb), { maxLength: 3 })
    .map((items) => uniqueKeys(items.map(([k, v]) => ({ _type: type, _key: k, ...v }))));

function uniqueKeys<T extends { _key: string }>(items: T[]): T[] {
  return items.map((item, i) => ({ ...item, _key: `${item._key}${i}` }));
}

const doc = (
  type: string,
  fields: Record<string, fc.Arbitrary<unknown>>,
  required: string[],
  id?: string,
): fc.Arbitrary<Doc> =>
  fc.record(fields, { requiredKeys: required }).map((values) => ({
    _id: id ?? `${type}-generated`,
    _type: type,
    ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)),
  }));

export const documentArbitraries: Record<string, fc.Arbitrary<Doc>> = {
  siteSettings: doc(
    'siteSettings',
    {
      title: text,
      description: longText,
      siteUrl: mostly(
        fc.constantFrom('https://familyroommission.org', 'https://familyroommission.org/', 'http://localhost:4321'),
        'https://familyroommission.org/about',
        'http://familyroommission.org',
      ),
      navigation: keyed(
        fc.record({
          label: text,
          href: mostly(fc.constantFrom('/podcast', '/'), 'podcast', '/about us', 'https://shop.example.org'),
        }),
        'navLink',
      ),
      footerText: longText,
      socialLinks: keyed(
        fc.record({ platform: maybe(option(socialPlatforms)), url: webUrl }, { requiredKeys: ['url'] }),
        'socialLink',
      ),
      newsletter: fc
        .record(
          { heading: maybe(text), formAction: webUrl, emailFieldName: maybe(text) },
          { requiredKeys: ['formAction'] },
        )
        .map((n) => ({ _type: 'newsletter', ...n })),
      defaultSocialImage: image(),
    },
    ['title', 'description', 'siteUrl'],
    'siteSettings',
  ),
  podcast: doc(
    'podcast',
    {
      title: text,
      description: longText,
      author: text,
      ownerName: text,
      ownerEmail: email,
      language: languageTag,
      categories: fc.constant([
        { _type: 'podcastCategory', _key: 'c1', category: 'Religion & Spirituality', subcategory: 'Christianity' },
      ]),
      explicit: fc.boolean(),
      artwork: image(squareArtwork),
      copyright: text,
      type: option(showTypes),
      podcastGuid: uuid,
      locked: fc.boolean(),
      funding: keyed(fc.record({ url: webUrl, label: text }), 'fundingLink'),
      newFeedUrl: webUrl,
      subscribeLinks: keyed(
        fc.record(
          { platform: maybe(option(subscribePlatforms)), label: maybe(text), url: webUrl },
          { requiredKeys: ['url'] },
        ),
        'subscribeLink',
      ),
    },
    ['title', 'description', 'author', 'ownerName', 'ownerEmail', 'language', 'categories', 'artwork'],
    'podcast',
  ),
  post: doc(
    'post',
    {
      title: text,
      slug: slugValue,
      publishedAt: dateTime,
      excerpt: longText,
      mainImage: image(),
      body: blocks,
      seo: seo.map((s) => ({ _type: 'seo', ...s })),
      previousPaths: oldAddresses,
    },
    ['title', 'slug', 'publishedAt'],
  ),
  podcastEpisode: doc(
    'podcastEpisode',
    {
      title: text,
      slug: slugValue,
      publishedAt: dateTime,
      episodeNumber: maybe(number),
      season: maybe(number),
      episodeType: option(episodeTypes),
      summary: longText,
      showNotes: blocks,
      audio: fc
        .record({
          source: fc.oneof(
            { arbitrary: webUrl.map((url) => ({ url })), weight: 3 },
            { arbitrary: fileRef.map((file) => ({ file })), weight: 3 },
            { arbitrary: fc.constant({}), weight: 1 },
          ),
          mimeType: mostly(fc.constantFrom('audio/mpeg', 'audio/mp4'), 'audio/flac'),
          sizeBytes: number,
          durationSeconds: number,
        })
        .map(({ source, ...a }) => ({ _type: 'podcastAudio', ...source, ...a })),
      explicit: fc.boolean(),
      image: image(squareArtwork),
      chapters: keyed(
        fc.record(
          { startSeconds: number, title: text, url: maybe(webUrl) },
          { requiredKeys: ['startSeconds', 'title'] },
        ),
        'chapter',
      ),
      transcript: fc
        .record({ text: maybe(longText), language: maybe(languageTag) }, { requiredKeys: [] })
        .map((t) => ({ _type: 'transcript', ...t })),
      guid: text,
      previousPaths: oldAddresses,
    },
    ['title', 'slug', 'publishedAt', 'episodeType', 'audio'],
  ),
  resource: doc(
    'resource',
    {
      title: text,
      slug: slugValue,
      kind: option(resourceKinds),
      url: webUrl,
      file: fileRef,
      description: longText,
      image: image(),
      isFree: fc.boolean(),
      callToAction: text,
      featured: fc.boolean(),
      previousPaths: oldAddresses,
    },
    ['title', 'slug', 'kind'],
  ),
  person: doc(
    'person',
    { name: text, slug: slugValue, role: option(personRoles), bio: longText, image: image(), url: webUrl },
    ['name', 'slug'],
  ),
  topic: doc('topic', { title: text, slug: slugValue, description: longText, previousPaths: oldAddresses }, [
    'title',
    'slug',
  ]),
  page: doc(
    'page',
    {
      title: text,
      slug: slugValue,
      description: longText,
      body: blocks,
      seo: seo.map((s) => ({ _type: 'seo', ...s })),
      previousPaths: oldAddresses,
    },
    ['title', 'slug'],
  ),
  redirect: doc(
    'redirect',
    {
      from: sitePath,
      target: redirectTarget,
      url: fc.oneof(webUrl, sitePath),
      permanent: fc.boolean(),
      note: longText,
    },
    ['from'],
  ),
};

/** The asset documents (`sanity.imageAsset` / `sanity.fileAsset`) the references in `document` point to, as in an export. */
export function assetDocuments(document: unknown): Doc[] {
  const refs = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const ref = (value as { _ref?: unknown })._ref;
      if (typeof ref === 'string' && /^(image|file)-/.test(ref)) refs.add(ref);
      Object.values(value).forEach(walk);
    }
  };
  walk(document);
  return [...refs].map((ref) => {
    const [kind, hash, ...rest] = ref.split('-');
    const extension = rest.at(-1) ?? '';
    const url = `https://cdn.sanity.io/${kind}s/frmplaceholder/production/${hash}${kind === 'image' ? `-${rest[0]}` : ''}.${extension}`;
    if (kind === 'file')
      return {
        _id: ref,
        _type: 'sanity.fileAsset',
        url,
        extension,
        mimeType: extension === 'pdf' ? 'application/pdf' : 'audio/mpeg',
        size: 1000,
        originalFilename: `a.${extension}`,
      };
    const [width, height] = (rest[0] ?? '1x1').split('x').map(Number);
    return {
      _id: ref,
      _type: 'sanity.imageAsset',
      url,
      extension,
      metadata: { dimensions: { width, height, aspectRatio: width! / height! } },
    };
  });
}
