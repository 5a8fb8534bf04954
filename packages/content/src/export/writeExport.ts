import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SanityDocumentLike } from './types.ts';

/** An asset file of an export. */
export interface AssetFile {
  /** Path relative to the export root: `images/<sha1>-<w>x<h>.<ext>` or `files/<sha1>.<ext>`. */
  path: string;
  bytes: Uint8Array;
}

/**
 * Writes documents and asset files as a folder in Sanity's export format (what
 * `sanity dataset export --no-compress` leaves after unpacking): data.ndjson, images/, files/.
 * The folder is replaced, so no stale asset survives a regeneration.
 */
export async function writeExport(folder: string, documents: SanityDocumentLike[], assets: AssetFile[]): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const sorted = [...assets].sort((a, b) => a.path.localeCompare(b.path));
  for (const asset of sorted) {
    const target = join(folder, asset.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, asset.bytes);
  }
  await writeFile(join(folder, 'data.ndjson'), documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
}
