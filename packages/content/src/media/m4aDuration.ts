/**
 * Reads the length of an MPEG-4 audio file (M4A/MP4/M4B) from its `moov` box: the movie header
 * (`mvhd`) gives a timescale and a duration in its units. Only box headers are walked; no audio
 * is decoded.
 */

export interface Mp4Box {
  type: string;
  /** Offset of the box (its header) in the file. */
  offset: number;
  headerSize: number;
  /** Whole box size in bytes; Infinity for a box that runs to the end of the file (size 0). */
  size: number;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const fourCc = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/** The box header at `at` of `bytes` (whose first byte is at file offset `base`), or undefined if it is cut off or invalid. */
export function readBoxHeader(bytes: Uint8Array, at: number, base = 0): Mp4Box | undefined {
  if (at + 8 > bytes.length) return undefined;
  const data = view(bytes);
  let size = data.getUint32(at);
  const type = fourCc(bytes, at + 4);
  let headerSize = 8;
  if (size === 1) {
    if (at + 16 > bytes.length) return undefined;
    size = Number(data.getBigUint64(at + 8));
    headerSize = 16;
  } else if (size === 0) size = Infinity;
  if (size < headerSize || !/^[\x20-\x7e]{4}$/.test(type)) return undefined;
  return { type, offset: base + at, headerSize, size };
}

/** Whether the bytes start like an MPEG-4 file (an `ftyp` box first). */
export const isMp4 = (bytes: Uint8Array) => bytes.length >= 8 && fourCc(bytes, 4) === 'ftyp';

/** The duration in seconds from the bytes of a `moov` box (header included), or undefined. */
export function moovDurationSeconds(moov: Uint8Array): number | undefined {
  const outer = readBoxHeader(moov, 0);
  if (outer?.type !== 'moov') return undefined;
  for (let at = outer.headerSize; at < moov.length;) {
    const box = readBoxHeader(moov, at);
    if (!box || !Number.isFinite(box.size)) return undefined;
    if (box.type === 'mvhd') {
      const data = view(moov);
      const body = at + box.headerSize;
      if (body + 32 > moov.length) return undefined;
      const version = moov[body]!;
      const timescale = version === 1 ? data.getUint32(body + 20) : data.getUint32(body + 12);
      const units = version === 1 ? Number(data.getBigUint64(body + 24)) : data.getUint32(body + 16);
      return timescale > 0 && units > 0 ? units / timescale : undefined;
    }
    at += box.size;
  }
  return undefined;
}

/** The duration of a whole MPEG-4 file (or of its start, when `moov` comes first), or undefined. */
export function m4aDurationSeconds(bytes: Uint8Array): number | undefined {
  for (let at = 0; at < bytes.length;) {
    const box = readBoxHeader(bytes, at);
    if (!box) return undefined;
    if (box.type === 'moov') return moovDurationSeconds(bytes.subarray(at, Math.min(bytes.length, at + box.size)));
    at += box.size;
  }
  return undefined;
}
