import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Reads what Pagefind wrote, as its browser client does: every data file (`*.pf_*`, `*.pagefind`)
 * is gzip-compressed and, once inflated, starts with the `pagefind_dcd` signature. Reading them as
 * text would see compressed bytes, so a check for a word in them could never fail.
 */
const SIGNATURE = 'pagefind_dcd';

/** A Pagefind data file inflated; throws when it is not one (a changed format must not pass quietly). */
export async function readPagefindFile(path: string): Promise<Buffer> {
  const inflated = gunzipSync(await readFile(path));
  if (inflated.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE)
    throw new Error(`${path} is not a Pagefind data file (no ${SIGNATURE} signature)`);
  return inflated.subarray(SIGNATURE.length);
}

export const isPagefindDataFile = (file: string) => /\.(pf_[a-z]+|pagefind)$/.test(file);

/** One indexed page: a fragment holds its URL, its indexed text and its metadata. */
export interface PagefindPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every page in the search index of a built site (`<outDir>/pagefind/fragment/*.pf_fragment`). */
export async function indexedPages(outDir: string): Promise<PagefindPage[]> {
  const folder = join(outDir, 'pagefind', 'fragment');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.pf_fragment'));
  if (files.length === 0) throw new Error(`${folder} has no fragments: was the search index written?`);
  return Promise.all(
    files.map(async (f) => JSON.parse((await readPagefindFile(join(folder, f))).toString('utf8')) as PagefindPage),
  );
}
