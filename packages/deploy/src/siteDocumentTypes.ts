/*
 * The document types the site is built from: a published change to any of them (or a delete)
 * must rebuild the site. The Sanity webhook's filter and the scheduled due-check both use this
 * list. Dependency-free: the due-check imports it before `pnpm install`.
 */
export const SITE_DOCUMENT_TYPES = ['siteSettings', 'podcast', 'post', 'podcastEpisode', 'resource', 'person', 'topic', 'page'] as const;

/** Types with a `publishedAt` the site hides until it has passed (scheduled posts and episodes). */
export const SCHEDULED_TYPES = ['post', 'podcastEpisode'] as const;
