import { getCollection, getEntry } from 'astro:content';
import { byNewest } from './dates.ts';

/*
 * Collection reads the pages share. Astro caches collection data per build, so these are cheap;
 * sorting happens here once so every list on the site agrees.
 */

export const siteSettings = async () => (await getEntry('siteSettings', 'siteSettings'))!.data;
export const podcastSettings = async () => (await getEntry('podcast', 'podcast'))!.data;
export const postsNewestFirst = async () => (await getCollection('posts')).sort(byNewest);
export const episodesNewestFirst = async () => (await getCollection('episodes')).sort(byNewest);
