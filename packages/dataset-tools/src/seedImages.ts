/*
 * The seed dataset's pictures: calm, warm, abstract scenes (hills at dusk, a lit house, candles,
 * book covers) drawn by raster.ts and encoded as JPEG by sharp. No text, no fonts.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import {
  circle,
  createCanvas,
  ellipse,
  fillBelow,
  glow,
  linearGradient,
  mix,
  polygon,
  ring,
  roundedFrame,
  roundedRect,
  toBytes,
  type Canvas,
  type RGB,
} from './raster.ts';
import type { AssetFile } from './values.ts';

export const palette = {
  cream: [248, 240, 229],
  linen: [240, 226, 208],
  sand: [233, 214, 190],
  peach: [243, 204, 170],
  apricot: [236, 178, 132],
  ochre: [214, 160, 86],
  terracotta: [196, 116, 86],
  clay: [164, 92, 70],
  rose: [214, 163, 156],
  mauve: [176, 132, 140],
  sage: [156, 172, 140],
  olive: [116, 128, 96],
  brown: [110, 80, 62],
  deepBrown: [72, 52, 44],
} as const satisfies Record<string, RGB>;

const JPEG_QUALITY = 70;

/** Encodes a canvas as a baseline JPEG and names it the way an export does: `<sha1>-<w>x<h>.jpg`. */
export async function jpegAsset(c: Canvas): Promise<AssetFile> {
  const bytes = await sharp(toBytes(c), { raw: { width: c.width, height: c.height, channels: 3 } })
    .jpeg({
      quality: JPEG_QUALITY,
      chromaSubsampling: '4:2:0',
      progressive: false,
      optimiseCoding: true,
      mozjpeg: false,
    })
    .toBuffer();
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  return { path: `images/${sha1}-${c.width}x${c.height}.jpg`, bytes: new Uint8Array(bytes) };
}

// Scenes ------------------------------------------------------------------------------------

export interface LandscapeOptions {
  sky: readonly [RGB, RGB, RGB];
  sun: { x: number; y: number; r: number; color: RGB };
  hills: ReadonlyArray<{ base: number; amplitude: number; waves: number; phase: number; color: RGB }>;
}

/** Sky gradient, a low sun with a glow, and layered hills; positions are fractions of the canvas. */
export function landscape(width: number, height: number, o: LandscapeOptions): Canvas {
  const c = createCanvas(width, height);
  linearGradient(c, [
    [0, o.sky[0]],
    [0.55, o.sky[1]],
    [1, o.sky[2]],
  ]);
  const unit = Math.min(width, height);
  const sx = o.sun.x * width;
  const sy = o.sun.y * height;
  glow(c, sx, sy, o.sun.r * unit * 4, palette.cream, 0.55);
  circle(c, sx, sy, o.sun.r * unit, o.sun.color, 0.95);
  for (const hill of o.hills) {
    fillBelow(
      c,
      (x) => {
        const t = x / width;
        const wave =
          Math.sin(t * Math.PI * hill.waves + hill.phase) +
          0.35 * Math.sin(t * Math.PI * hill.waves * 2.3 + hill.phase * 1.7);
        return (hill.base - hill.amplitude * wave) * height;
      },
      hill.color,
    );
  }
  return c;
}

const dusk = (variant: number): LandscapeOptions => {
  const skies: ReadonlyArray<readonly [RGB, RGB, RGB]> = [
    [palette.rose, palette.peach, palette.cream],
    [palette.mauve, palette.apricot, palette.linen],
    [palette.peach, palette.cream, palette.sand],
    [[196, 170, 170], palette.rose, palette.peach],
  ];
  const hillSets: ReadonlyArray<readonly [RGB, RGB, RGB]> = [
    [palette.sage, palette.olive, palette.brown],
    [palette.apricot, palette.terracotta, palette.clay],
    [palette.sand, palette.ochre, palette.brown],
    [palette.rose, palette.mauve, palette.deepBrown],
  ];
  const sky = skies[variant % skies.length]!;
  const hills = hillSets[Math.floor(variant / 2) % hillSets.length]!;
  const phase = variant * 1.3;
  return {
    sky,
    sun: {
      x: 0.25 + ((variant * 0.17) % 0.5),
      y: 0.42 + (variant % 3) * 0.05,
      r: 0.09,
      color: variant % 2 === 0 ? palette.cream : [250, 226, 190],
    },
    hills: [
      { base: 0.66, amplitude: 0.05, waves: 1.6, phase, color: mix(hills[0], sky[2], 0.35) },
      { base: 0.77, amplitude: 0.06, waves: 2.1, phase: phase + 2, color: hills[1] },
      { base: 0.89, amplitude: 0.04, waves: 1.3, phase: phase + 4, color: hills[2] },
    ],
  };
};

