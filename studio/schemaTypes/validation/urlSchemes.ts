import type { UrlRule } from 'sanity';

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
  if (scheme === 'mailto') return url.pathname.includes('@') ? true : 'Add the email address after mailto:, e.g. mailto:hello@example.org';
  if (!url.hostname) return schemeMessage(schemes);
  if (url.username || url.password) return 'Remove the user name or password from the web address';
  return true;
}

/**
 * A url-field rule whose only message is ours. Sanity adds a default `uri()` check to every
 * url field with a technical message; a custom (permissive) uri spec replaces it, so editors
 * see one plain-language error instead of two.
 */
export function urlRule(
  rule: UrlRule,
  options: { required?: boolean; schemes?: readonly UrlScheme[]; check?: (value: unknown) => true | string } = {},
): UrlRule {
  const schemes = options.schemes ?? WEB_SCHEMES;
  const check = options.check ?? ((value: unknown) => checkUrlScheme(value, schemes));
  const checked = rule.uri({ scheme: /^[a-z][a-z0-9+.-]*$/i, allowRelative: true, allowCredentials: true }).custom(check);
  return options.required ? checked.required() : checked;
}

/** A public site address: https is required except for local previews (localhost). */
export function checkSiteUrl(value: unknown): true | string {
  const basic = checkUrlScheme(value, WEB_SCHEMES);
  if (basic !== true || typeof value !== 'string' || value === '') return basic;
  const url = new URL(value);
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol === 'http:' && !local) return 'The live site must use https:// (http:// is only for local previews)';
  if (url.pathname !== '/' || url.search || url.hash) return 'Use only the site address without a page, e.g. https://familyroommission.org';
  return true;
}

/** A menu link: a site path starting with "/" or a full http(s) address. */
export function checkNavHref(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
    return /\s/.test(value) ? 'Remove the spaces from the link' : true;
  }
  return checkUrlScheme(value, WEB_SCHEMES) === true
    ? true
    : 'Use a page path that starts with / (like /podcast) or a web address that starts with https://';
}
