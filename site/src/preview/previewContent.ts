import {
  createContentLakeSource,
  formatProblem,
  loadContent,
  type ContentProblem,
  type ContentSource,
  type SiteContent,
} from '@frm/content';
import { stegaClean } from '@sanity/client/stega';
import { previewEnv } from './previewEnv.ts';
import { stegaFilter } from './stegaFields.ts';

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

interface CacheEntry {
  content?: SiteContent;
  loadedAt: number;
  loading?: Promise<SiteContent>;
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
 * then used with them. Each query runs once.
 */
async function loadWithStega(source: ContentSource): Promise<SiteContent> {
  const answers = new Map<string, Promise<unknown>>();
  const key = (query: string, params: Record<string, unknown>) => JSON.stringify([query, params]);
  const fetchOnce = (query: string, params: Record<string, unknown>) => {
    const id = key(query, params);
    if (!answers.has(id)) answers.set(id, source.fetch(query, params));
    return answers.get(id)!;
  };
  await loadContent(
    { ...source, fetch: async (query, params) => stegaClean(await fetchOnce(query, params)) },
    { ...loadOptions, onWarning: () => {} },
  );
  return loadContent({ ...source, fetch: fetchOnce }, loadOptions);
}

/** Every page's content for one request, validated by the same models as the static build. */
export function previewContent(perspective: PreviewPerspective): Promise<SiteContent> {
  let entry = cache.get(perspective);
  if (!entry) cache.set(perspective, (entry = { loadedAt: 0, changed: true }));
  if (entry.changed || !entry.content) return (entry.loading ??= reload(perspective, entry));
  // Aged but not changed: answer with the last content while a reload runs.
  if (Date.now() - entry.loadedAt >= maxAgeMs) entry.loading ??= reload(perspective, entry);
  return Promise.resolve(entry.content);
}

function reload(perspective: PreviewPerspective, entry: CacheEntry): Promise<SiteContent> {
  const startedAt = Date.now();
  const loading =
    perspective === 'drafts' ? loadWithStega(sourceFor(perspective)) : loadContent(sourceFor(perspective), loadOptions);
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
