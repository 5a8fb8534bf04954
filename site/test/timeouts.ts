/**
 * Time allowed for one site build in a test. It includes the wait for the build lock (buildSite.ts):
 * at a load of 30, one build of hostileContent.test.ts took 515 s, most of it queued behind the
 * four builds of feeds.build.test.ts and the importer's. It catches a hung build; how fast the
 * site builds is `pnpm bench`'s business.
 */
export const SITE_BUILD_TIMEOUT_MS = 20 * 60_000;
