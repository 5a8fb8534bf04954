import type { z } from 'zod';
import { episodeModel } from '../models/episode.ts';
import { pageModel } from '../models/page.ts';
import { personModel } from '../models/person.ts';
import { podcastSettingsModel } from '../models/podcast.ts';
import { postModel } from '../models/post.ts';
import { redirectModel } from '../models/redirect.ts';
import { resourceModel } from '../models/resource.ts';
import { siteSettingsModel } from '../models/siteSettings.ts';
import { topicModel } from '../models/topic.ts';
import {
  episodesQuery,
  pagesQuery,
  peopleQuery,
  podcastSettingsQuery,
  postsQuery,
  redirectsQuery,
  resourcesQuery,
  siteSettingsQuery,
  topicsQuery,
} from '../queries.ts';
import { siteTypes, type SiteCollection, type SiteType } from './siteTypes.ts';

/**
 * The content registry: for each collection the site renders, its Studio document type, the GROQ
 * query that loads it, the zod model of one document, and whether it is a singleton or scheduled
 * (siteTypes.ts, which also drives the rebuild triggers). The loader, the build's content config
 * and the preview's collections all read it; a new document type is one row here.
 */
export const contentRegistry = {
  siteSettings: { ...siteTypes.siteSettings, query: siteSettingsQuery, model: siteSettingsModel },
  podcast: { ...siteTypes.podcast, query: podcastSettingsQuery, model: podcastSettingsModel },
  posts: { ...siteTypes.posts, query: postsQuery, model: postModel },
  episodes: { ...siteTypes.episodes, query: episodesQuery, model: episodeModel },
  resources: { ...siteTypes.resources, query: resourcesQuery, model: resourceModel },
  topics: { ...siteTypes.topics, query: topicsQuery, model: topicModel },
  people: { ...siteTypes.people, query: peopleQuery, model: personModel },
  pages: { ...siteTypes.pages, query: pagesQuery, model: pageModel },
  redirects: { ...siteTypes.redirects, query: redirectsQuery, model: redirectModel },
} as const satisfies Record<SiteCollection, SiteType & { query: string; model: z.ZodType }>;

type Registry = typeof contentRegistry;

/** One document of a collection, validated. */
export type SiteDocument<K extends SiteCollection> = z.output<Registry[K]['model']>;

/** Everything the site renders, validated: a singleton's document, or a list of documents. */
export type SiteContent = {
  [K in SiteCollection]: Registry[K] extends { singletonId: string } ? SiteDocument<K> : Array<SiteDocument<K>>;
};

/** Every query the site loads, by the collection it fills. */
export const contentQueries = Object.fromEntries(
  Object.entries(contentRegistry).map(([name, entry]) => [name, entry.query]),
) as { [K in SiteCollection]: Registry[K]['query'] };
