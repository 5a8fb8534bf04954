import { readFile } from 'node:fs/promises';
import { assetDownloadUrl } from '@frm/content';

/** Where a file of the embedded export's /media/ folder is on disk (the `media` collection). */
export type MediaPath = (fileName: string) => Promise<string | undefined>;

/**
 * Reads an uploaded transcript: a file of the export's /media/ folder, else a download. Free of
 * `astro:content`, so the search index (which gets the media files from the content step) can
 * read transcripts as the pages do.
 */
export async function readTranscriptBytes(url: string, mediaPath: MediaPath): Promise<Uint8Array<ArrayBuffer>> {
  const media = /^\/media\/([^/]+)$/.exec(url);
  if (media) {
    const path = await mediaPath(media[1]!);
    if (!path) throw new Error(`Transcript file ${url} is not in the dataset export`);
    return readFile(path);
  }
  // SANITY_ASSET_BASE_URL points CDN downloads at a local stand-in (tests, `pnpm content-lake:serve`).
  const response = await fetch(assetDownloadUrl(url, process.env));
  if (!response.ok) throw new Error(`Transcript file ${url} could not be downloaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}
