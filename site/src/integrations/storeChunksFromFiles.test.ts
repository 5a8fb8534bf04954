import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STORE_CHUNK_ID, storeChunkModule, storeFolder } from './storeChunksFromFiles.ts';

const CHUNK = '0123456789abcdef.txt';
const chunkId = (fileName: string) => `\0astro:data-layer-content-chunk:${fileName}.mjs`;

/** A store folder holding one chunk with `text`. */
async function folderWith(text: string): Promise<URL> {
  const folder = await mkdtemp(join(tmpdir(), 'frm-store-'));
  await writeFile(join(folder, CHUNK), text);
  return pathToFileURL(`${folder}/`);
}

describe('store chunk modules read from their files', () => {
  it('recognises only resolved chunk ids', () => {
    expect(STORE_CHUNK_ID.exec(chunkId(CHUNK))?.[1]).toBe(CHUNK);
    for (const id of ['\0astro:data-layer-content', `astro:data-layer-content-chunk:${CHUNK}`, chunkId('../../etc/passwd'), chunkId('0123456789ABCDEF.txt'), `${chunkId(CHUNK)}?x`]) {
      expect(STORE_CHUNK_ID.test(id), id).toBe(false);
    }
  });

  it('gives a module whose default export is the chunk file, character for character', async () => {
    const text = '[[1,2],"post-1",{"title":"Grace \\u2014 “quoted” 🙂"}]\n[[3],"x\\ny"]';
    const folder = await folderWith(text);
    const code = storeChunkModule(chunkId(CHUNK), folder);
    expect(code).toBeDefined();
    const module = join(await mkdtemp(join(tmpdir(), 'frm-store-module-')), 'chunk.mjs');
    await writeFile(module, code!);
    const { default: loaded } = (await import(pathToFileURL(module).href)) as { default: string };
    expect(loaded).toBe(text);
  });

  it("leaves Astro's own module in place when the chunk file is not where a build keeps it", async () => {
    const folder = await folderWith('[]');
    expect(storeChunkModule(chunkId('fedcba9876543210.txt'), folder)).toBeUndefined();
    expect(storeChunkModule('\0astro:data-layer-content', folder)).toBeUndefined();
  });

  it('looks in the data-store folder of the cache folder', () => {
    expect(storeFolder(new URL('file:///work/cache/')).href).toBe('file:///work/cache/data-store/');
  });
});