/** A small house with a lit window on the nearest hill: the "family room" at dusk. */
function house(c: Canvas, cx: number, groundY: number, size: number, wall: RGB, roof: RGB): void {
  const w = size;
  const h = size * 0.7;
  roundedRect(c, cx - w / 2, groundY - h, cx + w / 2, groundY + size * 0.1, size * 0.03, wall);
  polygon(
    c,
    [
      [cx - w * 0.62, groundY - h + 1],
      [cx, groundY - h - size * 0.55],
      [cx + w * 0.62, groundY - h + 1],
    ],
    roof,
  );
  const win = size * 0.24;
  glow(c, cx - w * 0.18, groundY - h * 0.5, win * 2.4, [255, 214, 150], 0.5);
  roundedRect(
    c,
    cx - w * 0.18 - win / 2,
    groundY - h * 0.5 - win / 2,
    cx - w * 0.18 + win / 2,
    groundY - h * 0.5 + win / 2,
    win * 0.12,
    [255, 222, 164],
  );
  roundedRect(c, cx + w * 0.12, groundY - h * 0.62, cx + w * 0.34, groundY + 1, size * 0.03, roof);
}

function homeAtDusk(width: number, height: number): Canvas {
  const c = landscape(width, height, {
    sky: [palette.mauve, palette.peach, palette.cream],
    sun: { x: 0.72, y: 0.5, r: 0.1, color: [252, 232, 200] },
    hills: [
      { base: 0.7, amplitude: 0.04, waves: 1.4, phase: 0.4, color: mix(palette.apricot, palette.cream, 0.3) },
      { base: 0.8, amplitude: 0.03, waves: 1.9, phase: 2.2, color: palette.terracotta },
    ],
  });
  const unit = Math.min(width, height);
  house(c, width * 0.36, height * 0.82, unit * 0.26, palette.linen, palette.clay);
  fillBelow(c, (x) => height * (0.9 - 0.02 * Math.sin((x / width) * Math.PI * 1.5 + 1)), palette.brown);
  return c;
}

/** A head-and-shoulders silhouette on a warm background, for a person's photo. */
function portrait(size: number, background: readonly [RGB, RGB], figure: RGB, longHair: boolean): Canvas {
  const c = createCanvas(size, size);
  linearGradient(
    c,
    [
      [0, background[0]],
      [1, background[1]],
    ],
    60,
  );
  glow(c, size * 0.5, size * 0.42, size * 0.55, palette.cream, 0.5);
  const head = size * 0.17;
  if (longHair) ellipse(c, size * 0.5, size * 0.46, head * 1.25, head * 1.6, mix(figure, palette.deepBrown, 0.5));
  ellipse(c, size * 0.5, size * 1.02, size * 0.36, size * 0.3, figure);
  circle(c, size * 0.5, size * 0.4, head, mix(figure, palette.peach, 0.55));
  return c;
}

function coverBackground(width: number, height: number, from: RGB, to: RGB): Canvas {
  const c = createCanvas(width, height);
  linearGradient(
    c,
    [
      [0, from],
      [1, to],
    ],
    35,
  );
  glow(c, width * 0.2, height * 0.2, Math.max(width, height) * 0.5, palette.cream, 0.35);
  return c;
}

