import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import logo from '../../../public/favicon.svg?raw';

/** A generated share card: the size Facebook, LinkedIn, X and chat apps show large. */
export const SHARE_CARD = { width: 1200, height: 630 } as const;

export interface ShareCardInput {
  title: string;
  /** The line above the title: the show's name, or "Blog". */
  kicker: string;
  /** Square artwork shown beside the title (PNG or JPEG bytes), e.g. the show's cover. */
  art?: Buffer | undefined;
  siteName: string;
}

// The ministry's look (styles/global.css): warm paper, dark brown text, rust accent; a serif title.
const colors = { bg: '#fbf8f3', surface: '#f3ece2', text: '#2a2420', muted: '#5c524b', accent: '#8a3b12' } as const;

// Fonts ship with the build (npm packages under the SIL Open Font License), so rendering needs no
// network and looks the same on every machine. latin-ext covers é, ñ, ü, ő and the like.
const require = createRequire(import.meta.url);
const fontFile = (path: string) => readFileSync(require.resolve(`@fontsource/${path}`));
let fontCache: Parameters<typeof satori>[1]['fonts'] | undefined;
const fonts = () =>
  (fontCache ??= [
    // One name per subset file: satori picks a font by family name, then falls back along the list.
    ...['latin', 'latin-ext'].map((subset) => ({
      name: `serif-${subset}`,
      data: fontFile(`source-serif-4/files/source-serif-4-${subset}-700-normal.woff`),
      weight: 700 as const,
      style: 'normal' as const,
    })),
    ...['latin', 'latin-ext'].map((subset) => ({
      name: `sans-${subset}`,
      data: fontFile(`source-sans-3/files/source-sans-3-${subset}-600-normal.woff`),
      weight: 600 as const,
      style: 'normal' as const,
    })),
  ]);

/** Title size by length, so 120 characters still fit in four lines at a size a phone can read. */
export function titleSize(title: string): number {
  const length = [...title].length;
  return length <= 40 ? 72 : length <= 70 ? 60 : length <= 100 ? 50 : 44;
}

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const el = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  extra: Record<string, unknown> = {},
): Node => ({ type, props: { style, children, ...extra } });

function card({ title, kicker, art, siteName }: ShareCardInput): Node {
  const size = titleSize(title);
  const text = el('div', { display: 'flex', flexDirection: 'column', flex: 1, justifyContent: 'center', gap: 24 }, [
    el(
      'div',
      {
        fontFamily: 'sans-latin, sans-latin-ext',
        fontSize: 24,
        color: colors.accent,
        textTransform: 'uppercase',
        letterSpacing: 2,
      },
      kicker,
    ),
    // Clamped: a title longer than four lines ends in an ellipsis rather than running off the card.
    el(
      'div',
      {
        fontFamily: 'serif-latin, serif-latin-ext',
        fontSize: size,
        lineHeight: 1.15,
        color: colors.text,
        display: 'block',
        lineClamp: 4,
      },
      title,
    ),
  ]);
  const body = el('div', { display: 'flex', flex: 1, alignItems: 'center', gap: 56, padding: '56px 72px 0' }, [
    text,
    ...(art
      ? [
          el('img', { width: 360, height: 360, borderRadius: 20, objectFit: 'cover' }, undefined, {
            src: `data:image/png;base64,${art.toString('base64')}`,
            width: 360,
            height: 360,
          }),
        ]
      : []),
  ]);
  const footer = el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      height: 96,
      padding: '0 72px',
      background: colors.surface,
      borderTop: `6px solid ${colors.accent}`,
    },
    [
      el('div', { fontFamily: 'sans-latin, sans-latin-ext', fontSize: 30, color: colors.text }, siteName),
      el('img', { width: 56, height: 56 }, undefined, {
        src: `data:image/svg+xml;base64,${Buffer.from(logo).toString('base64')}`,
        width: 56,
        height: 56,
      }),
    ],
  );
  return el('div', { display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: colors.bg }, [
    body,
    footer,
  ]);
}

/** The card as a 1200×630 PNG. */
export async function renderShareCard(input: ShareCardInput): Promise<Buffer> {
  const svg = await satori(card(input) as Parameters<typeof satori>[0], { ...SHARE_CARD, fonts: fonts() });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
