import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedPng, pruneCache } from './shareImageCache.ts';

describe('cachedPng', () => {
  let folder: string;
  let renders: number;
  const render = (bytes: string) => async () => {
    renders++;
    return Buffer.from(bytes);
  };
  beforeEach(async () => {
    folder = join(await mkdtemp(join(tmpdir(), 'share-cache-')), 'share-images');
    renders = 0;
  });
  afterEach(() => rm(join(folder, '..'), { recursive: true, force: true }));

  it('renders each card once: a rebuild with the same inputs renders none', async () => {
    const cards = [
      { title: 'Café', art: 'image-a' },
      { title: 'Hope', art: null },
    ];
    const first = await Promise.all(cards.map((card) => cachedPng(folder, card, render(card.title))));
    expect(renders).toBe(2);
    const again = await Promise.all(cards.map((card) => cachedPng(folder, card, render('not used'))));
    expect(renders).toBe(2);
    expect(again).toEqual(first);
    expect((await readdir(folder)).filter((file) => file.endsWith('.png'))).toHaveLength(2);
  });

  it('renders again when anything that shapes the card changes', async () => {
    await cachedPng(folder, { title: 'Hope', art: 'image-a' }, render('1'));
    await cachedPng(folder, { title: 'Hope!', art: 'image-a' }, render('2'));
    await cachedPng(folder, { title: 'Hope', art: 'image-b' }, render('3'));
    expect(renders).toBe(3);
  });

  it('prunes the cards no longer wanted and keeps the rest', async () => {
    const [kept, old] = [{ title: 'Hope' }, { title: 'Old title' }];
    await cachedPng(folder, kept, render('kept'));
    await cachedPng(folder, old, render('old'));
    await pruneCache(folder, [kept]);
    expect(await readdir(folder)).toHaveLength(1);
    await cachedPng(folder, kept, render('not used'));
    expect(renders).toBe(2);
  });
});
