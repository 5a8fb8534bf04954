import { concatBytes } from './mp3Bytes.ts';

/** Synthetic MPEG-4 audio for tests: ftyp, mdat and a moov whose mvhd declares the length. */

const box = (type: string, ...parts: Uint8Array[]): Uint8Array => {
  const out = concatBytes([new Uint8Array(8), ...parts]);
  new DataView(out.buffer).setUint32(0, out.length);
  out.set(new TextEncoder().encode(type), 4);
  return out;
};

/** A version-0 or version-1 movie header with `timescale` and `units` (duration in timescale units). */
function mvhd(timescale: number, units: number, version: 0 | 1): Uint8Array {
  const body = new Uint8Array(version === 1 ? 112 : 100);
  const data = new DataView(body.buffer);
  body[0] = version;
  if (version === 1) {
    data.setUint32(20, timescale);
    data.setBigUint64(24, BigInt(units));
  } else {
    data.setUint32(12, timescale);
    data.setUint32(16, units);
  }
  return box('mvhd', body);
}

/**
 * An M4A of `seconds` length with `audioBytes` of (zero) media data. `moovAtEnd` puts the movie box
 * after the media, as encoders do that were not told to "fast start".
 */
export function m4aBytes(
  seconds: number,
  options: { audioBytes?: number; moovAtEnd?: boolean; version?: 0 | 1 } = {},
): Uint8Array {
  const ftyp = box('ftyp', new TextEncoder().encode('M4A \u0000\u0000\u0000\u0000M4A isom'));
  const timescale = 44100;
  const moov = box(
    'moov',
    mvhd(timescale, Math.round(seconds * timescale), options.version ?? 0),
    box('trak', box('tkhd', new Uint8Array(84))),
  );
  const mdat = box('mdat', new Uint8Array(options.audioBytes ?? 1000));
  return concatBytes(options.moovAtEnd ? [ftyp, mdat, moov] : [ftyp, moov, mdat]);
}
