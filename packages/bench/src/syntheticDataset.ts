import { cp, mkdir, open, readFile, rm } from 'node:fs/promises';
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

/** 800-1,200 words: headings, paragraphs, a list and a quote, like a real post. */
function postBody(rand: () => number): SyntheticPost['paragraphs'] {
  const target = 800 + Math.floor(rand() * 401);
  const parts: SyntheticPost['paragraphs'] = [];
  let words = 0;
  const add = (kind: SyntheticPost['paragraphs'][number]['kind'], text: string) => {
    parts.push({ kind, text });
    words += text.split(' ').length;
  };
  for (let section = 0; words < target - 40; section++) {
    add('h2', sentence(rand, 4).slice(0, -1));
    for (let p = 0; p < 3 && words < target - 40; p++) add('p', paragraph(rand));
    if (section === 1) for (let li = 0; li < 3; li++) add('li', sentence(rand, 6));
  }
  add('quote', sentence(rand, 14));
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
  /** Episodes' text (summary and show notes as paragraphs) for the peer's second collection. */
  episodes: SyntheticPost[];
  documents: number;
}

/** Everything is published before this instant; builds use BUILD_TIME 2026-11-01. */
const FIRST_DATE = Date.parse('2012-01-01T08:00:00Z');
const LAST_DATE = Date.parse('2026-10-01T08:00:00Z');

/**
 * Writes `size` as an export folder at `dir`, reusing the seed dataset's settings and assets.
 * The same size and seed give the same bytes. Returns the posts' and episodes' text so the peer
 * site can be given the same words.
 */
