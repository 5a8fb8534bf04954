import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { cardFont, type CardFont } from './shareCardFonts.ts';
import { pngRowBytes, rgbPng } from './rgbPng.ts';
import { SHARE_CARD } from './shareImage.ts';

export interface ShareCardInput {
  title: string;
  /** The line above the title: the show's name, or "Blog". */
  kicker: string;
  /** Artwork shown square beside the title (PNG or JPEG bytes), e.g. the show's cover. */
  art?: Buffer | undefined;
  siteName: string;
}

// The ministry's look (styles/global.css): warm paper, dark brown text, rust accent; a serif title.
const colors = { bg: '#fbf8f3', surface: '#f3ece2', text: '#2a2420', accent: '#8a3b12' } as const;

// The layout, in pixels: a body (kicker and title, the artwork on the right) above a footer band
// with a rule on top.
const { width: W, height: H } = SHARE_CARD;
// A card is kept as the rows of its PNG (rgbPng.ts): each row led by its filter byte.
const ROW = pngRowBytes(W);
const pad = 72;
const bodyTop = 56;
const footer = { height: 96, rule: 6, logo: 56 } as const;
const footerTop = H - footer.height;
const bodyHeight = footerTop - footer.rule - bodyTop;
const art = { size: 360, radius: 20, gap: 56 } as const;
const kickerGap = 24;

/** Title size by length, so 120 characters still fit at a size a phone can read. */
export function titleSize(title: string): number {
  const length = [...title].length;
  return length <= 40 ? 72 : length <= 70 ? 60 : length <= 100 ? 50 : 44;
}

const escapeMarkup = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);

/** Text as coverage (0 to 255 a pixel) and the colour to ink it in. */
interface Layer {
  data: Buffer;
  info: { width: number; height: number };
  color: readonly [number, number, number];
}

const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];

// Each font file is handed to Pango once, before the first text, so every letter finds its subset.
let fontsRegistered: Promise<unknown> | undefined;
const registerFonts = () =>
  (fontsRegistered ??= Promise.all(
    (['serif', 'sans'] as const).flatMap((font) =>
      cardFont(font).files.map((fontfile) =>
        sharp({ text: { text: '.', font: cardFont(font).description, fontfile } })
          .raw()
          .toBuffer(),
      ),
    ),
  ));

/**
 * Text set by Pango (through sharp) in a card font, wrapped at `width`, as a layer. Taller
 * than `maxHeight` (a very long title or word): set again, shrunk to fit.
 */
async function textLayer(
  text: string,
  style: { font: CardFont; size: number; color: string; width: number; lineHeight?: number; letterSpacing?: number },
  maxHeight = Infinity,
): Promise<Layer> {
  await registerFonts();
  const { description, files } = cardFont(style.font);
  // At 72 dpi a point is a pixel; Pango's sizes and spacings are in 1024ths of a point.
  const spacing = [
    style.lineHeight ? ` line_height="${Math.round(style.size * style.lineHeight * 1024)}"` : '',
    style.letterSpacing ? ` letter_spacing="${style.letterSpacing * 1024}"` : '',
  ].join('');
  const options = {
    text: `<span${spacing}>${escapeMarkup(text)}</span>`,
    font: `${description} ${style.size}`,
    fontfile: files[0]!,
    width: style.width,
    wrap: 'word-char' as const,
  };
  const color = rgb(style.color);
  // One channel: how much ink each pixel gets.
  const layer = await sharp({ text: { ...options, dpi: 72 } })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (layer.info.height <= maxHeight) return { ...layer, color };
  // Given a height, sharp picks the resolution at which the text fills width × height.
  const smaller = await sharp({ text: { ...options, height: maxHeight } })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { ...smaller, color };
}

/** Inks a text layer onto the card's rows at (left, top), clipped to the card. */
function blend(card: Buffer, { data, info, color }: Layer, left: number, top: number): void {
  const rows = Math.min(info.height, H - top);
  const columns = Math.min(info.width, W - left);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      const alpha = data[y * info.width + x]!;
      if (alpha === 0) continue;
      const to = (top + y) * ROW + 1 + (left + x) * 3;
      for (let c = 0; c < 3; c++) card[to + c] = (color[c]! * alpha + card[to + c]! * (255 - alpha) + 127) / 255;
    }
  }
}

/**
 * The parts every card of a site (and artwork) shares: background, artwork, footer with the site's
 * name and logo. Drawn once and kept as PNG rows, so a card only sets its own text.
 */
