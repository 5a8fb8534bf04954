import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildContentIndex,
  ContentError,
  contentSourceFromEnv,
  embeddedAssetFilePath,
  exportRoot,
  fileDigest,
  formatProblem,
  loadChangedContent,
  loadContent,
  moveAudioToBucketFromEnv,
  nextScheduled,
  scanExportFile,
  writeContentReport,
  type ChangedExport,
  type ContentProblem,
  type ContentSource,
  type DatasetExport,
  type DocumentCollection,
} from '@frm/content';
import { buildTime, readEnv } from '@frm/content/env';
import { assertFeedPublishable } from '@frm/feeds';
import { readContentIndex, saveContentIndex, type SavedContentIndex } from './contentIndexFile.ts';
import { siteUrlMismatch } from './siteUrlMismatch.ts';
import { localizeAssets, type LocalizedContent } from './localAssets.ts';

// siteContentLoader.ts takes "now" from here.
export { buildTime };

export interface LoadedSiteContent extends LocalizedContent {
  /** Where the content came from, for the log. */
  description: string;
  /**
   * On the embedded export: the earliest publishedAt after "now" (a scheduled document), until
   * which an unchanged export gives the same content; null when nothing is scheduled.
   */
  validUntil: string | null;
  /** The export's data.ndjson digest (exportLines.ts), for the fingerprint. */
  ndjsonDigest?: string;
  /** The saved content index this load matches (each collection records it in its meta); undefined when none is kept. */
  generation?: string;
  /**
   * A rebuild that recomputed only what changed documents can affect: `content` holds just those
   * entries (the singletons and `media` in full), `removed` the slugs whose entries are gone.
   */
  changes?: { removed: Record<DocumentCollection, string[]>; previousGeneration: string; changedDocuments: number };
  /** Why a rebuild with a saved index still loaded everything. */
  fullLoadReason?: string;
}

/** Where a rebuild finds the last load's index, and which one the asking collection was filled from. */
export interface RebuildState {
  cacheDir: URL;
  generation: string | undefined;
}

let loading: Promise<LoadedSiteContent> | undefined;
let loadingAll: Promise<LoadedSiteContent> | undefined;
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
  loadingAll = undefined;
  fingerprinting = undefined;
  scanningExport = undefined;
  return true;
}

/**
 * One bulk load per build, shared by every collection: each query runs once and all content is
 * validated before Astro renders a page, so a bad document stops the build with the full report.
 * On a rebuild of the same embedded export folder with the same code, only what the changed
 * documents can affect is recomputed (loadChangedContent); any doubt loads everything.
 */
export function loadSiteContent(siteRoot: URL, warn: (message: string) => void, rebuild: RebuildState): Promise<LoadedSiteContent> {
  loading ??= (async () => {
    const dataset = localDatasetPath(siteRoot);
    const saved = rebuild.generation && dataset ? readContentIndex(rebuild.cacheDir) : undefined;
    let fullLoadReason: string | undefined;
    if (saved && dataset) {
      const changed = await loadChanges(siteRoot, dataset, saved, rebuild, warn);
      if ('fullLoad' in changed) fullLoadReason = changed.fullLoad;
      else return changed;
    }
    return { ...(await loadAllSiteContent(siteRoot, warn, rebuild.cacheDir)), ...(fullLoadReason && { fullLoadReason }) };
  })();
  return loading;
}

