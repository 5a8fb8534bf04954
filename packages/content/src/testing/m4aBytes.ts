/** Synthetic MPEG-4 audio for tests: ftyp, mdat and a moov whose mvhd declares the length. */

const box = (type: string, ...parts: Uint8Array[]): Uint8Array => {
  const size = 8 + parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, size);
  out.set(new TextEncoder().encode(type), 4);
  let at = 8;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
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
export function m4aBytes(seconds: number, options: { audioBytes?: number; moovAtEnd?: boolean; version?: 0 | 1 } = {}): Uint8Array {
  const ftyp = box('ftyp', new TextEncoder().encode('M4A \u0000\u0000\u0000\u0000M4A isom'));
  const timescale = 44100;
  const moov = box('moov', mvhd(timescale, Math.round(seconds * timescale), options.version ?? 0), box('trak', box('tkhd', new Uint8Array(84))));
  const mdat = box('mdat', new Uint8Array(options.audioBytes ?? 1000));
  const parts = options.moovAtEnd ? [ftyp, mdat, moov] : [ftyp, moov, mdat];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
