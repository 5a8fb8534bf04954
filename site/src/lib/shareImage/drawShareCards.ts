import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderShareCard } from './shareCard.ts';
import type { CardArt, ShareCardSpec } from './shareCards.ts';

// Bump when the card's design changes: every cached card is made again.
const DESIGN = 5;

/** The cards' files in the cache folder, by path under /og/; how many were drawn; what went wrong. */
export interface DrawnShareCards {
  files: Array<{ path: string; file: string }>;
  drawn: number;
  warnings: string[];
}

/** A card's cache file, named by a hash of everything that shapes it (the design's version included). */
function cacheFile(folder: string, { title, kicker, siteName, art }: ShareCardSpec): string {
  // Sanity asset ids name the file's content, so the id stands for the artwork's bytes.
  const inputs = { DESIGN, title, kicker, siteName, art: art?.id ?? null };
  return join(folder, `${createHash('sha256').update(JSON.stringify(inputs)).digest('hex')}.png`);
}

/**
 * Draws the cards missing from `folder` (a rebuild with nothing changed draws none), one at a
 * time, and removes the cached cards no longer wanted (an old title, an old design), so the cache
 * does not grow forever. A card whose artwork cannot be read is drawn without it, with a warning,
 * and not cached: the next build tries the artwork again.
 */
export async function drawShareCards(cards: ShareCardSpec[], folder: string): Promise<DrawnShareCards> {
  await mkdir(folder, { recursive: true });
  const cached = new Set((await readdir(folder)).map((name) => join(folder, name)));
  const result: DrawnShareCards = { files: [], drawn: 0, warnings: [] };
  const artwork = new Map<string, Promise<Buffer | undefined>>();
  for (const card of cards) {
    const file = cacheFile(folder, card);
    result.files.push({ path: card.path, file });
    if (cached.has(file)) continue;
    let artBytes: Buffer | undefined;
    if (card.art) {
      if (!artwork.has(card.art.id)) artwork.set(card.art.id, readArt(card.art, result.warnings));
      artBytes = await artwork.get(card.art.id);
    }
    const png = await renderShareCard({ ...card, art: artBytes }).catch((error: unknown) => {
      throw new Error(`Share card of “${card.title}” (${card.path}): ${(error as Error).message}`);
    });
    result.drawn++;
    // Without its artwork: written under another name, so it is drawn again next time.
    const target = card.art && !artBytes ? `${file}.without-art` : file;
    // Written aside, then renamed: a build stopped halfway leaves no half-written image to reuse.
    await writeFile(`${target}.tmp`, png);
    await rename(`${target}.tmp`, target);
    result.files.at(-1)!.file = target;
  }
  const wanted = new Set(result.files.map(({ file }) => file));
  for (const file of cached) if (!wanted.has(file)) await rm(file, { force: true });
  return result;
}

/** The artwork's bytes (read once a build): the embedded export's file, or a download from the Content Lake. */
async function readArt(art: CardArt, warnings: string[]): Promise<Buffer | undefined> {
  try {
    if (art.file) return await readFile(art.file);
    const response = await fetch(art.url);
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${art.url}`);
    return Buffer.from(await response.arrayBuffer());
  } catch (error) {
    warnings.push(
      `Share cards: the show's artwork ${art.id} could not be read (${(error as Error).message}); the episodes' cards are made without it this time, and drawn again by the next build.`,
    );
    return undefined;
  }
}
