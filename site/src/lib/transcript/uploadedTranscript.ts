import { readFile } from 'node:fs/promises';
import { getEntry } from 'astro:content';
import { assetDownloadUrl } from '@frm/content';

const reads = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/**
 * The bytes of an uploaded transcript: from the export's /media/ files or downloaded once per build
 * (the episode page and the transcript endpoint both read it).
 */
export function uploadedTranscriptBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  let read = reads.get(url);
  if (!read) {
    read = readBytes(url);
    reads.set(url, read);
  }
  return read;
}

async function readBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const media = /^\/media\/([^/]+)$/.exec(url);
  if (media) {
    const entry = await getEntry('media', media[1]!);
    if (!entry) throw new Error(`Transcript file ${url} is not in the dataset export`);
    return readFile(entry.data.path);
  }
  // SANITY_ASSET_BASE_URL points CDN downloads at a local stand-in (tests, `pnpm content-lake:serve`).
  const response = await fetch(assetDownloadUrl(url, process.env));
  if (!response.ok) throw new Error(`Transcript file ${url} could not be downloaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}