/** Loads and validates everything (and saves the index of an embedded export folder for the next rebuild). */
export function loadAllSiteContent(siteRoot: URL, warn: (message: string) => void, cacheDir: URL): Promise<LoadedSiteContent> {
  loadingAll ??= (async () => {
    const source = await contentSourceFromEnv(process.env, seedDataset(siteRoot));
    const now = buildTime();
    const drafts = readEnv().sanity.perspective === 'drafts';
    const warnings: ContentProblem[] = [];
    const onWarning = (problem: ContentProblem) => (warnings.push(problem), warn(formatProblem(problem)));
    const content = await loadContent(source, { now, onWarning })
      // The feed's own requirements too, so they reach the report (and the Studio) like any other
      // content problem. Not in draft preview, where only the feed page should fail.
      .then((loaded) => (drafts ? loaded : (assertFeedPublishable(loaded.podcast, loaded.episodes), loaded)))
      .then((loaded) => (warnSiteUrlMismatch(loaded.siteSettings.siteUrl, warn), loaded))
      // Uploaded episode audio to the bucket, when one is configured (a failed copy is reported like content).
      .then((loaded) => (drafts ? loaded : moveAudioToBucketFromEnv(loaded)))
      .catch(reportContentError(source.description));
    const exported = (source as ContentSource & { dataset?: DatasetExport }).dataset;
    const localized = localizeAssets(content, source);
    const validUntil = exported ? nextScheduled(exported.documents.map((doc) => doc.publishedAt), now) : null;
    const loaded: LoadedSiteContent = { description: source.description, validUntil, ...localized, ...(exported && { ndjsonDigest: exported.ndjsonDigest }) };
    const dataset = localDatasetPath(siteRoot);
    const index = exported && dataset && isFolder(dataset) ? buildContentIndex(exported, content, warnings) : undefined;
    if (!index || !dataset) return loaded;
    const generation = saveContentIndex(cacheDir, {
      code: await codeFingerprint(siteRoot),
      dataset,
      now,
      validUntil,
      content: index,
      mediaByEntry: localized.mediaByEntry,
      mediaPaths: localized.media,
    });
    return { ...loaded, generation };
  })();
  return loadingAll;
}

