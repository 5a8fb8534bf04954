import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngRowBytes, rgbPng } from './rgbPng.ts';

describe('rgbPng', () => {
  it('writes a PNG that decodes to the same pixels', async () => {
    const [width, height] = [7, 3];
    const pixels = Buffer.from(Array.from({ length: width * height * 3 }, (_, i) => (i * 37) % 256));
    const rows = Buffer.alloc(pngRowBytes(width) * height);
    for (let y = 0; y < height; y++) pixels.copy(rows, y * pngRowBytes(width) + 1, y * width * 3, (y + 1) * width * 3);
    const decoded = await sharp(rgbPng(rows, width, height))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([decoded.info.width, decoded.info.height, decoded.info.channels]).toEqual([width, height, 3]);
    expect(decoded.data.equals(pixels)).toBe(true);
  });
});
