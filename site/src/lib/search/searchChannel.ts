/** A collection's entries as its loader left them in Astro's data store. */
export interface OfferedEntry {
  id: string;
  data: unknown;
}

/** Takes a filled collection's entries; called once per collection by the content step. */
export type SearchSink = (collection: string, entries: () => readonly OfferedEntry[]) => void;

// Astro loads astro.config (the search index integration) and content.config (the loaders) as two
// module graphs in one process, so a module-level variable here would be two variables; a global
// under a registered symbol is the one thing both see.
const SINK = Symbol.for('frm.search.sink');
const holder = globalThis as { [SINK]?: SearchSink };

/** Opened by the search index integration for `astro build`; returns the function that closes it. */
export function openSearchChannel(sink: SearchSink): () => void {
  holder[SINK] = sink;
  return () => {
    if (holder[SINK] === sink) delete holder[SINK];
  };
}

/**
 * Called by each content loader once its collection is filled (loaded, or kept from the last build),
 * so the search index is built from the content while Astro renders the pages. A no-op when no
 * index is being built (dev server, preview server, `astro sync`).
 */
export function offerToSearch(collection: string, entries: () => readonly OfferedEntry[]): void {
  holder[SINK]?.(collection, entries);
}
