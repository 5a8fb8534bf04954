import type { Redirect } from '@frm/content';

/** Cloudflare Pages reads at most this many static rules from `_redirects` (Netlify has no such limit). */
export const CLOUDFLARE_STATIC_REDIRECTS_LIMIT = 2000;
/** …and ignores a rule longer than this. */
export const CLOUDFLARE_REDIRECT_LINE_LIMIT = 1000;

/** A path as a request carries it (`/café/` → `/caf%C3%A9/`); an absolute URL is already one. */
const requestPath = (path: string) => (path.startsWith('/') ? encodeURI(path) : path);

/**
 * The `_redirects` file of Cloudflare Pages and Netlify: one `from to status` line per redirect.
 * A file Cloudflare would read only in part stops the build: it drops the rest without a word.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  if (redirects.length > CLOUDFLARE_STATIC_REDIRECTS_LIMIT)
    throw new Error(
      `_redirects: the content has ${redirects.length} redirects; Cloudflare Pages reads at most ${CLOUDFLARE_STATIC_REDIRECTS_LIMIT}. Remove old addresses that no longer get visits (documents' "Old addresses" and redirect documents).`,
    );
  return redirects
    .map((r) => {
      const line = `${requestPath(r.from)} ${requestPath(r.to)} ${r.status}`;
      if (line.length > CLOUDFLARE_REDIRECT_LINE_LIMIT)
        throw new Error(
          `_redirects: ${r.source.type} "${r.source.id}" field "${r.source.field}": the redirect from ${r.from} is ${line.length} characters long; Cloudflare Pages ignores a rule over ${CLOUDFLARE_REDIRECT_LINE_LIMIT}. Shorten the address.`,
        );
      return `${line}\n`;
    })
    .join('');
}
