import type * as astroContent from 'astro:content';
import { byNewest } from './dates.ts';

type Collections = Pick<typeof astroContent, 'getCollection' | 'getEntry'>;

/*
 * getCollection and getEntry for every page, layout and helper. The static build reads Astro's
 * content collections; the preview build (FRM_PREVIEW, set in astro.preview.config.mjs) answers
 * the same calls from the request's live content (preview/liveCollections.ts), with the same ids
 * and data. The constant leaves the other module out of each build.
 */
const collections: Collections = import.meta.env.FRM_PREVIEW
  ? ((await import('../preview/liveCollections.ts')) as unknown as Collections)
  : await import('astro:content');
export const { getCollection, getEntry } = collections;

/*
 * Collection reads the pages share. Astro caches collection data per build, so these are cheap;
 * sorting happens here once so every list on the site agrees.
 */

export const siteSettings = async () => (await getEntry('siteSettings', 'siteSettings'))!.data;
export const podcastSettings = async () => (await getEntry('podcast', 'podcast'))!.data;
export const postsNewestFirst = async () => (await getCollection('posts')).sort(byNewest);
export const episodesNewestFirst = async () => (await getCollection('episodes')).sort(byNewest);
