import { invalidatePreviewContent, setPreviewContentMaxAge } from './previewContent.ts';
import { lakeClient } from './lakeClient.ts';

type ChangeListener = () => void;

const listeners = new Set<ChangeListener>();
let started = false;
let notifyTimer: ReturnType<typeof setTimeout> | undefined;

/** Calls `listener` after each change in the Content Lake (a burst of mutations counts once). */
export function onLakeChange(listener: ChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * One listener on the Content Lake per server (with the read token, so drafts count too): a
 * change empties the content cache and tells the open draft-mode pages to refresh.
 */
export function watchLakeChanges(): void {
  if (started) return;
  started = true;
  connect();
}

function connect(): void {
  const client = lakeClient();
  const subscription = client
    .listen('*', {}, { events: ['welcome', 'mutation'], includeResult: false, visibility: 'query' })
    .subscribe({
      next: (event) => {
        if (event.type === 'welcome') setPreviewContentMaxAge(30_000);
        // Missed changes while (re)connecting count as a change too.
        invalidatePreviewContent();
        if (event.type === 'mutation') scheduleNotify();
      },
      error: (error: unknown) => {
        // The message only: an error object may carry request headers.
        console.warn(
          `[preview] Content Lake change stream closed (${error instanceof Error ? error.message : 'unknown error'}); content is reloaded every second until it reconnects`,
        );
        setPreviewContentMaxAge(1_000);
        subscription?.unsubscribe();
        setTimeout(connect, 5_000).unref();
      },
    });
}

function scheduleNotify(): void {
  clearTimeout(notifyTimer);
  notifyTimer = setTimeout(() => listeners.forEach((listener) => listener()), 30);
}
