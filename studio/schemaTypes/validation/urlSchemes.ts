import { WEB_SCHEMES, checkUrlScheme, type UrlScheme } from '@frm/content/rules';
import type { UrlRule } from 'sanity';

// The check itself is the shared rule (packages/content/src/rules/webAddress.ts); the build applies it too.
export { LINK_SCHEMES, WEB_SCHEMES, checkUrlScheme } from '@frm/content/rules';

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
  const checked = rule
    .uri({ scheme: /^[a-z][a-z0-9+.-]*$/i, allowRelative: true, allowCredentials: true })
    .custom(check);
  return options.required ? checked.required() : checked;
}

/** A public site address: https is required except for local previews (localhost). */
export function checkSiteUrl(value: unknown): true | string {
  const basic = checkUrlScheme(value, WEB_SCHEMES);
  if (basic !== true || typeof value !== 'string' || value === '') return basic;
  const url = new URL(value);
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol === 'http:' && !local) return 'The live site must use https:// (http:// is only for local previews)';
  if (url.pathname !== '/' || url.search || url.hash)
    return 'Use only the site address without a page, e.g. https://familyroommission.org';
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
