import { siteCollections, type SiteContent } from '@frm/content';
import { siteEntries } from '../content/siteEntries.ts';
import { requestScope } from './requestScope.ts';

/*
 * Stands in for `astro:content` in the preview build (see src/lib/collections.ts): the same
 * getCollection/getEntry calls, answered from the content the middleware loaded for this request
 * (published, or drafts in draft mode). The entries have the ids and data the build's
 * collections have (content.config.ts: one entry per slug, singletons by document id).
 */
type Entry = { id: string; collection: string; data: unknown };

const collections: Record<string, (content: SiteContent) => Entry[]> = {
  ...Object.fromEntries(
    siteCollections.map((name) => [
      name,
      (content: SiteContent) => siteEntries(name, content).map((entry) => ({ ...entry, collection: name })),
    ]),
  ),
  // Assets come from Sanity's CDN in preview; nothing is served from an export.
  media: () => [],
};

const memo = new WeakMap<SiteContent, Map<string, Entry[]>>();

function entries(name: string): Entry[] {
  const toEntries = collections[name];
  if (!toEntries)
    throw new Error(
      `Unknown collection "${name}" in the preview build: add its content type to the registry (packages/content/src/registry/contentRegistry.ts)`,
    );
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

export async function getEntry(
  name: string | { collection: string; id: string },
  id?: string,
): Promise<Entry | undefined> {
  const [collection, key] = typeof name === 'string' ? [name, id] : [name.collection, name.id];
  return entries(collection).find((entry) => entry.id === key);
}
