import { audioDurationSeconds } from './audioDuration.ts';
import { isMp4, moovDurationSeconds, readBoxHeader } from './m4aDuration.ts';

/*
 * Size and length of audio at a web address, from as few bytes as HTTP Range requests allow: the
 * start of the file (ID3 tag and the first MP3 frame with its Xing/VBRI header, or the MPEG-4
 * boxes up to `moov`), the total size from Content-Range. An MPEG-4 file whose `moov` comes after
 * the audio is walked box header by box header, then only `moov` is read. Browser-safe: the studio
 * ("Read from URL") and the importer both use it.
 */

/** Bytes read from the start of the file (enough for ID3 tags and a Xing header). */
export const HEAD_BYTES = 256 * 1024;
/** A `moov` box larger than this is not read (a normal one is a few hundred kB for hours of audio). */
const MOOV_LIMIT = 64 * 1024 * 1024;

export interface RemoteAudio {
  sizeBytes?: number;
  durationSeconds?: number;
  contentType?: string;
  /** False when the server sent the whole file instead of the range asked for. */
  rangeHonoured: boolean;
}

/** Fetches `url`; `init` carries the Range header (the caller adds its timeout signal). */
export type RangeFetch = (url: string, init: { headers: Record<string, string> }) => Promise<Response>;

/** "bytes 0-0/48213456" -> 48213456 (the total size in a Content-Range header). */
export function totalFromContentRange(header: string | null | undefined): number | undefined {
  const match = header ? /\/(\d+)\s*$/.exec(header) : null;
  return match ? Number(match[1]) : undefined;
}

/** Throws an Error naming the HTTP status when the server did not answer with the bytes. */
async function getRange(fetchRange: RangeFetch, url: string, start: number, end: number): Promise<Response> {
  const response = await fetchRange(url, { headers: { Range: `bytes=${start}-${end}` } });
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  }
  return response;
}

export async function readRemoteAudio(url: string, fetchRange: RangeFetch): Promise<RemoteAudio> {
  const response = await getRange(fetchRange, url, 0, HEAD_BYTES - 1);
  const rangeHonoured = response.status === 206;
  const contentType = response.headers.get('content-type') ?? undefined;
  const length = Number(response.headers.get('content-length'));
  const sizeBytes = rangeHonoured
    ? totalFromContentRange(response.headers.get('content-range'))
    : Number.isInteger(length) && length > 0
      ? length
      : undefined;
  // At most HEAD_BYTES, even from a server that ignores Range.
  const head = await readAtMost(response, HEAD_BYTES);
  let durationSeconds = audioDurationSeconds(head, sizeBytes ?? head.length);
  if (durationSeconds === undefined && isMp4(head) && rangeHonoured && sizeBytes !== undefined)
    durationSeconds = await trailingMoovDuration(url, fetchRange, head, sizeBytes);
  return {
    rangeHonoured,
    ...(sizeBytes !== undefined && { sizeBytes }),
    ...(durationSeconds !== undefined && { durationSeconds }),
    ...(contentType && { contentType }),
  };
}

/** Walks the top-level boxes past the start that was read, reading one header per box, then `moov`. */
async function trailingMoovDuration(
  url: string,
  fetchRange: RangeFetch,
  head: Uint8Array,
  total: number,
): Promise<number | undefined> {
  for (let at = 0; at < total;) {
    const box =
      readBoxHeader(head, at) ??
      readBoxHeader(await readRange(url, fetchRange, at, Math.min(total, at + 16) - 1), 0, at);
    if (!box || !Number.isFinite(box.size)) return undefined;
    if (box.type === 'moov')
      return box.size > MOOV_LIMIT
        ? undefined
        : moovDurationSeconds(await readRange(url, fetchRange, at, at + box.size - 1));
    at += box.size;
  }
  return undefined;
}

async function readRange(url: string, fetchRange: RangeFetch, start: number, end: number): Promise<Uint8Array> {
  const response = await getRange(fetchRange, url, start, end);
  if (response.status !== 206) {
    await response.body?.cancel().catch(() => undefined);
    throw new Error('the server ignored the Range request');
  }
  return readAtMost(response, end - start + 1);
}

/** The body's first `limit` bytes; the rest is not downloaded. */
export async function readAtMost(response: Response, limit: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer()).subarray(0, limit);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (length < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  await reader.cancel().catch(() => undefined);
  const bytes = new Uint8Array(Math.min(length, limit));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.length;
    if (offset >= bytes.length) break;
  }
  return bytes;
}
