import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The cache file of a card: named by a hash of everything that shapes it (the renderer's version included). */
const cacheFile = (folder: string, inputs: unknown) =>
  join(folder, `${createHash('sha256').update(JSON.stringify(inputs)).digest('hex')}.png`);

/**
 * A PNG from the cache folder, made by `render` only when missing. A rebuild with nothing
 * changed renders none.
 */
export async function cachedPng(folder: string, inputs: unknown, render: () => Promise<Buffer>): Promise<Buffer> {
  const file = cacheFile(folder, inputs);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const png = await render();
  await mkdir(folder, { recursive: true });
  // Written aside, then renamed: a build stopped halfway leaves no half-written image to reuse.
  await writeFile(`${file}.tmp`, png);
  await rename(`${file}.tmp`, file);
  return png;
}

/** Removes the cached cards no longer wanted (an old title, an old design), so the cache does not grow forever. */
export async function pruneCache(folder: string, wanted: unknown[]): Promise<void> {
  const keep = new Set(wanted.map((inputs) => cacheFile(folder, inputs)));
  const files = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    files
      .map((name) => join(folder, name))
      .filter((file) => file.endsWith('.png') && !keep.has(file))
      .map((file) => rm(file, { force: true })),
  );
}
