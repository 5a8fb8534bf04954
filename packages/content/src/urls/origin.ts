/** The site's public origin when SITE_URL (build) or SANITY_STUDIO_SITE_URL (studio) is not set. */
export const DEFAULT_SITE_URL = 'https://familyroommission.org';

/** Where `pnpm preview:server` serves the draft preview, for the studio's Preview tool. */
export const DEFAULT_PREVIEW_URL = 'http://localhost:4322';

/** Where `sanity dev` (in studio/) serves the Studio locally: the preview server's default SANITY_STUDIO_URL. */
export const DEFAULT_STUDIO_URL = 'http://localhost:3333';

/** A site address as the build writes it: without a trailing slash (the env and Site settings both store it so). */
export const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');
