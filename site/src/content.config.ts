import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentRegistry, siteCollections, type SiteCollection } from '@frm/content';
import { siteContentLoader } from './content/siteContentLoader.ts';
import { siteEntries } from './content/siteEntries.ts';

/** One collection per content type of the registry (@frm/content), with its model as the schema. */
function siteCollection<K extends SiteCollection>(name: K) {
  return defineCollection({ loader: siteContentLoader(name, ({ content }) => siteEntries(name, content)), schema: contentRegistry[name].model });
}

export const collections = {
  ...(Object.fromEntries(siteCollections.map((name) => [name, siteCollection(name)])) as { [K in SiteCollection]: ReturnType<typeof siteCollection<K>> }),
  // Files of the embedded export served under /media/ (empty on the Content Lake source).
  media: defineCollection({
    loader: siteContentLoader('media', ({ media }) => [...media].map(([fileName, path]) => ({ id: fileName, data: { path } }))),
    schema: z.object({ path: z.string() }),
  }),
};
