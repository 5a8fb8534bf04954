/** The origin of every asset URL the Content Lake answers (`https://cdn.sanity.io/images/...`, `/files/...`). */
export const SANITY_CDN_ORIGIN = 'https://cdn.sanity.io';

/**
 * Where the build downloads a Content Lake asset it needs the bytes of (an uploaded transcript):
 * SANITY_ASSET_BASE_URL, when set, replaces the CDN origin, so a build against the local stand-in
 * (`pnpm content-lake:serve`) reads the files from it instead of the internet. Pages still link to
 * the CDN URL; any other URL is returned unchanged.
 */
export function assetDownloadUrl(url: string, env: { SANITY_ASSET_BASE_URL?: string | undefined }): string {
  const base = env.SANITY_ASSET_BASE_URL?.trim().replace(/\/+$/, '');
  return base && url.startsWith(`${SANITY_CDN_ORIGIN}/`) ? `${base}${url.slice(SANITY_CDN_ORIGIN.length)}` : url;
}
