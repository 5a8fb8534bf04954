/*
 * Every site path in one place, so pages, feeds, sitemaps and internal links agree.
 * The site uses trailing slashes on pages (astro.config trailingSlash: 'always'); files have none.
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
  /** Files of the embedded dataset (audio, downloads, transcripts), served as-is. */
  media: (fileName: string) => `/media/${fileName}`,
} as const;

/** Absolute URL on the site's origin, for feeds, canonical links and structured data. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** Where an internal link in Portable Text points, by the target document's type. */
export function documentPath(target: { _type: string; slug: string | null }): string | undefined {
  if (!target.slug) return undefined;
  switch (target._type) {
    case 'post':
      return paths.post(target.slug);
    case 'podcastEpisode':
      return paths.episode(target.slug);
    case 'topic':
      return paths.topic(target.slug);
    case 'page':
      return paths.page(target.slug);
    case 'resource':
      return `${paths.resources()}#${target.slug}`;
    case 'person':
      return paths.person(target.slug);
    default:
      return undefined;
  }
}