/** The rebuild from a saved index, or why it must load everything. */
async function loadChanges(siteRoot: URL, dataset: string, saved: SavedContentIndex, rebuild: RebuildState, warn: (message: string) => void): Promise<LoadedSiteContent | { fullLoad: string }> {
  const now = buildTime();
  if (saved.generation !== rebuild.generation) return { fullLoad: 'the content store is not the one the saved index describes' };
  if (saved.dataset !== dataset || !isFolder(dataset)) return { fullLoad: 'another dataset export' };
  if (saved.code !== (await codeFingerprint(siteRoot))) return { fullLoad: 'the content code changed' };
  // The same live documents only between the last load's "now" and the next scheduled document.
  if (now.getTime() < Date.parse(saved.loadedAt) || (saved.validUntil && now.getTime() >= Date.parse(saved.validUntil))) return { fullLoad: 'another set of live documents (BUILD_TIME)' };
  const exported = await scanExportFolder(dataset);
  const changed = await loadChangedContent(exported, saved.content, now);
  if ('fullLoad' in changed) return changed;
  // The feed's requirements (feedProblems) are per episode and for the show settings, so the
  // recomputed ones suffice; a rule across episodes would need them all here.
  try {
    assertFeedPublishable(changed.content.podcast, changed.content.episodes);
  } catch {
    return { fullLoad: 'the feed has problems to report' };
  }
  changed.warnings.forEach((problem) => warn(formatProblem(problem)));
  warnSiteUrlMismatch(changed.content.siteSettings.siteUrl, warn);
  const localized = localizeAssets(changed.content, { assetFilePath: (url) => embeddedAssetFilePath(exported.root, url) });
  // The singletons' media are kept by their _id, which is always among the affected.
  const mediaByEntry = new Map(Object.entries(saved.mediaByEntry).filter(([id]) => !changed.affected.has(id)));
  for (const [id, files] of localized.mediaByEntry) mediaByEntry.set(id, files);
  const mediaPaths = new Map([...Object.entries(saved.mediaPaths), ...localized.media]);
  const media = new Map([...new Set([...mediaByEntry.values()].flat())].sort().map((file) => [file, mediaPaths.get(file)!]));
  const validUntil = nextScheduled(Object.values(changed.index.documents).map((doc) => doc.publishedAt), now);
  const next = saveContentIndex(rebuild.cacheDir, { code: saved.code, dataset: saved.dataset, now, validUntil, content: changed.index, mediaByEntry, mediaPaths: media });
  return {
    description: `the changed documents of the embedded dataset export at ${exported.root}`,
    validUntil,
    content: changed.content,
    media,
    mediaByEntry: localized.mediaByEntry,
    ndjsonDigest: changed.index.ndjsonDigest,
    generation: next,
    changes: { removed: changed.removed, previousGeneration: saved.generation, changedDocuments: changed.changedDocuments },
  };
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
      await writeContentReport(resolve(file), { failedAt: new Date().toISOString(), source: description, problems: [...error.problems] });
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

let fingerprinting: Promise<string | undefined> | undefined;
let codeHashing: Promise<string> | undefined;
let scanningExport: Promise<ChangedExport> | undefined;

/**
 * An export folder's data.ndjson, its lines hashed once per build (the fingerprint and a rebuild
 * both need them); nothing is parsed, and a rebuild reads again only the lines it needs.
 */
function scanExportFolder(dataset: string): Promise<ChangedExport> {
  scanningExport ??= (async () => {
    const root = await exportRoot(dataset);
    const ndjsonPath = join(root, 'data.ndjson');
    // Synchronous reads here and for the code: a trip through a build's busy event loop per chunk
    // or per file made the rebuild's whole content step.
    return { root, ndjsonPath, lines: scanExportFile(ndjsonPath) };
  })();
  return scanningExport;
}

/**
 * What the collections are made from, for rebuilds: on the embedded export, the digest of its
 * data.ndjson's lines (or a hash of its archive), its path, and the code that turns it into
 * collections; Astro itself clears the store when its config or the content config changes.
 * undefined on the Content Lake, which is always read. The content itself is hashed, not the
 * file's size and times, which can stay the same when the content does not.
 */
export function contentFingerprint(siteRoot: URL, loaded?: LoadedSiteContent): Promise<string | undefined> {
  const dataset = localDatasetPath(siteRoot);
  const info = dataset ? statSync(dataset, { throwIfNoEntry: false }) : undefined;
  if (!dataset || !info) return Promise.resolve(undefined);
  // After loading a folder: the digest of the lines it loaded, not of a read before or after.
  if (info.isDirectory() && loaded?.ndjsonDigest) return fingerprintOf(siteRoot, dataset, loaded.ndjsonDigest);
  fingerprinting ??= (async () => {
    const dataHash = info.isDirectory() ? (await scanExportFolder(dataset).catch(() => undefined))?.lines.digest : tryDigest(dataset);
    return dataHash && fingerprintOf(siteRoot, dataset, dataHash);
  })();
  return fingerprinting;
}

async function fingerprintOf(siteRoot: URL, dataset: string, dataHash: string): Promise<string> {
  return createHash('sha256').update(dataset).update('\0').update(dataHash).update('\0').update(await codeFingerprint(siteRoot)).digest('hex');
}

function tryDigest(file: string): string | undefined {
  try {
    return fileDigest(file);
  } catch {
    return undefined;
  }
}

/**
 * A hash of the code that turns an export into collections: the content package, the site's
 * content and lib folders, and the lockfile (the versions of groq-js, zod and the rest).
 */
function codeFingerprint(siteRoot: URL): Promise<string> {
  codeHashing ??= (async () => {
    const hash = createHash('sha256');
    hash.update(readIfThere(fileURLToPath(new URL('../pnpm-lock.yaml', siteRoot))));
    const codeRoots = [fileURLToPath(new URL('../packages/content/src/', siteRoot)), fileURLToPath(new URL('./src/content/', siteRoot)), fileURLToPath(new URL('./src/lib/', siteRoot))];
    for (const root of codeRoots) {
      const files = (existsSync(root) ? readdirSync(root, { recursive: true, encoding: 'utf8' }) : []).filter((name) => name.endsWith('.ts')).sort();
      for (const name of files) hash.update(`\0${name}\0`).update(readIfThere(join(root, name)));
    }
    return hash.digest('hex');
  })();
  return codeHashing;
}

function readIfThere(path: string): Uint8Array {
  return existsSync(path) ? readFileSync(path) : new Uint8Array();
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
