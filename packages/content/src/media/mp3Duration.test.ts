import { describe, expect, it } from 'vitest';
import { findFirstFrame, id3v2Size, mp3DurationSeconds, parseFrameHeader } from './mp3Duration.ts';
import { FRAME_BYTES, FRAME_SECONDS, id3Tag, mp3Bytes } from '../testing/mp3Bytes.ts';

describe('MP3 frame headers', () => {
  it('parses MPEG-1 layer III', () => {
    expect(parseFrameHeader(mp3Bytes(1), 0)).toMatchObject({
      length: FRAME_BYTES,
      samples: 1152,
      sampleRate: 44100,
      bitrateKbps: 128,
    });
  });
  it('parses MPEG-2 layer III (576 samples, 22.05 kHz)', () => {
    // FF F3: MPEG-2 layer III; 0x80: bitrate index 8 (64 kbit/s), 22050 Hz
    expect(parseFrameHeader(Uint8Array.from([0xff, 0xf3, 0x80, 0xc0]), 0)).toMatchObject({
      samples: 576,
      sampleRate: 22050,
      bitrateKbps: 64,
      length: 208,
      channelMode: 3,
    });
  });
  it('rejects what is not a frame header', () => {
    expect(parseFrameHeader(Uint8Array.from([0xff, 0xfb, 0xf0, 0x00]), 0)).toBeUndefined(); // bitrate index 15
    expect(parseFrameHeader(Uint8Array.from([0xff, 0xfb, 0x9c, 0x00]), 0)).toBeUndefined(); // sample rate index 3
    expect(parseFrameHeader(Uint8Array.from([0x49, 0x44, 0x33, 0x04]), 0)).toBeUndefined();
    expect(parseFrameHeader(Uint8Array.from([0xff, 0xfb]), 0)).toBeUndefined();
  });
  it('skips ID3v2 tags', () => {
    expect(id3v2Size(id3Tag(1000))).toBe(1010);
    expect(id3v2Size(mp3Bytes(1))).toBe(0);
    expect(findFirstFrame(mp3Bytes(3, { id3: 300 }))?.offset).toBe(310);
  });
  it('does not take a stray sync word inside the tag area for a frame', () => {
    const bytes = mp3Bytes(3);
    const withJunk = new Uint8Array(bytes.length + 5);
    withJunk.set([0xff, 0xfb, 0x90, 0x00, 0x00]); // looks like a header, but no frame follows at +417
    withJunk.set(bytes, 5);
    expect(findFirstFrame(withJunk)?.offset).toBe(5);
  });
});

describe('mp3DurationSeconds', () => {
  it('counts every frame of a whole file', () => {
    expect(mp3DurationSeconds(mp3Bytes(100, { id3: 64 }))).toBeCloseTo(100 * FRAME_SECONDS, 6);
  });
  it('counts samples, not rounded seconds, so long files do not drift', () => {
    // 125 frames of 1152 samples at 44.1 kHz: adding 0.0261... s per frame lands just off the exact value.
    expect(mp3DurationSeconds(mp3Bytes(125))).toBe((125 * 1152) / 44100);
  });
  it('uses the Xing frame count of a VBR file', () => {
    expect(mp3DurationSeconds(mp3Bytes(2, { xingFrames: 103_359 }))).toBeCloseTo((103_359 * 1152) / 44100, 3); // 45 minutes
  });
  it('assumes a constant bitrate when only the start of a large file is known', () => {
    const start = mp3Bytes(10, { id3: 90 });
    const total = 100 + 43_200_000; // tag + 45 minutes at 128 kbit/s
    expect(mp3DurationSeconds(start, total)).toBeCloseTo(2700, 6);
  });
  it('gives up on data that is not MP3', () => {
    expect(mp3DurationSeconds(new TextEncoder().encode('<html>not found</html>'))).toBeUndefined();
    expect(mp3DurationSeconds(new Uint8Array())).toBeUndefined();
  });
});
