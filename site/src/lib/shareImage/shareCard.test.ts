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

  it('draws accented letters (ő) from the shipped fonts: they ink more than their plain letters', async () => {
    // A glyph missing from the fonts draws nothing (or a box): the accented title would then ink
    // no more than its plain letters without the missing ones.
    const ink = async (title: string) => {
      const { data } = await sharp(await renderShareCard({ title, kicker: 'Blog', siteName }))
        .greyscale()
        .raw()
        .toBuffer({ resolveWithObject: true });
      return data.reduce((dark, value) => dark + (value < 128 ? 1 : 0), 0);
    };
    const [plain, accented] = [await ink('o o o'), await ink('ő ő ő')];
    expect(accented).toBeGreaterThan(plain);
  }, 60_000);

  it('shrinks long titles so 120 characters fit', () => {
    expect(titleSize('Hope')).toBeGreaterThan(titleSize('x'.repeat(120)));
    expect(titleSize('x'.repeat(120))).toBeGreaterThanOrEqual(40);
  });
});
