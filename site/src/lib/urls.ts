// The site's paths and URLs are defined once in @frm/content/urls (the studio links to the same
// pages); the site's components import them from here.
export { absoluteUrl, documentPath, paths } from '@frm/content/urls';
