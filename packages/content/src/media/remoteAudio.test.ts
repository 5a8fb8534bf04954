import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAD_BYTES, readRemoteAudio, totalFromContentRange } from './remoteAudio.ts';
import { m4aBytes } from '../testing/m4aBytes.ts';
import { FRAME_SECONDS, mp3Bytes } from '../testing/mp3Bytes.ts';
import { startRangeServer, type RangeServer } from '../testing/rangeServer.ts';

// A VBR MP3 whose Xing header says 2,000 frames, though only 1,000 are here (about 417 kB).
const vbr = mp3Bytes(1000, { id3: 2000, xingFrames: 2000 });
const cbr = mp3Bytes(1000);
const fastStart = m4aBytes(1234.5, { audioBytes: 300_000 });
const moovAtEnd = m4aBytes(4321, { audioBytes: 600_000, moovAtEnd: true });
let server: RangeServer;

beforeAll(async () => {
  server = await startRangeServer({
    '/vbr.mp3': { bytes: vbr, type: 'audio/mpeg' },
    '/cbr.mp3': { bytes: cbr, type: 'audio/mpeg' },
    '/fast.m4a': { bytes: fastStart, type: 'audio/mp4' },
    '/late.m4a': { bytes: moovAtEnd, type: 'audio/x-m4a' },
    '/late-no-range.m4a': { bytes: moovAtEnd, type: 'audio/x-m4a', behaviour: 'ignore-range' },
    '/no-range.mp3': { bytes: vbr, type: 'audio/mpeg', behaviour: 'ignore-range' },
    '/broken.mp3': { bytes: vbr, type: 'audio/mpeg', behaviour: 'fail' },
  });
});
afterAll(() => server.close());

const read = (path: string) => readRemoteAudio(server.url(path), (url, init) => fetch(url, init));
const sent = (path: string) => server.bytesSent.get(path) ?? 0;

describe('readRemoteAudio', () => {
  it('reads an MP3 with a Xing header from its first bytes, and the size from Content-Range', async () => {
    expect(await read('/vbr.mp3')).toMatchObject({
      sizeBytes: vbr.length,
      rangeHonoured: true,
      contentType: 'audio/mpeg',
    });
    expect((await read('/vbr.mp3')).durationSeconds).toBeCloseTo(2000 * FRAME_SECONDS, 6);
    expect(
      server.requests.filter((r) => r.path === '/vbr.mp3').every((r) => r.range === `bytes=0-${HEAD_BYTES - 1}`),
    ).toBe(true);
    expect(sent('/vbr.mp3')).toBeLessThanOrEqual(2 * HEAD_BYTES);
  });

  it('estimates a constant-bitrate MP3 over the total size', async () => {
    expect((await read('/cbr.mp3')).durationSeconds).toBeCloseTo(1000 * FRAME_SECONDS, 0);
  });

  it('reads an M4A with moov first, and one with moov at the end through its box headers only', async () => {
    expect((await read('/fast.m4a')).durationSeconds).toBeCloseTo(1234.5, 3);
    const late = await read('/late.m4a');
    expect(late).toMatchObject({ sizeBytes: moovAtEnd.length, rangeHonoured: true });
    expect(late.durationSeconds).toBeCloseTo(4321, 3);
    // The start, one box header, and moov: far less than the 600 kB of audio.
    expect(sent('/late.m4a')).toBeLessThan(HEAD_BYTES + 1000);
    expect(server.requests.filter((r) => r.path === '/late.m4a').map((r) => r.range)).toHaveLength(3);
  });

  it('reads no more than the start from a server that ignores Range', async () => {
    const result = await read('/no-range.mp3');
    expect(result).toMatchObject({ rangeHonoured: false, sizeBytes: vbr.length });
    expect(result.durationSeconds).toBeCloseTo(2000 * FRAME_SECONDS, 6);
    // An M4A with moov at the end cannot be measured without the whole file: no length, no guess.
    expect(await read('/late-no-range.m4a')).toMatchObject({ rangeHonoured: false, sizeBytes: moovAtEnd.length });
    expect((await read('/late-no-range.m4a')).durationSeconds).toBeUndefined();
  });

  it('throws with the HTTP status of a failing server', async () => {
    await expect(read('/broken.mp3')).rejects.toThrow('the server answered 500 Internal Server Error');
  });

  it('reads the total size from Content-Range', () => {
    expect(totalFromContentRange('bytes 0-0/48213456')).toBe(48213456);
    expect(totalFromContentRange('bytes 0-0/*')).toBeUndefined();
    expect(totalFromContentRange(null)).toBeUndefined();
  });
});
