/*
 * Tiny, valid MP3 files of silence for the seed episodes, and a frame parser to check them.
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

// MPEG-1 Layer III tables.
const BITRATES_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const SAMPLE_RATES = [44_100, 48_000, 32_000];

export interface ParsedMp3 {
  /** Bytes of ID3v2 tag before the first frame. */
  tagBytes: number;
  frames: number;
  sampleRate: number;
  bitrate: number;
  channels: 1 | 2;
  durationSeconds: number;
}

/**
 * Walks an MP3 frame by frame. Throws unless the file is an optional ID3v2 tag followed by
 * MPEG-1 Layer III frames that run exactly to the end of the file, all at one sample rate.
 */
export function parseMp3(bytes: Uint8Array): ParsedMp3 {
  let offset = 0;
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) {
    const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
    const footer = (bytes[5]! & 0x10) !== 0 ? 10 : 0;
    offset = 10 + size + footer;
  }
  const tagBytes = offset;
  let frames = 0;
  let sampleRate = 0;
  let bitrate = 0;
  let channels: 1 | 2 = 2;
  while (offset < bytes.length) {
    if (offset + 4 > bytes.length) throw new Error(`truncated frame header at byte ${offset}`);
    const [b0, b1, b2, b3] = [bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!, bytes[offset + 3]!];
    if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) throw new Error(`no frame sync at byte ${offset}`);
    if (((b1 >> 3) & 0x03) !== 0x03) throw new Error(`frame at byte ${offset} is not MPEG-1`);
    if (((b1 >> 1) & 0x03) !== 0x01) throw new Error(`frame at byte ${offset} is not Layer III`);
    const kbps = BITRATES_KBPS[(b2 >> 4) & 0x0f];
    const rate = SAMPLE_RATES[(b2 >> 2) & 0x03];
    if (!kbps || !rate) throw new Error(`frame at byte ${offset} has an invalid bitrate or sample rate`);
    if (sampleRate !== 0 && rate !== sampleRate) throw new Error(`frame at byte ${offset} changes the sample rate`);
    sampleRate = rate;
    bitrate = kbps * 1000;
    channels = ((b3 >> 6) & 0x03) === 0x03 ? 1 : 2;
    const padding = (b2 >> 1) & 0x01;
    const length = Math.floor((144 * bitrate) / rate) + padding;
    if (offset + length > bytes.length) throw new Error(`frame at byte ${offset} runs past the end of the file`);
    offset += length;
    frames += 1;
  }
  if (frames === 0) throw new Error('no MPEG frames');
  return { tagBytes, frames, sampleRate, bitrate, channels, durationSeconds: (frames * SAMPLES_PER_FRAME) / sampleRate };
}
