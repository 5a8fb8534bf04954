/*
 * The redirect rules of @frm/content that the build runs too, for the Studio. Imported by file:
 * the package's root also loads Node-only modules (tar's zlib, `process`) that stop the Studio in
 * the browser. Import them from `@frm/content/redirects` once the package exports that path.
 */
export {
  REDIRECTABLE_TYPES,
  checkRedirectFrom,
  checkRedirectUrl,
  redirectFromPath,
  type Redirect,
} from '../../packages/content/src/redirects/redirectRules.ts';
export {
  redirectsFromCheckQuery,
  type RedirectCheckResult,
} from '../../packages/content/src/redirects/contentRedirects.ts';
export { redirectCheckQuery } from '../../packages/content/src/queries.ts';
