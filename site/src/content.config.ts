import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentRegistry, type SiteCollection } from '@frm/content';
import { siteContentLoader } from './content/siteContentLoader.ts';
import { siteEntries } from './content/siteEntries.ts';

/** A collection of the content registry (@frm/content), its model as the schema. */
const site = <S extends z.ZodType>(name: SiteCollection, schema: S) =>
  defineCollection({ loader: siteContentLoader(name, ({ content }) => siteEntries(name, content)), schema });

// Named one by one so each collection keeps its model's type; `satisfies` fails the check when a registry collection is missing.
export const collections = {
  siteSettings: site('siteSettings', contentRegistry.siteSettings.model),
  podcast: site('podcast', contentRegistry.podcast.model),
  posts: site('posts', contentRegistry.posts.model),
  episodes: site('episodes', contentRegistry.episodes.model),
  resources: site('resources', contentRegistry.resources.model),
  people: site('people', contentRegistry.people.model),
  topics: site('topics', contentRegistry.topics.model),
  pages: site('pages', contentRegistry.pages.model),
  redirects: site('redirects', contentRegistry.redirects.model),
  // Files of the embedded export served under /media/ (empty on the Content Lake source).
  media: defineCollection({
    loader: siteContentLoader('media', ({ media }) =>
      [...media].map(([fileName, path]) => ({ id: fileName, data: { path } })),
    ),
    schema: z.object({ path: z.string() }),
  }),
} satisfies Record<SiteCollection | 'media', unknown>;
