import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seedDatasetPath } from '../seedDatasetPath.ts';
import { allPayloads, draftMarker, futureMarker, unsafeHrefs } from './payloads.ts';

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
    children: unsafeHrefs.map((_, i) => ({ _key: `${key}s${i}`, _type: 'span', text: `unsafe link ${i} `, marks: [`${key}m${i}`] })),
  };
}

const hostileEmbeds = [
  { _key: 'embedEvil', _type: 'embed', url: 'https://evil.example/player?v=1', title: hostile('Evil embed') },
  { _key: 'embedJs', _type: 'embed', url: 'javascript:alert("frm-xss-embed")', title: 'Script embed' },
];

function hostileDocument(doc: Doc): Doc {
  const out: Doc = { ...doc };
  for (const field of ['title', 'excerpt', 'summary', 'description', 'name', 'bio', 'footerText', 'callToAction', 'author', 'ownerName', 'copyright']) {
    if (typeof out[field] === 'string') out[field] = hostile(out[field]);
  }
  for (const field of ['mainImage', 'image', 'artwork']) {
    const image = out[field] as Record<string, unknown> | undefined;
    if (image && typeof image === 'object') out[field] = { ...image, alt: hostile(image.alt), ...(image.caption ? { caption: hostile(image.caption) } : {}) };
  }
  if (Array.isArray(out.chapters)) out.chapters = (out.chapters as Doc[]).map((c) => ({ ...c, title: hostile(c.title) }));
  if (out.seo && typeof out.seo === 'object') out.seo = { ...(out.seo as object), metaTitle: hostile('SEO'), metaDescription: hostile('SEO description') };
  for (const field of ['body', 'showNotes']) {
    if (Array.isArray(out[field])) out[field] = [...(out[field] as unknown[]), unsafeLinkBlock(`${field}Unsafe`), ...hostileEmbeds];
  }
  if (out._type === 'siteSettings') {
    out.navigation = [...((out.navigation as unknown[]) ?? []), { _key: 'navEvil', _type: 'navLink', label: hostile('Evil nav'), href: 'javascript:alert("frm-xss-nav")' }];
  }
  if (out._type === 'post' && out._id === 'post-five-questions-for-the-dinner-table') out.excerpt = LONG;
  if (out._type === 'podcastEpisode' && typeof out.summary === 'string' && out._id.includes('s2e6')) out.summary = `${LONG} ${allPayloads}`;
  return out;
}

/**
 * The seed dataset with every editor-written string carrying script, markup, CDATA and template
 * payloads, unsafe links and embeds, plus drafts and future documents carrying markers that must
 * never be published. Written as an export folder for `LOCAL_DATASET`.
 */
export async function writeHostileDataset(target: string): Promise<void> {
  await cp(seedDatasetPath, target, { recursive: true });
  const lines = (await readFile(join(seedDatasetPath, 'data.ndjson'), 'utf8')).trim().split('\n');
  const docs = lines.map((line) => JSON.parse(line) as Doc);
  const published = docs.filter((d) => !d._id.startsWith('drafts.') && !d._id.startsWith('versions.') && !d._type.startsWith('sanity.'));
  const rewritten = docs.map((d) => (published.includes(d) ? hostileDocument(d) : d));
  const template = docs.find((d) => d._type === 'post' && !d._id.includes('.'))!;
  rewritten.push(
    { ...template, _id: `drafts.${template._id}`, title: `${draftMarker} draft title`, excerpt: draftMarker },
    { ...template, _id: 'post-future-hostile', slug: { _type: 'slug', current: 'future-hostile' }, title: `${futureMarker} future title`, publishedAt: '2099-01-01T00:00:00.000Z' },
    { ...template, _id: 'versions.rX.post-future-hostile', title: `${draftMarker} version title` },
  );
  // The same for an episode and a resource, so every indexed type meets a draft.
  const episode = docs.find((d) => d._type === 'podcastEpisode' && !d._id.includes('.'))!;
  const resource = docs.find((d) => d._type === 'resource' && !d._id.includes('.'))!;
  rewritten.push(
    { ...episode, _id: `drafts.${episode._id}`, title: `${draftMarker} draft episode`, summary: draftMarker },
    { ...episode, _id: 'episode-future-hostile', guid: null, slug: { _type: 'slug', current: 'future-hostile-episode' }, title: `${futureMarker} future episode`, publishedAt: '2099-01-01T00:00:00.000Z' },
    { ...resource, _id: `drafts.${resource._id}`, title: `${draftMarker} draft resource`, description: draftMarker },
  );
  await writeFile(join(target, 'data.ndjson'), rewritten.map((d) => JSON.stringify(d)).join('\n') + '\n');
}
