import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { drawShareCardsInWorker } from './drawShareCardsInWorker.ts';
import type { ShareCardSpec } from './shareCards.ts';

const card = (slug: string, title: string, art: ShareCardSpec['art'] = null): ShareCardSpec => ({
  path: `/og/blog/${slug}.png`,
  title,
  kicker: 'Blog',
  siteName: 'Family Room Mission',
  art,
});
const cards = [
  card('hope', 'Hope'),
  card('cafe', 'Café con Dios'),
  card('long', 'A much longer title that takes two lines'),
];

describe('drawShareCardsInWorker', () => {
  let work: string;
  let folder: string;
  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'share-cards-'));
    folder = join(work, 'share-images');
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  it('draws each card once in its worker: a rebuild with the same cards draws none', async () => {
    const first = await drawShareCardsInWorker(cards, folder);
    expect(first.drawn).toBe(3);
    expect(first.files.map((f) => f.path)).toEqual(cards.map((c) => c.path));
    const pngs = await Promise.all(first.files.map(({ file }) => readFile(file)));
    for (const png of pngs) {
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    }
    // Each file is its own card.
    expect(new Set(pngs.map((png) => png.toString('base64'))).size).toBe(3);

    const again = await drawShareCardsInWorker(cards, folder);
    expect(again.drawn).toBe(0);
    expect(again.files).toEqual(first.files);
  }, 60_000);

  it('draws a card again when its title changes, and removes the cached cards no longer wanted', async () => {
    await drawShareCardsInWorker(cards, folder);
    const retitled = [card('hope', 'Hope, again'), cards[1]!];
    const result = await drawShareCardsInWorker(retitled, folder);
    expect(result.drawn).toBe(1);
    expect((await readdir(folder)).sort()).toEqual(
      result.files.map(({ file }) => file.slice(folder.length + 1)).sort(),
    );
  }, 60_000);

  it('draws a card whose artwork cannot be read without it, says so, and draws it again next time', async () => {
    const art = { id: 'image-missing-360x360-png', file: join(work, 'missing.png'), url: '' };
    const episode = card('episode', 'Fighting fair', art);
    const first = await drawShareCardsInWorker([episode], folder);
    expect(first.drawn).toBe(1);
    expect(first.warnings).toEqual([
      expect.stringContaining("the show's artwork image-missing-360x360-png could not be read"),
    ]);
    await writeFile(
      art.file,
      await sharp({ create: { width: 360, height: 360, channels: 3, background: '#6b8f71' } })
        .png()
        .toBuffer(),
    );
    const second = await drawShareCardsInWorker([episode], folder);
    expect([second.drawn, second.warnings]).toEqual([1, []]);
    expect(await readFile(second.files[0]!.file)).not.toEqual(await readFile(first.files[0]!.file).catch(() => null));
  }, 60_000);

  it("downloads the show's artwork from the Content Lake once for all its episodes' cards", async () => {
    const art = await sharp({ create: { width: 360, height: 360, channels: 3, background: '#6b8f71' } })
      .png()
      .toBuffer();
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url!);
      response.end(art);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/images/art.png?w=360`;
      const episodes = [card('one', 'One', { id: 'image-art', url }), card('two', 'Two', { id: 'image-art', url })];
      const result = await drawShareCardsInWorker(episodes, folder);
      expect([result.drawn, result.warnings]).toEqual([2, []]);
      expect(requests).toEqual(['/images/art.png?w=360']);
      // The artwork is on the card: the card's right side is no longer plain paper.
      const { channels } = await sharp(await readFile(result.files[0]!.file))
        .extract({ left: 800, top: 150, width: 300, height: 300 })
        .stats();
      // The artwork is green; the paper is warm (more red than green).
      expect(channels[1]!.mean).toBeGreaterThan(channels[0]!.mean);
    } finally {
      server.close();
    }
  }, 60_000);

  it('fails when the cards cannot be written, naming why', async () => {
    await writeFile(join(work, 'a-file'), '');
    await expect(drawShareCardsInWorker(cards, join(work, 'a-file', 'share-images'))).rejects.toThrow(/ENOTDIR|EEXIST/);
  }, 60_000);
});
