/*
 * Loaded on every page of the preview server (never in the static build). In draft mode it turns
 * on Sanity's click-to-edit overlays and keeps the page current: a change in the Content Lake (from
 * the server's event stream) or a refresh request from the Presentation tool re-fetches the page
 * and morphs its body into the new one, without a reload.
 */
import { Idiomorph } from 'idiomorph';

if (document.documentElement.dataset.frmPreview === 'drafts') void startDraftMode();

async function startDraftMode(): Promise<void> {
  const { enableVisualEditing } = await import('@sanity/visual-editing');
  enableVisualEditing({
    refresh: () => refreshPage(),
    // Lets the Presentation tool follow and drive navigation inside the preview.
    history: {
      subscribe: (navigate) => {
        navigate({ type: 'replace', url: `${location.pathname}${location.search}` });
        return () => {};
      },
      update: (update) => {
        if (update.type === 'push') location.assign(update.url);
        else if (update.type === 'replace') location.replace(update.url);
        else history.back();
      },
    },
  });
  const events = new EventSource('/api/preview/events');
  events.addEventListener('message', () => void refreshPage());
  // A change between this page's render and the stream (re)connecting would be missed otherwise.
  events.addEventListener('open', () => void refreshPage());
}

let refreshing: Promise<void> | undefined;
let again = false;

/** One refresh at a time; changes during one lead to exactly one more. */
function refreshPage(): Promise<void> {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      const response = await fetch(location.href, { cache: 'no-store', credentials: 'same-origin' });
      if (!response.ok && response.status !== 200) continue;
      const next = new DOMParser().parseFromString(await response.text(), 'text/html');
      document.title = next.title;
      // The body element itself stays (the overlays observe it); only what changed is touched.
      // Scripts parsed this way never run: the page's own scripts are not started twice.
      Idiomorph.morph(document.body, next.body);
    } while (again);
  })().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}
