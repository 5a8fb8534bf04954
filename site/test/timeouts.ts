/**
 * Time allowed for one site build in a test, on a loaded 2-core machine where other builds (the
 * feeds test's, the importer's) run at the same time. It catches a hung build; how fast the site
 * builds is `pnpm bench`'s business.
 */
export const SITE_BUILD_TIMEOUT_MS = 20 * 60_000;