export async function writeSyntheticDataset(
  dir: string,
  seedDir: string,
  size: SyntheticSize,
): Promise<WrittenDataset> {
  const rand = random(size.posts);
  const seedDocs = (await readFile(join(seedDir, 'data.ndjson'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SanityDocumentLike);
  const find = (id: string) => {
    const doc = seedDocs.find((d) => d._id === id);
    if (!doc) throw new Error(`The seed dataset at ${seedDir} has no ${id} document`);
    return doc;
  };
  const published = seedDocs.filter((d) => !d._id.startsWith('drafts.') && !d._id.startsWith('versions.'));
  const seedImages = [
    ...new Set(
      published
        .filter((d) => d._type === 'post')
        .map((d) => (d.mainImage as { _sanityAsset?: string } | undefined)?._sanityAsset)
        .filter((a): a is string => Boolean(a)),
    ),
  ];
  const seedAudio = published
    .filter((d) => d._type === 'podcastEpisode')
    .map(
      (d) =>
        d.audio as
          | { file?: { _sanityAsset?: string }; sizeBytes: number; durationSeconds: number; mimeType: string }
          | undefined,
    )
    .find((a) => a?.file?._sanityAsset);
  if (!seedAudio || seedImages.length === 0)
    throw new Error(`The seed dataset at ${seedDir} has no episode audio or post images to reuse`);

  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(join(seedDir, 'images'), join(dir, 'images'), { recursive: true });
  await cp(join(seedDir, 'files'), join(dir, 'files'), { recursive: true });

  const lines: string[] = [];
  const push = (doc: object) => lines.push(JSON.stringify(doc));
  push(find('siteSettings'));
  // The show's hosts become the synthetic hosts; its trailer (a seed episode) is not here.
  const { trailer: _trailer, ...podcast } = find('podcast');
  push({ ...podcast, hosts: ['person-0', 'person-1'].map((id) => ({ _key: id, _type: 'reference', _ref: id })) });
  // The seed's pages that link to no seed post or episode (those would dangle here).
  for (const page of published.filter((d) => d._type === 'page' && !JSON.stringify(d).includes('internalLink')))
    push(page);

  const topics = Array.from({ length: 12 }, (_, i) => `topic-${i}`);
  topics.forEach((id, i) =>
    push({
      _id: id,
      _type: 'topic',
      title: `Topic ${i} ${WORDS[i]}`,
      slug: { _type: 'slug', current: `topic-${i}` },
      description: sentence(rand, 12),
    }),
  );
  const people = ['person-0', 'person-1', 'person-2', 'person-3'];
  people.forEach((id, i) =>
    push({
      _id: id,
      _type: 'person',
      name: `Person ${i}`,
      slug: { _type: 'slug', current: `person-${i}` },
      role: i < 2 ? 'host' : 'guest',
      bio: sentence(rand, 20),
    }),
  );
  const resources = Array.from({ length: 20 }, (_, i) => `resource-${i}`);
  resources.forEach((id, i) =>
    push({
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

  // Posts are spread evenly up to LAST_DATE, so all of them are live at BUILD_TIME.
  const step = Math.floor((LAST_DATE - FIRST_DATE) / Math.max(1, size.posts));
  const posts: SyntheticPost[] = [];
  const episodes: SyntheticPost[] = [];
  const episodeCount = Math.floor(size.posts / size.postsPerEpisode);
  const duration = seedAudio.durationSeconds;
  for (let e = 0; e < episodeCount; e++) {
    const summary = paragraph(rand);
    const notes = [paragraph(rand), paragraph(rand)];
    const episode: SyntheticPost = {
      slug: `episode-${e + 1}`,
      title: `Episode ${e + 1}: ${sentence(rand, 5).slice(0, -1)}`,
      excerpt: summary,
      publishedAt: new Date(FIRST_DATE + (e * size.postsPerEpisode + 2) * step).toISOString(),
      paragraphs: notes.map((text) => ({ kind: 'p', text })),
    };
    episodes.push(episode);
    push({
      _id: `episode-${e}`,
      _type: 'podcastEpisode',
      title: episode.title,
      slug: { _type: 'slug', current: episode.slug },
      publishedAt: episode.publishedAt,
      episodeNumber: e + 1,
      season: 1 + Math.floor(e / 50),
      episodeType: 'full',
      summary,
      showNotes: toPortableText(episode.paragraphs),
      audio: { _type: 'podcastAudio', ...seedAudio },
      explicit: false,
      // Chapters at quarters of the (short) seed audio, in milliseconds so they stay distinct.
      chapters: [0, 0.25, 0.5, 0.75].map((at, i) => ({
        _key: `c${i}`,
        _type: 'chapter',
        startSeconds: Math.round(duration * at * 1000) / 1000,
        title: sentence(rand, 3).slice(0, -1),
      })),
      guests: [ref(people[2 + (e % 2)]!, 'g0')],
      topics: [ref(topics[e % topics.length]!, 't0')],
      relatedPosts: [ref(`post-${e * size.postsPerEpisode}`, 'p0')],
    });
  }
  for (let p = 0; p < size.posts; p++) {
    const paragraphs = postBody(rand);
    const post: SyntheticPost = {
      slug: `post-${p + 1}`,
      title: `${sentence(rand, 6).slice(0, -1)} (${p + 1})`,
      excerpt: sentence(rand, 18),
      publishedAt: new Date(FIRST_DATE + p * step).toISOString(),
      paragraphs,
    };
    posts.push(post);
    const episode = Math.floor(p / size.postsPerEpisode);
    const body = toPortableText(paragraphs);
    // One post in ten also has an image inside its body, after the first section's paragraphs.
    if (p % 10 === 5)
      body.splice(3, 0, {
        _type: 'image',
        _key: 'img0',
        _sanityAsset: seedImages[(p + 1) % seedImages.length],
        alt: `Photo inside post ${p + 1}`,
      });
    push({
      _id: `post-${p}`,
      _type: 'post',
      title: post.title,
      slug: { _type: 'slug', current: post.slug },
      publishedAt: post.publishedAt,
      excerpt: post.excerpt,
      // One post in three has a main image.
      ...(p % 3 === 0
        ? {
            mainImage: {
              _type: 'image',
              _sanityAsset: seedImages[p % seedImages.length],
              alt: `Illustration for post ${p + 1}`,
            },
          }
        : {}),
      author: ref(people[p % 2]!),
      topics: [ref(topics[p % topics.length]!, 't0'), ref(topics[(p + 5) % topics.length]!, 't1')],
      body,
      relatedEpisodes: episode < episodeCount ? [ref(`episode-${episode}`, 'e0')] : [],
      relatedResources: [ref(resources[p % resources.length]!, 'r0')],
    });
  }
  // Written in slices: a 20,000-post export is a few hundred MB, more than one string should hold.
  const file = await open(join(dir, 'data.ndjson'), 'w');
  try {
    for (let i = 0; i < lines.length; i += 1000) await file.write(lines.slice(i, i + 1000).join('\n') + '\n');
  } finally {
    await file.close();
  }
  return { posts, episodes, documents: lines.length };
}
