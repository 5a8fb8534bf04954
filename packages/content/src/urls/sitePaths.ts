/*
 * Every site path in one place, so the site's pages, feeds, sitemap and internal links and the
 * studio's "Open on site", slug hints and Preview locations all agree.
 * Pages end with a slash (astro.config trailingSlash: 'always'); files have none.
 */

export const paths = {
  home: () => '/',
  blog: (page = 1) => (page <= 1 ? '/blog/' : `/blog/${page}/`),
  post: (slug: string) => `/blog/${slug}/`,
  topic: (slug: string) => `/blog/topics/${slug}/`,
  topicFeed: (slug: string) => `/blog/topics/${slug}/rss.xml`,
  blogFeed: () => '/rss.xml',
  podcast: () => '/podcast/',
  episodes: (page = 1) => (page <= 1 ? '/podcast/episodes/' : `/podcast/episodes/${page}/`),
  episode: (slug: string) => `/podcast/${slug}/`,
  podcastFeed: () => '/podcast/feed.xml',
  chapters: (slug: string) => `/podcast/chapters/${slug}.json`,
  transcript: (slug: string, extension: string) => `/podcast/transcripts/${slug}.${extension}`,
  resources: (kind?: string) => (kind ? `/resources/${kind}/` : '/resources/'),
  page: (slug: string) => `/${slug}/`,
  person: (slug: string) => `/people/${slug}/`,
  search: () => '/search/',
  privacy: () => '/privacy/',
  /** Files of the embedded dataset (audio, downloads, transcripts), served as-is. */
  media: (fileName: string) => `/media/${fileName}`,
} as const;

/** Document types with a page (or an anchor) on the site. */
export const SITE_PAGE_TYPES = [
  'post',
  'podcastEpisode',
  'topic',
  'page',
  'person',
  'resource',
  'podcast',
  'siteSettings',
] as const;

/**
 * The site path of a document by its type and slug (internal links in Portable Text, the studio's
 * links to the site), or undefined when it has no page of its own (yet): no slug, or a type
 * without pages. The two singletons open their section.
 */
export function documentPath(target: { _type: string; slug?: string | null | undefined }): string | undefined {
  switch (target._type) {
    case 'siteSettings':
      return paths.home();
    case 'podcast':
      return paths.podcast();
  }
  const slug = typeof target.slug === 'string' ? target.slug.trim() : '';
  if (!slug) return undefined;
  switch (target._type) {
    case 'post':
      return paths.post(slug);
    case 'podcastEpisode':
      return paths.episode(slug);
    case 'topic':
      return paths.topic(slug);
    case 'page':
      return paths.page(slug);
    case 'resource':
      return `${paths.resources()}#${slug}`;
    case 'person':
      return paths.person(slug);
    default:
      return undefined;
  }
}
