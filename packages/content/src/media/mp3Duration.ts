/**
 * Reads the length of an MP3 from its bytes, without decoding audio: a Xing/Info or VBRI header
 * gives the frame count directly (VBR files); otherwise every frame header is walked, or, when only
 * the start of the file is at hand, a constant bitrate is assumed over the total size.
 */

const BITRATES_KBPS = {
  // MPEG-1 layer I, II, III; MPEG-2/2.5 layer I, II+III
  v1l1: [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  v1l2: [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  v1l3: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  v2l1: [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  v2l23: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
} as const;

const SAMPLE_RATES: Record<number, readonly number[]> = {
  3: [44100, 48000, 32000], // MPEG-1
  2: [22050, 24000, 16000], // MPEG-2
  0: [11025, 12000, 8000], // MPEG-2.5
};

export interface Mp3Frame {
  /** Byte length of the whole frame. */
  length: number;
  /** Audio samples per channel in the frame. */
  samples: number;
  sampleRate: number;
  bitrateKbps: number;
  /** 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5 */
  version: number;
  /** 3 = mono */
  channelMode: number;
}

/** Parses the 4-byte frame header at `offset`, or returns undefined if there is none. */
export function parseFrameHeader(bytes: Uint8Array, offset: number): Mp3Frame | undefined {
  if (offset + 4 > bytes.length) return undefined;
  const b1 = bytes[offset + 1]!;
  const b2 = bytes[offset + 2]!;
  const b3 = bytes[offset + 3]!;
  if (bytes[offset] !== 0xff || (b1 & 0xe0) !== 0xe0) return undefined;
  const version = (b1 >> 3) & 0b11;
  const layerBits = (b1 >> 1) & 0b11; // 3 = layer I, 2 = II, 1 = III
  const bitrateIndex = (b2 >> 4) & 0b1111;
  const sampleRateIndex = (b2 >> 2) & 0b11;
  const padding = (b2 >> 1) & 1;
  if (version === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || sampleRateIndex === 3)
    return undefined;
  const layer = 4 - layerBits;
  const mpeg1 = version === 3;
  const table =
    layer === 1
      ? mpeg1
        ? BITRATES_KBPS.v1l1
        : BITRATES_KBPS.v2l1
      : mpeg1
        ? layer === 2
          ? BITRATES_KBPS.v1l2
          : BITRATES_KBPS.v1l3
        : BITRATES_KBPS.v2l23;
  const bitrateKbps = table[bitrateIndex]!;
  const sampleRate = SAMPLE_RATES[version]![sampleRateIndex]!;
  const samples = layer === 1 ? 384 : layer === 2 ? 1152 : mpeg1 ? 1152 : 576;
  const length =
    layer === 1
      ? (Math.floor((12 * bitrateKbps * 1000) / sampleRate) + padding) * 4
      : Math.floor(((samples / 8) * bitrateKbps * 1000) / sampleRate) + padding;
  return { length, samples, sampleRate, bitrateKbps, version, channelMode: (b3 >> 6) & 0b11 };
}

/** Size of a leading ID3v2 tag (header + body + footer), 0 if there is none. */
export function id3v2Size(bytes: Uint8Array): number {
  if (bytes.length < 10 || bytes[0] !== 0x49 || bytes[1] !== 0x44 || bytes[2] !== 0x33) return 0; // "ID3"
  const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
  const footer = bytes[5]! & 0x10 ? 10 : 0;
  return 10 + size + footer;
}

const readUint32 = (bytes: Uint8Array, offset: number) =>
  offset + 4 <= bytes.length
    ? ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!) >>> 0
    : undefined;

const ascii = (bytes: Uint8Array, offset: number, length: number) =>
  String.fromCharCode(...bytes.subarray(offset, offset + length));

/** Frame count from a Xing/Info (LAME) or VBRI header inside the first frame. */
export function vbrFrameCount(bytes: Uint8Array, frameOffset: number, frame: Mp3Frame): number | undefined {
  const mono = frame.channelMode === 3;
  const sideInfo = frame.version === 3 ? (mono ? 17 : 32) : mono ? 9 : 17;
  const xing = frameOffset + 4 + sideInfo;
  const tag = ascii(bytes, xing, 4);
  if (tag === 'Xing' || tag === 'Info') {
    const flags = readUint32(bytes, xing + 4);
    if (flags !== undefined && flags & 1) return readUint32(bytes, xing + 8);
    return undefined;
  }
  const vbri = frameOffset + 4 + 32;
  if (ascii(bytes, vbri, 4) === 'VBRI') return readUint32(bytes, vbri + 14);
  return undefined;
}

/** Finds the first frame: skips an ID3v2 tag, then requires two consecutive valid headers. */
export function findFirstFrame(bytes: Uint8Array): { offset: number; frame: Mp3Frame } | undefined {
  const start = id3v2Size(bytes);
  const limit = Math.min(bytes.length, start + 64 * 1024);
  for (let offset = start; offset < limit; offset += 1) {
    const frame = parseFrameHeader(bytes, offset);
    if (!frame) continue;
    const next = offset + frame.length;
    // Accept a lone frame at the end of a short buffer; otherwise the next header must follow.
    if (next + 4 > bytes.length || parseFrameHeader(bytes, next)) return { offset, frame };
  }
  return undefined;
}

/**
 * Length in seconds of an MP3, from its bytes. Pass `totalBytes` when `bytes` is only the start
 * of the file (e.g. a Range request): then a constant bitrate is assumed if there is no VBR header.
 */
export function mp3DurationSeconds(bytes: Uint8Array, totalBytes: number = bytes.length): number | undefined {
  const first = findFirstFrame(bytes);
  if (!first) return undefined;
  const { offset, frame } = first;
  const frames = vbrFrameCount(bytes, offset, frame);
  if (frames !== undefined && frames > 0) return (frames * frame.samples) / frame.sampleRate;
  if (totalBytes > bytes.length) {
    // Only the start is here: constant bitrate over the audio data (total minus the leading tag).
    return ((totalBytes - offset) * 8) / (frame.bitrateKbps * 1000);
  }
  // The whole file: walk every frame (handles VBR files without a Xing header). Samples are
  // counted per sample rate and divided once: adding 0.036 s per frame drifts (4.5 s -> 4.4999).
  const samplesByRate = new Map<number, number>();
  let position = offset;
  for (let current: Mp3Frame | undefined = frame; current; current = parseFrameHeader(bytes, position)) {
    samplesByRate.set(current.sampleRate, (samplesByRate.get(current.sampleRate) ?? 0) + current.samples);
    position += current.length;
  }
  let seconds = 0;
  for (const [sampleRate, samples] of samplesByRate) seconds += samples / sampleRate;
  return seconds;
}
