/**
 * Time allowed for one site build in a test: it may wait for builds from other test files (see
 * buildSite.ts) and takes a minute or more on a loaded 2-core machine. It catches a hung build;
 * how fast the site builds is `pnpm bench`'s business.
 */
export const SITE_BUILD_TIMEOUT_MS = 10 * 60_000;
