import { describe, expect, it } from 'vitest';
import { audioDurationSeconds } from './audioDuration.ts';
import { isMp4, m4aDurationSeconds } from './m4aDuration.ts';
import { m4aBytes } from '../testing/m4aBytes.ts';
import { FRAME_SECONDS, mp3Bytes } from '../testing/mp3Bytes.ts';

describe('M4A length', () => {
  it('reads mvhd inside moov, version 0 and version 1', () => {
    expect(m4aDurationSeconds(m4aBytes(2712.5))).toBeCloseTo(2712.5, 3);
    expect(m4aDurationSeconds(m4aBytes(9000, { version: 1 }))).toBeCloseTo(9000, 3);
  });
  it('walks past the media data to a moov at the end', () => {
    expect(m4aDurationSeconds(m4aBytes(61, { moovAtEnd: true, audioBytes: 50_000 }))).toBeCloseTo(61, 3);
  });
  it('gives nothing when moov is cut off or missing', () => {
    const bytes = m4aBytes(61, { moovAtEnd: true, audioBytes: 50_000 });
    expect(m4aDurationSeconds(bytes.subarray(0, 1000))).toBeUndefined();
    expect(isMp4(mp3Bytes(3))).toBe(false);
  });
  it('one entry point for both formats', () => {
    expect(audioDurationSeconds(m4aBytes(30))).toBeCloseTo(30, 3);
    expect(audioDurationSeconds(mp3Bytes(10, { xingFrames: 1000 }))).toBeCloseTo(1000 * FRAME_SECONDS, 6);
  });
});
