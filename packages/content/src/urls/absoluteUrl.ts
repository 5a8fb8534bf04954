/**
 * An absolute URL on the site's origin, for feeds, canonical links and structured data:
 * site-relative paths (`/media/ep1.mp3`) resolve against the site URL (with or without a trailing
 * slash); absolute URLs (the Sanity CDN, an external host) are kept as they are.
 */
export function absoluteUrl(url: string, siteUrl: string): string {
  return new URL(url, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
