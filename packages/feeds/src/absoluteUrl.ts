/**
 * An absolute URL for a feed: site-relative paths (`/media/ep1.mp3`) are resolved against the
 * site URL; absolute URLs (the Sanity CDN, an external host) are kept as they are.
 */
export function absoluteUrl(url: string, siteUrl: string): string {
  return new URL(url, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
