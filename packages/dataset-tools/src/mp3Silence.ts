/*
 * Tiny, valid MP3 files of silence for the seed episodes (seedDataset.test.ts reads their length
 * back with the parser the studio uses, @frm/content/audio).
 *
 * Each file is an ID3v2.4 tag (title, artist, album) followed by MPEG-1 Layer III frames at
 * 32 kHz, 32 kbit/s, mono: 144 bytes and 1152 samples (36 ms) per frame. A frame whose side
 * information is all zero has no Huffman data (part2_3_length = 0), which decoders play as silence.
 */

export const SAMPLE_RATE = 32_000;
export const BITRATE = 32_000;
export const SAMPLES_PER_FRAME = 1152;
/** 144 * bitrate / sample rate, no padding needed at 32 kbit/s and 32 kHz. */
export const FRAME_BYTES = (144 * BITRATE) / SAMPLE_RATE;

// 0xFFFB: sync, MPEG-1, Layer III, no CRC. 0x18: bitrate index 1 (32 kbit/s), sample rate index 2 (32 kHz), no padding.
// 0xC4: single channel, original.
const FRAME_HEADER = [0xff, 0xfb, 0x18, 0xc4] as const;

export interface Id3Tags {
  title: string;
  artist: string;
  album: string;
}

export interface SilentMp3 {
  bytes: Uint8Array;
  frames: number;
  durationSeconds: number;
}

/** `frames` frames of silence (duration = frames * 1152 / 32000 s) after an ID3v2.4 tag. */
export function silentMp3(frames: number, tags: Id3Tags): SilentMp3 {
  if (!Number.isInteger(frames) || frames < 1) throw new Error(`frames must be a positive integer, got ${frames}`);
  const tag = id3v24([
    ['TIT2', tags.title],
    ['TPE1', tags.artist],
    ['TALB', tags.album],
  ]);
  const bytes = new Uint8Array(tag.length + frames * FRAME_BYTES);
  bytes.set(tag, 0);
  for (let i = 0; i < frames; i++) bytes.set(FRAME_HEADER, tag.length + i * FRAME_BYTES);
  return { bytes, frames, durationSeconds: (frames * SAMPLES_PER_FRAME) / SAMPLE_RATE };
}

function syncsafe(size: number): number[] {
  if (size >= 2 ** 28) throw new Error('ID3 size too large');
  return [(size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f];
}

function id3v24(frames: Array<[string, string]>): Uint8Array {
  const body: number[] = [];
  for (const [id, text] of frames) {
    const content = [0x03, ...new TextEncoder().encode(text)]; // 0x03: UTF-8
    body.push(...new TextEncoder().encode(id), ...syncsafe(content.length), 0x00, 0x00, ...content);
  }
  return Uint8Array.from([0x49, 0x44, 0x33, 0x04, 0x00, 0x00, ...syncsafe(body.length), ...body]);
}
