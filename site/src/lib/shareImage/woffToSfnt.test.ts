import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woffToSfnt.ts';

const woff = readFileSync(
  createRequire(import.meta.url).resolve('@fontsource/source-serif-4/files/source-serif-4-latin-ext-700-normal.woff'),
);

/** OpenType's table checksum: the sum of its big-endian 32-bit words ('head' with checksumAdjustment as 0). */
function checksum(tag: string, table: Buffer): number {
  const words = Buffer.alloc((table.length + 3) & ~3);
  table.copy(words);
  if (tag === 'head') words.writeUInt32BE(0, 8);
  let sum = 0;
  for (let at = 0; at < words.length; at += 4) sum = (sum + words.readUInt32BE(at)) >>> 0;
  return sum;
}

describe('woffToSfnt', () => {
  it('unpacks every table of a shipped font: each matches the checksum the WOFF recorded', () => {
    const font = woffToSfnt(woff);
    const count = font.readUInt16BE(4);
    expect(count).toBe(woff.readUInt16BE(12));
    expect(font.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    const tags: string[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 12 + i * 16;
      const tag = font.toString('latin1', entry, entry + 4);
      const [sum, offset, length] = [4, 8, 12].map((at) => font.readUInt32BE(entry + at)) as [number, number, number];
      expect(offset % 4, tag).toBe(0);
      expect(checksum(tag, font.subarray(offset, offset + length)), tag).toBe(sum);
      tags.push(tag);
    }
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'name']));
    // The binary-search fields a font reader uses to find a table.
    expect(font.readUInt16BE(6)).toBe(2 ** Math.floor(Math.log2(count)) * 16);
  });

  it('refuses what is not a WOFF 1.0 font', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2 and more bytes than a header'))).toThrow(/not a WOFF 1\.0 font/);
  });
});