/** A closed book with a spine and bars where a title would be. */
function bookCover(width: number, height: number): Canvas {
  const c = coverBackground(width, height, palette.sand, palette.apricot);
  const x0 = width * 0.36;
  const x1 = width * 0.64;
  const y0 = height * 0.16;
  const y1 = height * 0.84;
  roundedRect(c, x0 + 10, y0 + 12, x1 + 10, y1 + 12, 10, palette.brown, 0.25);
  roundedRect(c, x0, y0, x1, y1, 10, palette.terracotta);
  roundedRect(c, x0, y0, x0 + (x1 - x0) * 0.1, y1, 6, palette.clay);
  roundedRect(c, x0 + 40, y0 + 60, x1 - 28, y0 + 78, 9, palette.cream);
  roundedRect(c, x0 + 40, y0 + 96, x1 - 70, y0 + 110, 7, palette.peach);
  circle(c, (x0 + x1) / 2 + 12, y1 - 110, 42, palette.ochre);
  return c;
}

/** Concentric rings around a small disc: a song rising, for the worship course. */
function songRings(width: number, height: number): Canvas {
  const c = coverBackground(width, height, palette.rose, palette.mauve);
  const cx = width * 0.5;
  const cy = height * 0.5;
  for (let i = 4; i >= 1; i--) ring(c, cx, cy, 48 * i + 20, 10, palette.cream, 0.22 + 0.12 * (5 - i));
  circle(c, cx, cy, 46, palette.ochre);
  return c;
}

/** A page with a folded corner and a download arrow. */
function downloadSheet(width: number, height: number): Canvas {
  const c = coverBackground(width, height, palette.linen, palette.sage);
  const x0 = width * 0.34;
  const x1 = width * 0.66;
  const y0 = height * 0.14;
  const y1 = height * 0.86;
  const fold = 60;
  polygon(
    c,
    [
      [x0, y0],
      [x1 - fold, y0],
      [x1, y0 + fold],
      [x1, y1],
      [x0, y1],
    ],
    palette.cream,
  );
  polygon(
    c,
    [
      [x1 - fold, y0],
      [x1, y0 + fold],
      [x1 - fold, y0 + fold],
    ],
    palette.sand,
  );
  for (let i = 0; i < 5; i++)
    roundedRect(c, x0 + 32, y0 + 90 + i * 34, x1 - 32 - (i % 2) * 50, y0 + 102 + i * 34, 6, palette.sage, 0.8);
  const ax = (x0 + x1) / 2;
  const ay = y1 - 120;
  roundedRect(c, ax - 14, ay - 40, ax + 14, ay + 10, 4, palette.terracotta);
  polygon(
    c,
    [
      [ax - 40, ay + 4],
      [ax + 40, ay + 4],
      [ax, ay + 48],
    ],
    palette.terracotta,
  );
  return c;
}

/** A screen with a play button. */
function videoScreen(width: number, height: number): Canvas {
  const c = coverBackground(width, height, palette.peach, palette.terracotta);
  const x0 = width * 0.18;
  const x1 = width * 0.82;
  const y0 = height * 0.2;
  const y1 = height * 0.76;
  roundedRect(c, x0, y0, x1, y1, 24, palette.deepBrown, 0.85);
  glow(c, width * 0.5, (y0 + y1) / 2, (x1 - x0) * 0.4, palette.apricot, 0.5);
  circle(c, width * 0.5, (y0 + y1) / 2, 62, palette.cream, 0.95);
  polygon(
    c,
    [
      [width * 0.5 - 18, (y0 + y1) / 2 - 30],
      [width * 0.5 + 32, (y0 + y1) / 2],
      [width * 0.5 - 18, (y0 + y1) / 2 + 30],
    ],
    palette.terracotta,
  );
  roundedRect(c, width * 0.4, y1 + 30, width * 0.6, y1 + 42, 6, palette.cream, 0.8);
  return c;
}

/** Two linked rings, for a link to another site. */
function linkedRings(width: number, height: number): Canvas {
  const c = coverBackground(width, height, palette.cream, palette.ochre);
  const cy = height * 0.5;
  roundedFrame(c, width * 0.22, cy - 70, width * 0.56, cy + 70, 70, 34, palette.clay);
  roundedFrame(c, width * 0.44, cy - 70, width * 0.78, cy + 70, 70, 34, palette.brown);
  return c;
}

