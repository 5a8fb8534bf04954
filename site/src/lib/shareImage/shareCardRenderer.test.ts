import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { shareCardRenderer } from './shareCardRenderer.ts';

describe('shareCardRenderer', () => {
  it('draws cards in its worker, several at a time, each answered with its own PNG', async () => {
    const render = shareCardRenderer(new URL('./shareCardWorker.ts', import.meta.url));
    const titles = ['Hope', 'Café con Dios', 'A much longer title that takes two lines on the card'];
    const pngs = await Promise.all(
      titles.map((title) => render({ title, kicker: 'Blog', siteName: 'Family Room Mission' })),
    );
    for (const png of pngs) {
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    }
    // Each answer is its own card, not another request's.
    expect(new Set(pngs.map((png) => png.toString('base64'))).size).toBe(3);
  }, 60_000);

  it('fails the cards of a worker that cannot start, naming why', async () => {
    const render = shareCardRenderer(new URL('./noSuchWorker.ts', import.meta.url));
    await expect(render({ title: 'Hope', kicker: 'Blog', siteName: 'Family Room Mission' })).rejects.toThrow(
      /noSuchWorker|Cannot find module/,
    );
  }, 60_000);
});
