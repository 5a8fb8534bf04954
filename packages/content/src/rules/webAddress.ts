/*
 * The one check for a web address typed into the Studio and read by the build. The messages are
 * for editors; the build's zod models report the same message under the field's path.
 */

/** Schemes most web-address fields accept. */
export const WEB_SCHEMES = ['http', 'https'] as const;
/** Rich-text links may also open an email (mailto:). */
export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

export type UrlScheme = 'http' | 'https' | 'mailto';

function schemeMessage(schemes: readonly UrlScheme[]): string {
  return schemes.includes('mailto')
    ? 'Use a web address that starts with https:// (or mailto: for an email link)'
    : 'Use a web address that starts with https://';
}

/** True when `value` is empty or an absolute URL using one of `schemes`; otherwise a message for editors. */
export function checkUrlScheme(value: unknown, schemes: readonly UrlScheme[] = WEB_SCHEMES): true | string {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value !== 'string') return schemeMessage(schemes);
  if (value.trim() !== value) return 'Remove the spaces before or after the web address';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return schemeMessage(schemes);
  }
  const scheme = url.protocol.replace(/:$/, '') as UrlScheme;
  if (!schemes.includes(scheme)) return schemeMessage(schemes);
  if (scheme === 'mailto')
    return url.pathname.includes('@') ? true : 'Add the email address after mailto:, e.g. mailto:hello@example.org';
  if (!url.hostname) return schemeMessage(schemes);
  if (url.username || url.password) return 'Remove the user name or password from the web address';
  return true;
}
