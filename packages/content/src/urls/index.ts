// Browser-safe (the studio bundles it): no Node imports here.
export { absoluteUrl } from './absoluteUrl.ts';
export { DEFAULT_PREVIEW_URL, DEFAULT_SITE_URL, DEFAULT_STUDIO_URL } from './origin.ts';
export { documentPath, paths, SITE_PAGE_TYPES } from './sitePaths.ts';
