import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, contentSourceFromEnv, formatProblem, loadContent, writeContentReport, type ContentSource, type DatasetExport, type SanityDocumentLike } from '@frm/content';
import { buildTime, readEnv } from '@frm/content/env';
import { assertFeedPublishable } from '@frm/feeds';
import { localizeAssets, type LocalizedContent } from './localAssets.ts';
import { siteUrlMismatch } from './siteUrlMismatch.ts';

// siteContentLoader.ts takes "now" from here.
export { buildTime };

export interface LoadedSiteContent extends LocalizedContent {
  source: ContentSource;
  /**
   * On the embedded export: the earliest publishedAt after "now" (a scheduled document), until
   * which an unchanged export gives the same content; null when nothing is scheduled.
   */
  validUntil: string | null;
}

let loading: Promise<LoadedSiteContent> | undefined;
let collections = 0;
let collectionsDone = 0;

/** Each collection filled by the bulk load registers here (from its loader's definition). */
export function registerSiteCollection(): void {
  collections++;
}

/**
 * Called by each collection's loader when it no longer needs the bulk load. Once all have, the
 * loaded content (the whole dataset and every query's result) is let go: Astro keeps the loaders
 * for the whole build, and holding it would add the dataset's size to the build's peak memory.
 * A later sync (dev server) loads afresh.
 */
export function siteCollectionDone(): boolean {
  if (++collectionsDone < collections) return false;
  collectionsDone = 0;
  loading = undefined;
  return true;
}

/**
 * One bulk load per build, shared by every collection: each query runs once and all content is
 * validated before Astro renders a page, so a bad document stops the build with the full report.
 */
export function loadSiteContent(siteRoot: URL, warn: (message: string) => void): Promise<LoadedSiteContent> {
  loading ??= (async () => {
    const source = await contentSourceFromEnv(process.env, seedDataset(siteRoot));
    const now = buildTime();
    const drafts = readEnv().sanity.perspective === 'drafts';
    const content = await loadContent(source, { now, onWarning: (problem) => warn(formatProblem(problem)) })
      // The feed's own requirements too, so they reach the report (and the Studio) like any other
      // content problem. Not in draft preview, where only the feed page should fail.
      .then((loaded) => (drafts ? loaded : (assertFeedPublishable(loaded.podcast, loaded.episodes), loaded)))
      .then((loaded) => (warnSiteUrlMismatch(loaded.siteSettings.siteUrl, warn), loaded))
      .catch(reportContentError(source));
    return { source, validUntil: nextScheduled(source, now), ...localizeAssets(content, source) };
  })();
  return loading;
}

function warnSiteUrlMismatch(settingsUrl: string, warn: (message: string) => void): void {
  const problem = siteUrlMismatch(settingsUrl, readEnv().siteUrl);
  if (problem) warn(formatProblem(problem));
}

/** With CONTENT_REPORT_FILE set, a content failure is also written as JSON (the deploy workflow shows it in the Studio). */
function reportContentError(source: ContentSource) {
  return async (error: unknown): Promise<never> => {
    const file = readEnv().contentReportFile;
    if (file && error instanceof ContentError) {
      await writeContentReport(resolve(file), { failedAt: new Date().toISOString(), source: source.description, problems: [...error.problems] });
    }
    throw error;
  };
}

function seedDataset(siteRoot: URL): string {
  return fileURLToPath(new URL('../packages/dataset-tools/seed/', siteRoot));
}

/** The embedded export the build reads (LOCAL_DATASET or the seed); undefined on the Content Lake. */
export function localDatasetPath(siteRoot: URL): string | undefined {
  const env = readEnv();
  if (env.sanity.projectId) return undefined;
  return resolve(env.localDataset ?? seedDataset(siteRoot));
}

function nextScheduled(source: ContentSource, now: Date): string | null {
  const documents = (source as ContentSource & { dataset?: { documents: SanityDocumentLike[] } }).dataset?.documents ?? [];
  let next: number | undefined;
  for (const doc of documents) {
    const at = typeof doc.publishedAt === 'string' ? Date.parse(doc.publishedAt) : Number.NaN;
    if (at > now.getTime() && (next === undefined || at < next)) next = at;
  }
  return next === undefined ? null : new Date(next).toISOString();
}

let fingerprinting: Promise<string | undefined> | undefined;

/**
 * What the collections are made from, for rebuilds: on the embedded export, a hash of its
 * data.ndjson (or archive), its path, and the code that turns it into collections (the content
 * package and this folder); Astro itself clears the store when its config or the content config
 * changes. undefined on the Content Lake, which is always read.
 */
export function contentFingerprint(siteRoot: URL, loaded?: LoadedSiteContent): Promise<string | undefined> {
  fingerprinting ??= (async () => {
    const dataset = localDatasetPath(siteRoot);
    if (!dataset) return undefined;
    const info = await stat(dataset).catch(() => undefined);
    if (!info) return undefined;
    // A folder's data.ndjson was hashed as it was read for the load, if that came first.
    const exported = (loaded?.source as { dataset?: DatasetExport } | undefined)?.dataset;
    const known = info.isDirectory() ? exported?.ndjsonSha256 : undefined;
    const data = known ? undefined : await readFile(info.isDirectory() ? join(dataset, 'data.ndjson') : dataset).catch(() => undefined);
    const dataHash = known ?? (data && createHash('sha256').update(data).digest('hex'));
    if (!dataHash) return undefined;
    const hash = createHash('sha256').update(dataset).update('\0').update(dataHash);
    const codeRoots = [fileURLToPath(new URL('../packages/content/src/', siteRoot)), fileURLToPath(new URL('./src/content/', siteRoot)), fileURLToPath(new URL('./src/lib/', siteRoot))];
    for (const root of codeRoots) {
      const files = (await readdir(root, { recursive: true }).catch(() => [] as string[])).filter((name) => name.endsWith('.ts')).sort();
      for (const name of files) hash.update(`\0${name}\0`).update(await readFile(join(root, name)));
    }
    return hash.digest('hex');
  })();
  return fingerprinting;
}
