import {
  ContentError,
  createContentLakeSource,
  formatProblem,
  loadContent,
  runContentQueries,
  validateQueryResults,
  type ContentProblem,
  type ContentSource,
  type SiteContent,
} from '@frm/content';
import { stegaClean } from '@sanity/client/stega';
import { previewEnv } from './previewEnv.ts';
import { stegaFilter } from './stegaFields.ts';
import { withholdDrafts } from './withheldDrafts.ts';

export type PreviewPerspective = 'published' | 'drafts';

/** Preview shows scheduled posts and episodes too (with a banner), so nothing is "in the future". */
const END_OF_TIME = new Date('9999-12-31T23:59:59Z');

/**
 * Content is reloaded at once when the Content Lake reports a change (see lakeChanges.ts); this
 * age only bounds how stale it can get if that stream is down. Within it, a reload runs in the
 * background while requests keep the last good content.
 */
let maxAgeMs = 1_000;
export function setPreviewContentMaxAge(ms: number): void {
  maxAgeMs = ms;
}

/** The content a preview page renders, and the drafts it leaves out because the build would reject them. */
export interface PreviewContent {
  content: SiteContent;
  /** Each left-out draft's problems, by its page's path (drafts only). */
  withheld: ReadonlyMap<string, readonly ContentProblem[]>;
  /** Every left-out draft's problems. */
  withheldProblems: readonly ContentProblem[];
}

interface CacheEntry {
  content?: PreviewContent;
  loadedAt: number;
  loading?: Promise<PreviewContent>;
  /** The Content Lake changed since `content` was loaded: requests wait for `loading`. */
  changed: boolean;
}

const sources = new Map<PreviewPerspective, ContentSource>();
const cache = new Map<PreviewPerspective, CacheEntry>();

function sourceFor(perspective: PreviewPerspective): ContentSource {
  let source = sources.get(perspective);
  if (!source) {
    const env = previewEnv();
    source = createContentLakeSource({
      projectId: env.projectId,
      dataset: env.dataset,
      apiVersion: env.apiVersion,
      apiHost: env.apiHost,
      token: env.token,
      perspective,
      timeoutMs: 10_000,
      retry: { retries: 1, maxDelayMs: 2_000 },
      ...(perspective === 'drafts' ? { stega: { enabled: true, studioUrl: env.studioUrl, filter: stegaFilter } } : {}),
    });
    sources.set(perspective, source);
  }
  return source;
}

const loadOptions = {
  now: END_OF_TIME,
  onWarning: (problem: ContentProblem) => console.warn(`[preview] ${formatProblem(problem)}`),
};

/**
 * Drafts come with stega, and invisible characters must not hide a problem (a title of spaces plus
 * stega is not empty): the content is validated without them, exactly as the build would, and only
 * then used with them. Each query runs once. A draft the build would reject is left out (its
 * published version shown in its place) when the rest is valid without it.
 */
async function loadDrafts(source: ContentSource): Promise<PreviewContent> {
  const answers = new Map<string, Promise<unknown>>();
  const key = (query: string, params: Record<string, unknown>) => JSON.stringify([query, params]);
  const fetchOnce = (query: string, params: Record<string, unknown>) => {
    const id = key(query, params);
    if (!answers.has(id)) answers.set(id, source.fetch(query, params));
    return answers.get(id)!;
  };
  const withStega = { ...source, fetch: fetchOnce };
  try {
    await loadContent(
      { ...source, fetch: async (query, params) => stegaClean(await fetchOnce(query, params)) },
      { ...loadOptions, onWarning: () => {} },
    );
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return withoutRejectedDrafts(withStega, error);
  }
  return { content: await loadContent(withStega, loadOptions), withheld: new Map(), withheldProblems: [] };
}

/** The drafts with those `rejected` names as published; `rejected` itself when the rest is not valid either. */
async function withoutRejectedDrafts(drafts: ContentSource, rejected: ContentError): Promise<PreviewContent> {
  const [draftResults, publishedResults] = await Promise.all([
    runContentQueries(drafts, END_OF_TIME),
    runContentQueries(sourceFor('published'), END_OF_TIME),
  ]);
  const { results, byPath } = withholdDrafts(draftResults, publishedResults, rejected.problems);
  if (validateQueryResults(stegaClean(results)).problems.length > 0) throw rejected;
  const { content, problems } = validateQueryResults(results);
  if (problems.length > 0) throw rejected;
  return { content: content as SiteContent, withheld: byPath, withheldProblems: rejected.problems };
}

/** Every page's content for one request, validated by the same models as the static build. */
export function previewContent(perspective: PreviewPerspective): Promise<PreviewContent> {
  let entry = cache.get(perspective);
  if (!entry) cache.set(perspective, (entry = { loadedAt: 0, changed: true }));
  if (entry.changed || !entry.content) return (entry.loading ??= reload(perspective, entry));
  // Aged but not changed: answer with the last content while a reload runs.
  if (Date.now() - entry.loadedAt >= maxAgeMs) entry.loading ??= reload(perspective, entry);
  return Promise.resolve(entry.content);
}

function reload(perspective: PreviewPerspective, entry: CacheEntry): Promise<PreviewContent> {
  const startedAt = Date.now();
  const loading =
    perspective === 'drafts'
      ? loadDrafts(sourceFor(perspective))
      : loadContent(sourceFor(perspective), loadOptions).then((content) => ({
          content,
          withheld: new Map(),
          withheldProblems: [],
        }));
  loading.then(
    (content) => {
      // A newer load (after another change) replaces this one.
      if (entry.loading === loading)
        Object.assign(entry, { content, loadedAt: startedAt, loading: undefined, changed: false });
    },
    () => {
      if (entry.loading === loading) Object.assign(entry, { content: undefined, loading: undefined, changed: true });
    },
  );
  return loading;
}

/**
 * The Content Lake changed: every request from now on waits for content loaded after the change.
 * The reload starts at once, while the open pages are being told to refresh.
 */
export function invalidatePreviewContent(): void {
  for (const [perspective, entry] of cache) {
    entry.changed = true;
    entry.loading = reload(perspective, entry);
  }
}
