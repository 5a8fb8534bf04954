import type { LocalizedContent } from './localAssets.ts';

/*
 * Integrations that write files from the content (redirects, share cards) subscribe here, and the
 * content load (loadSiteContent.ts) calls them once the content is loaded and checked. Astro
 * imports the integrations with its config and the loaders with the content config, each in its
 * own module graph of the one build process, so the subscribers are kept under a registered symbol.
 * A subscriber keeps only what it needs: the content itself is let go after the load.
 */
type Subscriber = (loaded: LocalizedContent) => void;
const KEY = Symbol.for('frm.contentLoaded');
const subscribers = () => ((globalThis as { [KEY]?: Subscriber[] })[KEY] ??= []);

/** Calls `subscriber` with each content load of this process (one in a build, one a change in `astro dev`). */
export function onContentLoaded(subscriber: Subscriber): void {
  subscribers().push(subscriber);
}

export function contentLoaded(loaded: LocalizedContent): void {
  for (const subscriber of subscribers()) subscriber(loaded);
}
