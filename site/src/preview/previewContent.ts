import { createContentLakeSource, formatProblem, loadContent, type ContentSource, type SiteContent } from '@frm/content';
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
  /** A change arrived: the next request must wait for fresh content. */
  stale: boolean;
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

/** Every page's content for one request, validated by the same models as the static build. */
export function previewContent(perspective: PreviewPerspective): Promise<SiteContent> {
  const entry = cache.get(perspective) ?? { loadedAt: 0, stale: true };
  cache.set(perspective, entry);
  const fresh = !entry.stale && Date.now() - entry.loadedAt < maxAgeMs;
  if (entry.content && fresh) return Promise.resolve(entry.content);
  // Aged but not changed: answer with the last content while a reload runs.
  const mustWait = entry.stale || !entry.content;
  const loading = (entry.loading ??= reload(perspective, entry));
  return mustWait || !entry.content ? loading : Promise.resolve(entry.content);
}

function reload(perspective: PreviewPerspective, entry: CacheEntry): Promise<SiteContent> {
  const startedAt = Date.now();
  entry.stale = false;
  const loading = loadContent(sourceFor(perspective), { now: END_OF_TIME, onWarning: (problem) => console.warn(`[preview] ${formatProblem(problem)}`) });
  loading.then(
    (content) => {
      // A change that arrived during the load leaves the entry stale.
      if (entry.loading === loading) Object.assign(entry, { content, loadedAt: startedAt, loading: undefined });
    },
    () => {
      if (entry.loading === loading) Object.assign(entry, { content: undefined, loading: undefined, stale: true });
    },
  );
  return loading;
}

/** The Content Lake changed: every request from now on waits for content loaded after the change. */
export function invalidatePreviewContent(): void {
  for (const entry of cache.values()) {
    entry.stale = true;
    entry.loading = undefined;
  }
}
