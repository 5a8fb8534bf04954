import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SanityDocumentLike } from '@frm/content';

/*
 * Deterministic synthetic content at ministry scale and far past it, in Sanity's export format.
 * Assets (images, audio) are reused from the seed dataset, as a real site reuses a few photos.
 */

export interface SyntheticSize {
  posts: number;
  /** One episode per this many posts. */
  postsPerEpisode: number;
}

export interface SyntheticPost {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: string;
  /** The same body as Portable Text paragraphs, for the peer's Markdown. */
  paragraphs: Array<{ kind: 'h2' | 'p' | 'li' | 'quote'; text: string }>;
}

const WORDS = (
  'family marriage trust grace covenant home prayer worship children parents listen forgive ' +
  'patience kindness faith hope love table conversation rest peace sanctuary healing honest ' +
  'courage humility gentle season promise scripture evening morning together journey habit ' +
  'gratitude serve community church heart story laughter comfort wisdom spouse daughter son'
).split(' ');

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rand: () => number): string {
  const count = 3 + Math.floor(rand() * 4);
  return Array.from({ length: count }, () => sentence(rand, 8 + Math.floor(rand() * 10))).join(' ');
}

function block(key: string, text: string, style = 'normal', listItem?: 'bullet'): Record<string, unknown> {
  return {
    _type: 'block',
    _key: key,
    style,
    ...(listItem ? { listItem, level: 1 } : {}),
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
  };
}

/** About 700 words: headings, paragraphs, a list and a quote, like a real post. */
function postBody(rand: () => number): SyntheticPost['paragraphs'] {
  const parts: SyntheticPost['paragraphs'] = [];
  for (let section = 0; section < 3; section++) {
    parts.push({ kind: 'h2', text: sentence(rand, 4).slice(0, -1) });
    for (let p = 0; p < 3; p++) parts.push({ kind: 'p', text: paragraph(rand) });
    if (section === 1) for (let li = 0; li < 3; li++) parts.push({ kind: 'li', text: sentence(rand, 6) });
  }
  parts.push({ kind: 'quote', text: sentence(rand, 14) });
  return parts;
}

function toPortableText(parts: SyntheticPost['paragraphs']): Record<string, unknown>[] {
  return parts.map((part, i) => {
    const key = `b${i}`;
    if (part.kind === 'h2') return block(key, part.text, 'h2');
    if (part.kind === 'li') return block(key, part.text, 'normal', 'bullet');
    if (part.kind === 'quote') return block(key, part.text, 'blockquote');
    return block(key, part.text);
  });
}

const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) });

export interface WrittenDataset {
  posts: SyntheticPost[];
  episodes: number;
}

/**
 * Writes `size` as an export folder at `dir`, reusing the seed dataset's settings and assets.
 * Returns the posts' text so the peer site can be given the same words.
 */
