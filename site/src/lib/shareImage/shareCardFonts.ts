import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { woffToSfnt } from './woffToSfnt.ts';

/**
 * The card's fonts ship with the build (npm packages under the SIL Open Font License), so rendering
 * needs no network and never depends on the machine's fonts. Pango reads fonts from files, so
 * each WOFF is written out once as TrueType (named by its content, in the temp folder).
 * latin-ext covers é, ñ, ü, ő and the like: both subset files carry the same family name, and
 * Pango takes each letter from whichever has it.
 */
const require = createRequire(import.meta.url);
const FONTS = {
  /** Pango font descriptions: the family (as the font files name it), then the weight. */
  serif: { description: 'Source Serif 4, Bold', woff: 'source-serif-4/files/source-serif-4-{subset}-700-normal.woff' },
  sans: {
    description: 'Source Sans 3 SemiBold, Semi-Bold',
    woff: 'source-sans-3/files/source-sans-3-{subset}-600-normal.woff',
  },
} as const;
export type CardFont = keyof typeof FONTS;

function writeTtf(woffPath: string): string {
  const ttf = woffToSfnt(readFileSync(require.resolve(`@fontsource/${woffPath}`)));
  const folder = join(tmpdir(), 'frm-share-card-fonts');
  const file = join(folder, `${createHash('sha256').update(ttf).digest('hex').slice(0, 16)}.ttf`);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    // Written aside, then renamed: parallel builds never read a half-written font.
    writeFileSync(`${file}.${process.pid}`, ttf);
    renameSync(`${file}.${process.pid}`, file);
  }
  return file;
}

let files: Record<CardFont, string[]> | undefined;

/** The font files of each card font (latin first, then latin-ext) and its Pango description. */
export function cardFont(font: CardFont): { description: string; files: string[] } {
  files ??= {
    serif: ['latin', 'latin-ext'].map((subset) => writeTtf(FONTS.serif.woff.replace('{subset}', subset))),
    sans: ['latin', 'latin-ext'].map((subset) => writeTtf(FONTS.sans.woff.replace('{subset}', subset))),
  };
  return { description: FONTS[font].description, files: files[font] };
}
