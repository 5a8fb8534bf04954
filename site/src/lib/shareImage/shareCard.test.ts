import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderShareCard, titleSize } from './shareCard.ts';

const siteName = 'Family Room Mission';

describe('renderShareCard', () => {
  it('makes a 1200×630 PNG, with and without artwork', async () => {
    const art = await sharp({ create: { width: 360, height: 360, channels: 3, background: '#6b8f71' } })
      .png()
      .toBuffer();
    for (const card of [
      { title: 'Hope', kicker: 'Blog', siteName },
      { title: 'Café con Dios', kicker: 'Podcast', siteName, art },
    ]) {
      const meta = await sharp(await renderShareCard(card)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    }
  }, 60_000);

  it('draws accented letters (ő) from the shipped fonts: as wide as their plain letters, with more ink', async () => {
    // A letter missing from the fonts comes from another font (a different width) or draws a box.
    const ink = async (title: string) => {
      const { data, info } = await sharp(await renderShareCard({ title, kicker: 'Blog', siteName }))
        .greyscale()
        .raw()
        .toBuffer({ resolveWithObject: true });
      let [dark, right] = [0, 0];
      for (let y = 0; y < 520; y++)
        for (let x = 0; x < info.width; x++)
          if (data[y * info.width + x]! < 128) [dark, right] = [dark + 1, Math.max(right, x)];
      return { dark, right };
    };
    const [plain, accented] = [await ink('o'.repeat(12)), await ink('ő'.repeat(12))];
    expect(accented.dark).toBeGreaterThan(plain.dark);
    expect(Math.abs(accented.right - plain.right)).toBeLessThanOrEqual(2);
  }, 60_000);

  it('keeps a title too long for its size above the footer: it is set smaller to fit', async () => {
    // 120 of the widest letters beside the artwork, below a two-line kicker.
    const title = Array.from({ length: 15 }, () => 'WWWWWWW').join(' ');
    const art = await sharp({ create: { width: 360, height: 360, channels: 3, background: '#6b8f71' } })
      .png()
      .toBuffer();
    const kicker = 'A very long show name that wraps · Season 12, Episode 120';
    const { data, info } = await sharp(await renderShareCard({ title, kicker, siteName, art }))
      .raw()
      .toBuffer({ resolveWithObject: true });
    // The footer's rule (rows 528 to 533, rust #8a3b12) shows whole under the title: no letter crosses it.
    const notRule: number[] = [];
    for (let y = 528; y < 534; y++)
      for (let x = 0; x < info.width; x++) {
        const at = (y * info.width + x) * info.channels;
        if (data[at] !== 0x8a || data[at + 1] !== 0x3b || data[at + 2] !== 0x12) notRule.push(x);
      }
    expect(notRule).toEqual([]);
  }, 60_000);

  it('shrinks long titles so 120 characters fit', () => {
    expect(titleSize('Hope')).toBeGreaterThan(titleSize('x'.repeat(120)));
    expect(titleSize('x'.repeat(120))).toBeGreaterThanOrEqual(40);
  });
});
