import type { SiteContent } from '@frm/content';
import { requestScope } from './requestScope.ts';

/*
 * Stands in for `astro:content` in the preview build (see src/lib/collections.ts): the same
 * getCollection/getEntry calls, answered from the content the middleware loaded for this request
 * (published, or drafts in draft mode). The entries have the ids and data the build's
 * collections have (content.config.ts: one entry per slug, singletons by document id).
 */
type Entry = { id: string; collection: string; data: unknown };

const bySlug = (collection: string, docs: Array<{ slug: string }>): Entry[] => docs.map((data) => ({ id: data.slug, collection, data }));

const collections: Record<string, (content: SiteContent) => Entry[]> = {
  posts: (c) => bySlug('posts', c.posts),
  episodes: (c) => bySlug('episodes', c.episodes),
  resources: (c) => bySlug('resources', c.resources),
  topics: (c) => bySlug('topics', c.topics),
  people: (c) => bySlug('people', c.people),
  pages: (c) => bySlug('pages', c.pages),
  siteSettings: (c) => [{ id: 'siteSettings', collection: 'siteSettings', data: c.siteSettings }],
  podcast: (c) => [{ id: 'podcast', collection: 'podcast', data: c.podcast }],
  // Assets come from Sanity's CDN in preview; nothing is served from an export.
  media: () => [],
};

const memo = new WeakMap<SiteContent, Map<string, Entry[]>>();

function entries(name: string): Entry[] {
  const toEntries = collections[name];
  if (!toEntries) throw new Error(`Unknown collection "${name}" in the preview build: add it to site/src/preview/liveCollections.ts`);
  const { content } = requestScope();
  let byName = memo.get(content);
  if (!byName) memo.set(content, (byName = new Map()));
  let list = byName.get(name);
  if (!list) byName.set(name, (list = toEntries(content)));
  // Pages sort the arrays they get: each call hands out its own copy.
  return [...list];
}

export async function getCollection(name: string, filter?: (entry: Entry) => unknown): Promise<Entry[]> {
  const list = entries(name);
  return filter ? list.filter(filter) : list;
}

export async function getEntry(name: string | { collection: string; id: string }, id?: string): Promise<Entry | undefined> {
  const [collection, key] = typeof name === 'string' ? [name, id] : [name.collection, name.id];
  return entries(collection).find((entry) => entry.id === key);
}