export async function writeSyntheticDataset(dir: string, seedDir: string, size: SyntheticSize): Promise<WrittenDataset> {
  const rand = random(size.posts);
  const seedDocs = (await readFile(join(seedDir, 'data.ndjson'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SanityDocumentLike);
  const find = (id: string) => seedDocs.find((d) => d._id === id)!;
  const seedImages = seedDocs
    .filter((d) => d._type === 'post' && !d._id.startsWith('drafts.') && !d._id.startsWith('versions.'))
    .map((d) => (d.mainImage as { _sanityAsset?: string } | undefined)?._sanityAsset)
    .filter((a): a is string => Boolean(a));
  const seedAudio = seedDocs
    .filter((d) => d._type === 'podcastEpisode')
    .map((d) => (d.audio as { file?: { _sanityAsset?: string }; sizeBytes: number; durationSeconds: number; mimeType: string } | undefined))
    .find((a) => a?.file?._sanityAsset)!;

  await mkdir(dir, { recursive: true });
  await cp(join(seedDir, 'images'), join(dir, 'images'), { recursive: true });
  await cp(join(seedDir, 'files'), join(dir, 'files'), { recursive: true });

  const docs: Record<string, unknown>[] = [find('siteSettings'), find('podcast')];
  const topics = Array.from({ length: 12 }, (_, i) => `topic-${i}`);
  topics.forEach((id, i) => docs.push({ _id: id, _type: 'topic', title: `Topic ${i} ${WORDS[i]}`, slug: { _type: 'slug', current: `topic-${i}` }, description: sentence(rand, 12) }));
  const people = ['person-0', 'person-1', 'person-2', 'person-3'];
  people.forEach((id, i) =>
    docs.push({ _id: id, _type: 'person', name: `Person ${i}`, slug: { _type: 'slug', current: `person-${i}` }, role: i < 2 ? 'host' : 'guest', bio: sentence(rand, 20) }),
  );
  const resources = Array.from({ length: 20 }, (_, i) => `resource-${i}`);
  resources.forEach((id, i) =>
    docs.push({
      _id: id,
      _type: 'resource',
      title: `Resource ${i}`,
      slug: { _type: 'slug', current: `resource-${i}` },
      kind: (['ebook', 'course', 'download', 'video', 'link'] as const)[i % 5],
      url: `https://familyroommission.org/resources/${i}`,
      description: sentence(rand, 20),
      isFree: i % 2 === 0,
      callToAction: 'Learn more',
      featured: i < 3,
      topics: [ref(topics[i % topics.length]!, 't0')],
    }),
  );

  const start = Date.parse('2015-01-01T08:00:00Z');
  const posts: SyntheticPost[] = [];
  const episodeCount = Math.floor(size.posts / size.postsPerEpisode);
  for (let e = 0; e < episodeCount; e++) {
    const publishedAt = new Date(start + e * size.postsPerEpisode * 6 * 3600_000).toISOString();
    const duration = seedAudio.durationSeconds;
    docs.push({
      _id: `episode-${e}`,
      _type: 'podcastEpisode',
      title: `Episode ${e + 1}: ${sentence(rand, 5).slice(0, -1)}`,
      slug: { _type: 'slug', current: `episode-${e + 1}` },
      publishedAt,
      episodeNumber: e + 1,
      season: 1 + Math.floor(e / 50),
      episodeType: 'full',
      summary: paragraph(rand),
      showNotes: toPortableText([{ kind: 'p', text: paragraph(rand) }, { kind: 'p', text: paragraph(rand) }]),
      audio: { _type: 'podcastAudio', ...seedAudio },
      explicit: false,
      chapters: [0, 0.25, 0.5, 0.75].map((at, i) => ({ _key: `c${i}`, _type: 'chapter', startSeconds: Math.floor(duration * at), title: sentence(rand, 3).slice(0, -1) })),
      guests: [ref(people[2 + (e % 2)]!, 'g0')],
      topics: [ref(topics[e % topics.length]!, 't0')],
    });
  }
  for (let p = 0; p < size.posts; p++) {
    const paragraphs = postBody(rand);
    const post: SyntheticPost = {
      slug: `post-${p + 1}`,
      title: `${sentence(rand, 6).slice(0, -1)} (${p + 1})`,
      excerpt: sentence(rand, 18),
      publishedAt: new Date(start + p * 6 * 3600_000).toISOString(),
      paragraphs,
    };
    posts.push(post);
    const episode = Math.floor(p / size.postsPerEpisode);
    docs.push({
      _id: `post-${p}`,
      _type: 'post',
      title: post.title,
      slug: { _type: 'slug', current: post.slug },
      publishedAt: post.publishedAt,
      excerpt: post.excerpt,
      ...(p % 3 === 0 && seedImages.length > 0 ? { mainImage: { _type: 'image', _sanityAsset: seedImages[p % seedImages.length], alt: `Illustration for post ${p + 1}` } } : {}),
      author: ref(people[p % 2]!),
      topics: [ref(topics[p % topics.length]!, 't0'), ref(topics[(p + 5) % topics.length]!, 't1')],
      body: toPortableText(paragraphs),
      relatedEpisodes: episode < episodeCount ? [ref(`episode-${episode}`, 'e0')] : [],
      relatedResources: [ref(resources[p % resources.length]!, 'r0')],
    });
  }
  await writeFile(join(dir, 'data.ndjson'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return { posts, episodes: episodeCount };
}
