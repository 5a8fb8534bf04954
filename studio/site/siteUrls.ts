/**
 * Where a document appears on the public site. Mirrors site/src/lib/urls.ts (the studio bundle
 * cannot import the Astro site), and studio/site/siteUrls.test.ts keeps the two in step.
 */

export const DEFAULT_SITE_URL = 'https://familyroommission.org';
/** `pnpm dev:preview` serves the site from drafts here. */
export const DEFAULT_PREVIEW_URL = 'http://localhost:4322';

/** The production site (SANITY_STUDIO_SITE_URL, read when the studio is built). */
export const siteOrigin = (env: Record<string, string | undefined> = process.env) => (env.SANITY_STUDIO_SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, '');
/** The draft-preview site (SANITY_STUDIO_PREVIEW_URL). */
export const previewOrigin = (env: Record<string, string | undefined> = process.env) => (env.SANITY_STUDIO_PREVIEW_URL || DEFAULT_PREVIEW_URL).replace(/\/+$/, '');

/** The site path of a document, or undefined when it has no page of its own (yet). */
export function sitePath(type: string, slug: string | null | undefined): string | undefined {
  switch (type) {
    case 'siteSettings':
      return '/';
    case 'podcast':
      return '/podcast/';
  }
  const s = typeof slug === 'string' ? slug.trim() : '';
  if (!s) return undefined;
  switch (type) {
    case 'post':
      return `/blog/${s}/`;
    case 'podcastEpisode':
      return `/podcast/${s}/`;
    case 'topic':
      return `/blog/topics/${s}/`;
    case 'page':
      return `/${s}/`;
    case 'person':
      return `/people/${s}/`;
    case 'resource':
      return `/resources/#${s}`;
    default:
      return undefined;
  }
}

/** Types with a page (or an anchor) on the site. */
export const SITE_PAGE_TYPES = ['post', 'podcastEpisode', 'topic', 'page', 'person', 'resource', 'podcast', 'siteSettings'] as const;

export function siteUrl(type: string, slug: string | null | undefined, origin: string = siteOrigin()): string | undefined {
  const path = sitePath(type, slug);
  return path === undefined ? undefined : `${origin}${path}`;
}
