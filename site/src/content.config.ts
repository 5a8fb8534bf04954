import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { episodeModel, pageModel, personModel, podcastSettingsModel, postModel, resourceModel, siteSettingsModel, topicModel } from '@frm/content';
import { siteContentLoader } from './content/siteContentLoader.ts';

const bySlug = <T extends { slug: string }>(docs: T[]) => docs.map((data) => ({ id: data.slug, data }));

export const collections = {
  posts: defineCollection({ loader: siteContentLoader('posts', ({ content }) => bySlug(content.posts)), schema: postModel }),
  episodes: defineCollection({ loader: siteContentLoader('episodes', ({ content }) => bySlug(content.episodes)), schema: episodeModel }),
  resources: defineCollection({ loader: siteContentLoader('resources', ({ content }) => bySlug(content.resources)), schema: resourceModel }),
  topics: defineCollection({ loader: siteContentLoader('topics', ({ content }) => bySlug(content.topics)), schema: topicModel }),
  people: defineCollection({ loader: siteContentLoader('people', ({ content }) => bySlug(content.people)), schema: personModel }),
  pages: defineCollection({ loader: siteContentLoader('pages', ({ content }) => bySlug(content.pages)), schema: pageModel }),
  // The two singletons, each a collection of one entry with the singleton's document id.
  siteSettings: defineCollection({ loader: siteContentLoader('siteSettings', ({ content }) => [{ id: 'siteSettings', data: content.siteSettings }]), schema: siteSettingsModel }),
  podcast: defineCollection({ loader: siteContentLoader('podcast', ({ content }) => [{ id: 'podcast', data: content.podcast }]), schema: podcastSettingsModel }),
  // Files of the embedded export served under /media/ (empty on the Content Lake source).
  media: defineCollection({
    loader: siteContentLoader('media', ({ media }) => [...media].map(([fileName, path]) => ({ id: fileName, data: { path } }))),
    schema: z.object({ path: z.string() }),
  }),
};
