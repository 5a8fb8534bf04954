/** Synthetic MP3 bytes for tests: MPEG-1 layer III, 128 kbit/s, 44.1 kHz, stereo (417-byte frames). */
export const FRAME_BYTES = 417;
export const FRAME_SECONDS = 1152 / 44100;

const frame = () => {
  const bytes = new Uint8Array(FRAME_BYTES);
  bytes.set([0xff, 0xfb, 0x90, 0x00]);
  return bytes;
};

/** An ID3v2.4 tag with `bodySize` bytes of (zero) frames. */
export function id3Tag(bodySize: number): Uint8Array {
  const tag = new Uint8Array(10 + bodySize);
  tag.set([
    0x49,
    0x44,
    0x33,
    4,
    0,
    0,
    (bodySize >> 21) & 0x7f,
    (bodySize >> 14) & 0x7f,
    (bodySize >> 7) & 0x7f,
    bodySize & 0x7f,
  ]);
  return tag;
}

/** `count` audio frames, optionally after an ID3 tag and with a Xing header declaring `xingFrames`. */
export function mp3Bytes(count: number, options: { id3?: number; xingFrames?: number } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  if (options.id3 !== undefined) parts.push(id3Tag(options.id3));
  for (let i = 0; i < count; i += 1) {
    const f = frame();
    if (i === 0 && options.xingFrames !== undefined) {
      const at = 4 + 32; // after the stereo MPEG-1 side information
      f.set([0x58, 0x69, 0x6e, 0x67, 0, 0, 0, 1], at); // "Xing", flags: frame count present
      new DataView(f.buffer).setUint32(at + 8, options.xingFrames);
    }
    parts.push(f);
  }
  return concatBytes(parts);
}

/** The parts one after another in one array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
