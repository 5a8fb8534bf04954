import { getEntry } from '../collections.ts';
import { readTranscriptBytes } from './transcriptBytes.ts';

const reads = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/**
 * The bytes of an uploaded transcript: from the export's /media/ files or downloaded once per build
 * (the episode page and the transcript endpoint both read it).
 */
export function uploadedTranscriptBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  let read = reads.get(url);
  if (!read) {
    read = readTranscriptBytes(url, async (fileName) => (await getEntry('media', fileName))?.data.path);
    reads.set(url, read);
  }
  return read;
}
