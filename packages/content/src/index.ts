export * from './models/index.ts';
export * from './queries.ts';
export { contentRegistry, contentQueries, type SiteDocument } from './registry/contentRegistry.ts';
export {
  siteTypes,
  siteCollections,
  rebuildTypes,
  scheduledTypes,
  unreadStudioTypes,
  PUBLISHED,
  type SiteCollection,
  type SiteType,
} from './registry/siteTypes.ts';
export { ContentError, formatProblem, formatProblems, type ContentProblem } from './report/contentProblems.ts';
export { exportRoot, readDatasetExport, type DatasetExport } from './export/readDatasetExport.ts';
export { mimeTypeOf } from './export/resolveAssets.ts';
export type { SanityDocumentLike } from './export/types.ts';
export type { ContentSource } from './sources/contentSource.ts';
export { createDocumentsSource, createEmbeddedSource, embeddedAssetFilePath } from './sources/embeddedSource.ts';
export { createContentLakeSource, type ContentLakeConfig } from './sources/contentLakeSource.ts';
export { assetDownloadUrl, SANITY_CDN_ORIGIN } from './sources/assetDownloadUrl.ts';
export { moveAudioToBucketFromEnv } from './media/audioBucket.ts';
export { contentSourceFromEnv, type ContentEnv } from './sources/sourceFromEnv.ts';
export { DEFAULT_API_VERSION } from './config/sanityApi.ts';
export {
  loadContent,
  runContentQueries,
  validateQueryResults,
  type SiteContent,
  type LoadOptions,
  type QueryResults,
} from './load/loadContent.ts';
export * from './vocabulary.ts';
export { safeHref, embedTarget, type EmbedTarget } from './links/safeHref.ts';
export { readContentReport, writeContentReport, type ContentReport } from './report/contentReportFile.ts';
export * from './rules/index.ts';
export {
  REDIRECTABLE_TYPES,
  checkRedirectFrom,
  checkRedirectUrl,
  checkRedirects,
  redirectFromPath,
  type Redirect,
} from './redirects/redirectRules.ts';
export {
  redirectRules,
  redirectsFromCheckQuery,
  type RedirectCheckResult,
  type SiteRedirects,
} from './redirects/contentRedirects.ts';
