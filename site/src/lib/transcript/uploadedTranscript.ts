import { readFile } from 'node:fs/promises';
import { assetDownloadUrl } from '@frm/content';
import { getEntry } from '../collections.ts';

const reads = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** Reads an uploaded transcript: a file of the export's /media/ folder (the `media` collection), else a download. */
async function readTranscriptBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const media = /^\/media\/([^/]+)$/.exec(url);
  if (media) {
    const path = (await getEntry('media', media[1]!))?.data.path;
    if (!path) throw new Error(`Transcript file ${url} is not in the dataset export`);
    return readFile(path);
  }
  // SANITY_ASSET_BASE_URL points CDN downloads at a local stand-in (tests, `pnpm content-lake:serve`).
  const response = await fetch(assetDownloadUrl(url, process.env));
  if (!response.ok) throw new Error(`Transcript file ${url} could not be downloaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The bytes of an uploaded transcript, read or downloaded once per build (the episode page and
 * the transcript endpoint both read it).
 */
export function uploadedTranscriptBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  let read = reads.get(url);
  if (!read) {
    read = readTranscriptBytes(url);
    reads.set(url, read);
  }
  return read;
}
