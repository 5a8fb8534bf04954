import { fileURLToPath } from 'node:url';

/**
 * The card's fonts ship in the repository (fonts/, SIL Open Font License, from @fontsource as
 * TrueType, which Pango reads), so rendering needs no network and never depends on the machine's
 * fonts. latin-ext covers é, ñ, ü, ő and the like: both subset files carry the same family name,
 * and Pango takes each letter from whichever has it.
 */
const FONTS = {
  /** Pango font descriptions: the family (as the font files name it), then the weight. */
  serif: { description: 'Source Serif 4, Bold', file: 'source-serif-4-{subset}-700-normal.ttf' },
  sans: { description: 'Source Sans 3 SemiBold, Semi-Bold', file: 'source-sans-3-{subset}-600-normal.ttf' },
} as const;
export type CardFont = keyof typeof FONTS;

/** The font files of each card font (latin first, then latin-ext) and its Pango description. */
export function cardFont(font: CardFont): { description: string; files: string[] } {
  return {
    description: FONTS[font].description,
    files: ['latin', 'latin-ext'].map((subset) =>
      fileURLToPath(new URL(`./fonts/${FONTS[font].file.replace('{subset}', subset)}`, import.meta.url)),
    ),
  };
}
