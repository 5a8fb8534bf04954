import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seedDatasetPath } from '../seedDatasetPath.ts';
import { allPayloads, draftMarker, futureMarker, unpublishedSlug, unsafeHrefs } from './payloads.ts';

type Doc = Record<string, unknown> & { _id: string; _type: string };

const hostile = (text: unknown) => `${String(text ?? '')} ${allPayloads}`;
const LONG = 'Long text. '.repeat(600);

/** A text block whose spans link to each unsafe href; the text must stay, the links must not. */
function unsafeLinkBlock(key: string) {
  return {
    _key: key,
    _type: 'block',
    style: 'normal',
    markDefs: unsafeHrefs.map((href, i) => ({ _key: `${key}m${i}`, _type: 'link', href })),
    children: unsafeHrefs.map((_, i) => ({
      _key: `${key}s${i}`,
      _type: 'span',
      text: `unsafe link ${i} `,
      marks: [`${key}m${i}`],
    })),
  };
}

const hostileEmbeds = [
  { _key: 'embedEvil', _type: 'embed', url: 'https://evil.example/player?v=1', title: hostile('Evil embed') },
  { _key: 'embedJs', _type: 'embed', url: 'javascript:alert("frm-xss-embed")', title: 'Script embed' },
];

function hostileDocument(doc: Doc): Doc {
  const out: Doc = { ...doc };
  for (const field of [
    'title',
    'excerpt',
    'summary',
    'description',
    'name',
    'bio',
    'footerText',
    'callToAction',
    'author',
    'ownerName',
    'copyright',
  ]) {
    if (typeof out[field] === 'string') out[field] = hostile(out[field]);
  }
  for (const field of ['mainImage', 'image', 'artwork']) {
    const image = out[field] as Record<string, unknown> | undefined;
    if (image && typeof image === 'object')
      out[field] = { ...image, alt: hostile(image.alt), ...(image.caption ? { caption: hostile(image.caption) } : {}) };
  }
  if (Array.isArray(out.chapters))
    out.chapters = (out.chapters as Doc[]).map((c) => ({ ...c, title: hostile(c.title) }));
  if (out.seo && typeof out.seo === 'object')
    out.seo = { ...(out.seo as object), metaTitle: hostile('SEO'), metaDescription: hostile('SEO description') };
  for (const field of ['body', 'showNotes']) {
    if (Array.isArray(out[field]))
      out[field] = [...(out[field] as unknown[]), unsafeLinkBlock(`${field}Unsafe`), ...hostileEmbeds];
  }
  if (out._type === 'siteSettings') {
    out.navigation = [
      ...((out.navigation as unknown[]) ?? []),
      { _key: 'navEvil', _type: 'navLink', label: hostile('Evil nav'), href: 'javascript:alert("frm-xss-nav")' },
    ];
  }
  if (out._type === 'post' && out._id === 'post-five-questions-for-the-dinner-table') out.excerpt = LONG;
  if (out._type === 'podcastEpisode' && typeof out.summary === 'string' && out._id.includes('s2e6'))
    out.summary = `${LONG} ${allPayloads}`;
  return out;
}

/** Every document type the site reads; the singletons have no slug. */
const SLUGGED_TYPES = ['post', 'podcastEpisode', 'resource', 'page', 'topic', 'person'];
const SINGLETON_TYPES = ['siteSettings', 'podcast'];

const isUnpublished = (d: Doc) => d._id.startsWith('drafts.') || d._id.startsWith('versions.');

/**
 * A draft or release version marked as such, with a slug of its own: were it published, it
 * would get a page and a search entry the tests look for, not stop the build on a duplicate slug.
 */
function unpublished(doc: Doc, id: string, n: number): Doc {
  const titleField = doc._type === 'person' ? 'name' : 'title';
  const out: Doc = { ...doc, _id: id, [titleField]: `${draftMarker} ${String(doc[titleField] ?? '')}` };
  if (doc.slug) out.slug = { _type: 'slug', current: `${unpublishedSlug}-${n}` };
  return out;
}

/**
 * The seed dataset with every editor-written string carrying script, markup, CDATA and template
 * payloads, unsafe links and embeds, plus drafts, release versions and future documents carrying
 * markers that must never be published: the seed's drafts and versions, a draft and a version of
 * a published document of every type, and a never-published draft and release-only version of
 * every type, each with a slug of its own. Written as an export folder for `LOCAL_DATASET`.
 */
export async function writeHostileDataset(target: string): Promise<void> {
  await cp(seedDatasetPath, target, { recursive: true });
  const lines = (await readFile(join(seedDatasetPath, 'data.ndjson'), 'utf8')).trim().split('\n');
  const docs = lines.map((line) => JSON.parse(line) as Doc);
  const published = docs.filter((d) => !isUnpublished(d) && !d._type.startsWith('sanity.'));
  let n = 0;
  const rewritten = docs.map((d) =>
    published.includes(d) ? hostileDocument(d) : isUnpublished(d) ? unpublished(d, d._id, (n += 1)) : d,
  );
  for (const type of [...SLUGGED_TYPES, ...SINGLETON_TYPES]) {
    const first = published.find((d) => d._type === type)!;
    rewritten.push(
      unpublished(first, `drafts.${first._id}`, (n += 1)),
      unpublished(first, `versions.rX.${first._id}`, (n += 1)),
      ...(SLUGGED_TYPES.includes(type)
        ? [
            unpublished(first, `drafts.${type}-never-published`, (n += 1)),
            unpublished(first, `versions.rX.${type}-release-only`, (n += 1)),
          ]
        : []),
    );
  }
  const post = published.find((d) => d._type === 'post')!;
  const episode = published.find((d) => d._type === 'podcastEpisode')!;
  const futurePost = {
    ...post,
    _id: 'post-future-hostile',
    slug: { _type: 'slug', current: 'future-hostile' },
    title: `${futureMarker} future title`,
    publishedAt: '2099-01-01T00:00:00.000Z',
  };
  rewritten.push(futurePost, unpublished(futurePost, 'versions.rX.post-future-hostile', (n += 1)), {
    ...episode,
    _id: 'episode-future-hostile',
    guid: null,
    slug: { _type: 'slug', current: 'future-hostile-episode' },
    title: `${futureMarker} future episode`,
    publishedAt: '2099-01-01T00:00:00.000Z',
  });
  await writeFile(join(target, 'data.ndjson'), rewritten.map((d) => JSON.stringify(d)).join('\n') + '\n');
}
