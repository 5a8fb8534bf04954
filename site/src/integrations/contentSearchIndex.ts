import type { Episode, Post, Resource } from '@frm/content';
import type { OfferedEntry, SearchSink } from '../lib/search/searchChannel.ts';
import { episodeSearchRecord, postSearchRecord, resourcesSearchRecord, type SearchRecord } from '../lib/search/searchRecords.ts';
import { resourceOrder } from '../lib/resourceOrder.ts';
import { episodeTranscriptText } from '../lib/transcript/episodeTranscript.ts';
import { readTranscriptBytes } from '../lib/transcript/transcriptBytes.ts';
import { writeSearchIndex } from './pagefindWriter.ts';

/** The collections the search records are made from (media: the export's files, for uploaded transcripts). */
const NEEDED = ['posts', 'episodes', 'resources', 'media'] as const;
type Needed = (typeof NEEDED)[number];

export interface ContentSearchIndex {
  /** Given to the content loaders (searchChannel.ts). */
  sink: SearchSink;
  /** Resolves when the index is written to the output path; rejects with what went wrong. */
  written(): Promise<{ pages: number; recordsMs: number; addMs: number; writeMs: number }>;
}

/** The search records of every searchable page, from the filled collections. */
export async function contentSearchRecords(collections: Record<Needed, readonly OfferedEntry[]>): Promise<SearchRecord[]> {
  const media = new Map(collections.media.map((entry) => [entry.id, (entry.data as { path: string }).path]));
  const reads = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  const readBytes = (url: string) => {
    let read = reads.get(url);
    if (!read) reads.set(url, (read = readTranscriptBytes(url, async (fileName) => media.get(fileName))));
    return read;
  };
  const data = <T>(name: Needed) => collections[name].map((entry) => entry.data as T);
  const episodes = await Promise.all(data<Episode>('episodes').map(async (episode) => episodeSearchRecord(episode, await episodeTranscriptText(episode, readBytes))));
  // The resources page is built even with no resource, so it always has its record.
  return [...data<Post>('posts').map(postSearchRecord), ...episodes, resourcesSearchRecord(data<Resource>('resources').sort(resourceOrder))];
}

/**
 * Builds the search index from the content step's collections, as soon as the last needed one is
 * filled, into `outputPath`: Pagefind indexes and writes in its own process while Astro bundles
 * and renders, so little is left to wait for after the build.
 */
export function contentSearchIndex(outputPath: string): ContentSearchIndex {
  const offered = new Map<Needed, () => readonly OfferedEntry[]>();
  let resolveWritten!: (value: Awaited<ReturnType<ContentSearchIndex['written']>>) => void;
  let rejectWritten!: (error: unknown) => void;
  const written = new Promise<Awaited<ReturnType<ContentSearchIndex['written']>>>((resolve, reject) => {
    resolveWritten = resolve;
    rejectWritten = reject;
  });
  // A failure is reported when the build asks for the index (written()), not as an unhandled rejection.
  written.catch(() => {});

  async function build(collections: Record<Needed, readonly OfferedEntry[]>) {
    const started = performance.now();
    const records = await contentSearchRecords(collections);
    const recordsMs = performance.now() - started;
    const { addMs, writeMs } = await writeSearchIndex(records, outputPath);
    return { pages: records.length, recordsMs, addMs, writeMs };
  }

  return {
    sink(collection, entries) {
      if (!(NEEDED as readonly string[]).includes(collection) || offered.has(collection as Needed)) return;
      offered.set(collection as Needed, entries);
      if (offered.size < NEEDED.length) return;
      // Started once the loaders still running have finished (their continuations come first), so
      // reading the collections back and making the records never holds up the content step.
      setImmediate(() => {
        const read = () => Object.fromEntries([...offered].map(([name, entriesOf]) => [name, entriesOf()])) as Record<Needed, readonly OfferedEntry[]>;
        Promise.resolve().then(() => build(read())).then(resolveWritten, rejectWritten);
      });
    },
    written: () => (offered.size === NEEDED.length ? written : Promise.reject(new Error(`Search index: the content step never filled ${NEEDED.filter((name) => !offered.has(name)).join(', ')}; no index was built`))),
  };
}
