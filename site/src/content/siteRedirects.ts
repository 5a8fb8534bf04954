import type { Redirect } from '@frm/content';

/*
 * The build's redirects, handed from the content load (loadSiteContent.ts) to the integration
 * that writes them once the pages are built (integrations/redirects/redirectFiles.ts). Astro
 * imports the integrations with its config and the loaders with the content config, each in its
 * own module graph of the one build process, so the hand-over is a global under a registered symbol.
 */
const KEY = Symbol.for('frm.siteRedirects');
type Holder = { [KEY]?: readonly Redirect[] };

export function handOverRedirects(redirects: readonly Redirect[]): void {
  (globalThis as Holder)[KEY] = redirects;
}

/** The redirects of this build's content; undefined when no content was loaded. */
export function builtRedirects(): readonly Redirect[] | undefined {
  return (globalThis as Holder)[KEY];
}