async function renderBackground(siteName: string, artBytes: Buffer | undefined): Promise<Buffer> {
  const artTop = bodyTop + (bodyHeight - art.size) / 2;
  const artLeft = W - pad - art.size;
  const artPng = artBytes
    ? await sharp(artBytes).resize(art.size, art.size, { fit: 'cover' }).png().toBuffer()
    : undefined;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="${W}" height="${H}" fill="${colors.bg}"/>
  <rect y="${footerTop}" width="${W}" height="${footer.height}" fill="${colors.surface}"/>
  <rect y="${footerTop - footer.rule}" width="${W}" height="${footer.rule}" fill="${colors.accent}"/>
  ${
    artPng
      ? `<clipPath id="art"><rect x="${artLeft}" y="${artTop}" width="${art.size}" height="${art.size}" rx="${art.radius}"/></clipPath>
  <image x="${artLeft}" y="${artTop}" width="${art.size}" height="${art.size}" clip-path="url(#art)" href="data:image/png;base64,${artPng.toString('base64')}"/>`
      : ''
  }
  <image x="${W - pad - footer.logo}" y="${footerTop + (footer.height - footer.logo) / 2}" width="${footer.logo}" height="${footer.logo}" href="data:image/svg+xml;base64,${readFileSync(new URL('../../../public/favicon.svg', import.meta.url)).toString('base64')}"/>
</svg>`;
  const pixels = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
  const background = Buffer.alloc(ROW * H);
  for (let y = 0; y < H; y++) pixels.copy(background, y * ROW + 1, y * W * 3, (y + 1) * W * 3);
  const name = await textLayer(siteName, {
    font: 'sans',
    size: 30,
    color: colors.text,
    width: W - 2 * pad - 2 * footer.logo,
  });
  blend(background, name, pad, footerTop + Math.round((footer.height - name.info.height) / 2));
  return background;
}

/*
 * Backgrounds by artwork and site name. Keyed by the artwork's Buffer, which drawShareCards reads
 * once for all of a show's cards, rather than by a hash of its bytes: a show's cover can be a few
 * megabytes, hashed again for every episode's card.
 */
const NO_ART = Buffer.alloc(0);
const backgrounds = new WeakMap<Buffer, Map<string, Promise<Buffer>>>();
function background(siteName: string, artBytes: Buffer | undefined): Promise<Buffer> {
  const art = artBytes ?? NO_ART;
  let bySite = backgrounds.get(art);
  if (!bySite) backgrounds.set(art, (bySite = new Map()));
  let drawn = bySite.get(siteName);
  if (!drawn) bySite.set(siteName, (drawn = renderBackground(siteName, artBytes)));
  return drawn;
}

// The last few kickers set: most cards in a row share theirs ("Blog"), so it is set once.
const kickers = new Map<string, Promise<Layer>>();
function kickerText(kicker: string, width: number): Promise<Layer> {
  const key = `${width} ${kicker}`;
  let layer = kickers.get(key);
  if (!layer) {
    layer = textLayer(kicker.toLocaleUpperCase('en'), {
      font: 'sans',
      size: 24,
      color: colors.accent,
      width,
      letterSpacing: 2,
    });
    kickers.set(key, layer);
    if (kickers.size > 8) kickers.delete(kickers.keys().next().value!);
  }
  return layer;
}

/*
 * The raw cards being drawn, reused: a build draws hundreds, and a fresh 2 MB buffer for each made
 * V8 collect garbage over and over.
 */
const spareCards: Buffer[] = [];

/** The card as a 1200×630 PNG. */
export async function renderShareCard(input: ShareCardInput): Promise<Buffer> {
  const card = spareCards.pop() ?? Buffer.allocUnsafe(ROW * H);
  try {
    return await drawCard(card, input);
  } finally {
    spareCards.push(card);
  }
}

async function drawCard(card: Buffer, { title, kicker, art: artBytes, siteName }: ShareCardInput): Promise<Buffer> {
  const width = W - 2 * pad - (artBytes ? art.size + art.gap : 0);
  const [, kickerLayer] = await Promise.all([
    background(siteName, artBytes).then((shared) => shared.copy(card)),
    kickerText(kicker, width),
  ]);
  const size = titleSize(title);
  const titleRoom = bodyHeight - kickerLayer.info.height - kickerGap;
  const titleLayer = await textLayer(
    title,
    { font: 'serif', size, color: colors.text, width, lineHeight: 1.15 },
    titleRoom,
  );
  // Kicker and title centred together in the body, as a column.
  const top = bodyTop + Math.round((bodyHeight - kickerLayer.info.height - kickerGap - titleLayer.info.height) / 2);
  blend(card, kickerLayer, pad, top);
  blend(card, titleLayer, pad, top + kickerLayer.info.height + kickerGap);
  return rgbPng(card, W, H);
}
