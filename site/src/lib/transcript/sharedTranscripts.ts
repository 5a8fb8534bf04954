import type { EpisodeTranscriptText } from './episodeTranscript.ts';

type Read = Promise<EpisodeTranscriptText | undefined>;

// The search index reads each transcript from the content step (astro.config's module graph) and
// each episode page from the pages' graph: a module-level Map would be one cache per graph, so each
// transcript would be read, parsed and its problems printed twice. A global under a registered
// symbol is the one thing both see (like search/searchChannel.ts).
const CACHE = Symbol.for('frm.transcripts');
const holder = globalThis as { [CACHE]?: Map<string, Read> };

/**
 * One read of a transcript per build, whichever module instance asks first. `key` names everything
 * the result depends on; the uploaded file's URL names its bytes (Sanity asset URLs and export file
 * names carry the file's hash). Holds every transcript's paragraphs until the next content sync
 * (forgetSharedTranscripts): the same text the content store already holds.
 */
export function sharedTranscriptText(key: string, read: () => Read): Read {
  const cache = (holder[CACHE] ??= new Map());
  let shared = cache.get(key);
  if (!shared) cache.set(key, (shared = read()));
  return shared;
}

/** A new content sync starts a new build: another dataset may lack or replace a file. */
export function forgetSharedTranscripts(): void {
  delete holder[CACHE];
}
