import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A PNG from the cache folder, named by a hash of everything that shapes it (`inputs`, which
 * includes the renderer's version); made by `render` only when missing. A rebuild with nothing
 * changed renders none.
 */
export async function cachedPng(folder: string, inputs: unknown, render: () => Promise<Buffer>): Promise<Buffer> {
  const file = join(folder, `${createHash('sha256').update(JSON.stringify(inputs)).digest('hex')}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const png = await render();
  await mkdir(folder, { recursive: true });
  // Written aside, then renamed: a build stopped halfway leaves no half-written image to reuse.
  await writeFile(`${file}.tmp`, png);
  await rename(`${file}.tmp`, file);
  return png;
}
