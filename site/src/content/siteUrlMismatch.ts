import type { ContentProblem } from '@frm/content';

/**
 * The Studio's "Site address" (siteSettings.siteUrl) against the origin this build writes into
 * canonical links, feeds and the sitemap (SITE_URL): when they differ, editors and the live site
 * disagree about where the site is, so the build says so (a warning: the build's origin wins).
 */
export function siteUrlMismatch(settingsUrl: string, buildUrl: string): ContentProblem | undefined {
  // Both are checked URLs; the URL parser settles letter case in the host and a bare origin's slash.
  if (new URL(settingsUrl).href === new URL(buildUrl).href) return undefined;
  return {
    id: 'siteSettings',
    type: 'siteSettings',
    path: 'siteUrl',
    message: `is ${settingsUrl}, but this build writes links, feeds and the sitemap for ${buildUrl} (SITE_URL): change "Site address" in Site settings, or SITE_URL where the site is built, so that they match`,
  };
}