/** Three candles with soft flames on a table: a family worship night. */
function candles(width: number, height: number): Canvas {
  const c = createCanvas(width, height);
  linearGradient(c, [
    [0, [92, 66, 58]],
    [0.7, palette.brown],
    [1, palette.clay],
  ]);
  fillBelow(c, () => height * 0.74, palette.terracotta);
  const sticks = [
    { x: 0.36, h: 0.34 },
    { x: 0.5, h: 0.46 },
    { x: 0.64, h: 0.28 },
  ];
  for (const s of sticks) {
    const cx = width * s.x;
    const top = height * (0.74 - s.h);
    glow(c, cx, top - 30, height * 0.3, [255, 200, 130], 0.45);
    roundedRect(c, cx - 30, top, cx + 30, height * 0.76, 8, palette.linen);
    ellipse(c, cx, top - 26, 12, 26, [255, 214, 140]);
    ellipse(c, cx, top - 20, 6, 14, [255, 246, 220]);
  }
  return c;
}

/** Plates around a round table seen from above: family dinner. */
function tableFromAbove(width: number, height: number): Canvas {
  const c = coverBackground(width, height, palette.sand, palette.linen);
  const cx = width * 0.5;
  const cy = height * 0.5;
  const r = Math.min(width, height) * 0.38;
  circle(c, cx + 8, cy + 10, r, palette.brown, 0.2);
  circle(c, cx, cy, r, palette.ochre);
  for (let i = 0; i < 6; i++) {
    const a = (i / 6) * Math.PI * 2 + 0.3;
    const px = cx + Math.cos(a) * r * 0.68;
    const py = cy + Math.sin(a) * r * 0.68;
    circle(c, px, py, r * 0.19, palette.cream);
    circle(c, px, py, r * 0.12, palette.linen);
  }
  circle(c, cx, cy, r * 0.2, palette.sage);
  return c;
}

// The images of the seed dataset -----------------------------------------------------------

export interface SeedImages {
  postMain: AssetFile[];
  worshipNightCandles: AssetFile;
  podcastArtwork: AssetFile;
  podcastWide: AssetFile;
  socialImage: AssetFile;
  hostNate: AssetFile;
  hostRachel: AssetFile;
  ebookCover: AssetFile;
  courseCover: AssetFile;
  downloadCover: AssetFile;
  videoCover: AssetFile;
  linkCover: AssetFile;
  pageAbout: AssetFile;
  dinnerTable: AssetFile;
}

export const POST_IMAGE_COUNT = 8;

export async function generateImages(): Promise<SeedImages> {
  const postMain: AssetFile[] = [];
  for (let variant = 0; variant < POST_IMAGE_COUNT; variant++)
    postMain.push(await jpegAsset(landscape(1200, 675, dusk(variant))));
  return {
    postMain,
    worshipNightCandles: await jpegAsset(candles(960, 640)),
    podcastArtwork: await jpegAsset(homeAtDusk(1400, 1400)),
    podcastWide: await jpegAsset(homeAtDusk(1280, 720)),
    socialImage: await jpegAsset(homeAtDusk(1200, 630)),
    hostNate: await jpegAsset(portrait(400, [palette.sage, palette.sand], palette.olive, false)),
    hostRachel: await jpegAsset(portrait(400, [palette.rose, palette.peach], palette.clay, true)),
    ebookCover: await jpegAsset(bookCover(800, 600)),
    courseCover: await jpegAsset(songRings(800, 600)),
    downloadCover: await jpegAsset(downloadSheet(800, 600)),
    videoCover: await jpegAsset(videoScreen(800, 600)),
    linkCover: await jpegAsset(linkedRings(800, 600)),
    pageAbout: await jpegAsset(landscape(1200, 675, dusk(9))),
    dinnerTable: await jpegAsset(tableFromAbove(960, 640)),
  };
}
