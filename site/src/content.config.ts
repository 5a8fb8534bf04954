import { defineCollection } from 'astro:content';
import { episodeModel, pageModel, personModel, podcastSettingsModel, postModel, resourceModel, siteSettingsModel, topicModel } from '@frm/content';
import { siteContentLoader } from './content/siteContentLoader.ts';

const bySlug = <T extends { slug: string }>(docs: T[]) => docs.map((data) => ({ id: data.slug, data }));

export const collections = {
  posts: defineCollection({ loader: siteContentLoader('posts', (c) => bySlug(c.posts)), schema: postModel }),
  episodes: defineCollection({ loader: siteContentLoader('episodes', (c) => bySlug(c.episodes)), schema: episodeModel }),
  resources: defineCollection({ loader: siteContentLoader('resources', (c) => bySlug(c.resources)), schema: resourceModel }),
  topics: defineCollection({ loader: siteContentLoader('topics', (c) => bySlug(c.topics)), schema: topicModel }),
  people: defineCollection({ loader: siteContentLoader('people', (c) => bySlug(c.people)), schema: personModel }),
  pages: defineCollection({ loader: siteContentLoader('pages', (c) => bySlug(c.pages)), schema: pageModel }),
  // The two singletons, each a collection of one entry with the singleton's document id.
  siteSettings: defineCollection({ loader: siteContentLoader('siteSettings', (c) => [{ id: 'siteSettings', data: c.siteSettings }]), schema: siteSettingsModel }),
  podcast: defineCollection({ loader: siteContentLoader('podcast', (c) => [{ id: 'podcast', data: c.podcast }]), schema: podcastSettingsModel }),
};
