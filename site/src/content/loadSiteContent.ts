import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ContentError,
  contentSourceFromEnv,
  formatProblem,
  loadContent,
  moveAudioToBucketFromEnv,
  writeContentReport,
  type ContentProblem,
} from '@frm/content';
import { buildTime, readEnv } from '@frm/content/env';
import { assertFeedPublishable, feedWarnings } from '@frm/feeds';
import { contentLoaded } from './contentLoaded.ts';
import { siteUrlMismatch } from './siteUrlMismatch.ts';
import { localizeAssets, type LocalizedContent } from './localAssets.ts';

// siteContentLoader.ts takes "now" from here.
export { buildTime };

export interface LoadedSiteContent extends LocalizedContent {
  /** Where the content came from, for the log. */
  description: string;
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
    const drafts = readEnv().sanity.perspective === 'drafts';
    const onWarning = (problem: ContentProblem) => warn(formatProblem(problem));
    const content = await loadContent(source, { now: buildTime(), onWarning })
      // The feed's own requirements too, so they reach the report (and the Studio) like any other
      // content problem. Not in draft preview, where only the feed page should fail.
      .then((loaded) =>
        drafts
          ? loaded
          : (assertFeedPublishable(loaded.podcast, loaded.episodes),
            feedWarnings(loaded.episodes).forEach(onWarning),
            loaded),
      )
      .then((loaded) => (warnSiteUrlMismatch(loaded.siteSettings.siteUrl, warn), loaded))
      // Uploaded episode audio to the bucket, when one is configured (a failed copy is reported like content).
      .then((loaded) => (drafts ? loaded : moveAudioToBucketFromEnv(loaded)))
      .catch(reportContentError(source.description));
    const localized = localizeAssets(content, source);
    // To the integrations that write redirects and share cards (contentLoaded.ts).
    contentLoaded(localized);
    return { description: source.description, ...localized };
  })();
  return loading;
}

function warnSiteUrlMismatch(settingsUrl: string, warn: (message: string) => void): void {
  const problem = siteUrlMismatch(settingsUrl, readEnv().siteUrl);
  if (problem) warn(formatProblem(problem));
}

/** With CONTENT_REPORT_FILE set, a content failure is also written as JSON (the deploy workflow shows it in the Studio). */
function reportContentError(description: string) {
  return async (error: unknown): Promise<never> => {
    const file = readEnv().contentReportFile;
    if (file && error instanceof ContentError) {
      await writeContentReport(resolve(file), {
        failedAt: new Date().toISOString(),
        source: description,
        problems: [...error.problems],
      });
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
