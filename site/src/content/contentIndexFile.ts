import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentIndex } from '@frm/content';

/**
 * The last successful load of an embedded export, kept in Astro's cache folder for the next
 * rebuild. Each collection's meta records the generation it was filled from: a store Astro cleared
 * (or a build that stopped before saving it) no longer matches, and the rebuild loads everything.
 */
export interface SavedContentIndex {
  generation: string;
  /** The code and dataset path it was loaded with (loadSiteContent.ts: codeFingerprint). */
  code: string;
  dataset: string;
  /** The build's "now", and the next scheduled document after it: a later build between the two sees the same live documents. */
  loadedAt: string;
  validUntil: string | null;
  content: ContentIndex;
  /** Media file names each entry uses (by document id; a singleton's by its collection name), and each file's path. */
  mediaByEntry: Record<string, string[]>;
  mediaPaths: Record<string, string>;
}

const FILE_NAME = 'frm-content-index.json';
const indexPath = (cacheDir: URL) => fileURLToPath(new URL(FILE_NAME, cacheDir.href.endsWith('/') ? cacheDir : `${cacheDir.href}/`));

// Synchronous, like the export's read (loadSiteContent.ts): a build's event loop is busy.
export function readContentIndex(cacheDir: URL): SavedContentIndex | undefined {
  const path = indexPath(cacheDir);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  try {
    const saved = JSON.parse(text) as SavedContentIndex;
    return saved.content?.version === 1 ? saved : undefined;
  } catch {
    return undefined; // a half-written file from a stopped build: load everything
  }
}

/** What a build loaded and from where: the saved index's fields, with the build's "now" and maps as the load keeps them. */
export interface LoadToSave extends Pick<SavedContentIndex, 'code' | 'dataset' | 'validUntil' | 'content'> {
  now: Date;
  mediaByEntry: ReadonlyMap<string, string[]>;
  mediaPaths: ReadonlyMap<string, string>;
}

/** Saves a build's load under a new generation (after a full load and after a rebuild alike) and returns the generation. */
export function saveContentIndex(cacheDir: URL, load: LoadToSave): string {
  const generation = randomUUID();
  const saved: SavedContentIndex = {
    generation,
    code: load.code,
    dataset: load.dataset,
    loadedAt: load.now.toISOString(),
    validUntil: load.validUntil,
    content: load.content,
    mediaByEntry: Object.fromEntries(load.mediaByEntry),
    mediaPaths: Object.fromEntries(load.mediaPaths),
  };
  const path = indexPath(cacheDir);
  mkdirSync(dirname(path), { recursive: true });
  const staging = `${path}.${process.pid}`;
  writeFileSync(staging, JSON.stringify(saved));
  renameSync(staging, path);
  return generation;
}
