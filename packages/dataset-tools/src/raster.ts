/*
 * A very small anti-aliased rasterizer for the seed images: gradients, soft glows and filled
 * shapes described by signed distance functions, computed in plain JavaScript so the pixels are
 * the same on every machine (no fonts, no SVG renderer). sharp only encodes the result.
 */

export type RGB = readonly [number, number, number];

export interface Canvas {
  readonly width: number;
  readonly height: number;
  /** RGB, 0-255 floats, row-major. */
  readonly data: Float32Array;
}

/** Signed distance in pixels from a point to a shape's edge: negative inside. */
export type Sdf = (x: number, y: number) => number;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

export const mix = (a: RGB, b: RGB, t: number): RGB => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

export function createCanvas(width: number, height: number, color: RGB = [255, 255, 255]): Canvas {
  const data = new Float32Array(width * height * 3);
  for (let i = 0; i < width * height; i++) data.set(color, i * 3);
  return { width, height, data };
}

function blendPixel(c: Canvas, x: number, y: number, color: RGB, alpha: number): void {
  if (alpha <= 0) return;
  const i = (y * c.width + x) * 3;
  const d = c.data;
  d[i] = d[i]! + (color[0] - d[i]!) * alpha;
  d[i + 1] = d[i + 1]! + (color[1] - d[i + 1]!) * alpha;
  d[i + 2] = d[i + 2]! + (color[2] - d[i + 2]!) * alpha;
}

/** Fills the canvas with a gradient along a direction (angle in degrees, 90 = top to bottom). */
export function linearGradient(c: Canvas, stops: ReadonlyArray<readonly [number, RGB]>, angleDegrees = 90): void {
  const angle = (angleDegrees * Math.PI) / 180;
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const corners = [0, c.width].flatMap((x) => [0, c.height].map((y) => x * dx + y * dy));
  const min = Math.min(...corners);
  const span = Math.max(...corners) - min;
  for (let y = 0; y < c.height; y++) {
    for (let x = 0; x < c.width; x++) {
      const t = ((x + 0.5) * dx + (y + 0.5) * dy - min) / span;
      blendPixel(c, x, y, gradientAt(stops, t), 1);
    }
  }
}

function gradientAt(stops: ReadonlyArray<readonly [number, RGB]>, t: number): RGB {
  const first = stops[0]!;
  if (t <= first[0]) return first[1];
  for (let i = 1; i < stops.length; i++) {
    const [t1, c1] = stops[i]!;
    const [t0, c0] = stops[i - 1]!;
    if (t <= t1) return mix(c0, c1, (t - t0) / (t1 - t0 || 1));
  }
  return stops[stops.length - 1]![1];
}

/** A soft round glow that fades from `strength` at the centre to nothing at `radius`. */
export function glow(c: Canvas, cx: number, cy: number, radius: number, color: RGB, strength: number): void {
  const box = clipBox(c, { x0: cx - radius, y0: cy - radius, x1: cx + radius, y1: cy + radius });
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) / radius;
      if (d < 1) blendPixel(c, x, y, color, strength * (1 - d) * (1 - d));
    }
  }
}

function clipBox(c: Canvas, box: Box): Box {
  return {
    x0: Math.max(0, Math.floor(box.x0)),
    y0: Math.max(0, Math.floor(box.y0)),
    x1: Math.min(c.width, Math.ceil(box.x1)),
    y1: Math.min(c.height, Math.ceil(box.y1)),
  };
}

/** Fills a shape with anti-aliased edges, looking only at pixels inside `box`. */
export function fill(c: Canvas, box: Box, sdf: Sdf, color: RGB, opacity = 1): void {
  const b = clipBox(c, { x0: box.x0 - 1, y0: box.y0 - 1, x1: box.x1 + 1, y1: box.y1 + 1 });
  for (let y = b.y0; y < b.y1; y++) {
    for (let x = b.x0; x < b.x1; x++) {
      const coverage = clamp01(0.5 - sdf(x + 0.5, y + 0.5));
      if (coverage > 0) blendPixel(c, x, y, color, coverage * opacity);
    }
  }
}

export const fullBox = (c: Canvas): Box => ({ x0: 0, y0: 0, x1: c.width, y1: c.height });

// Shapes -------------------------------------------------------------------------------------

export function circle(c: Canvas, cx: number, cy: number, r: number, color: RGB, opacity = 1): void {
  fill(c, { x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r }, (x, y) => Math.hypot(x - cx, y - cy) - r, color, opacity);
}

export function ring(c: Canvas, cx: number, cy: number, r: number, thickness: number, color: RGB, opacity = 1): void {
  const outer = r + thickness / 2;
  fill(
    c,
    { x0: cx - outer, y0: cy - outer, x1: cx + outer, y1: cy + outer },
    (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - thickness / 2,
    color,
    opacity,
  );
}

export function ellipse(c: Canvas, cx: number, cy: number, rx: number, ry: number, color: RGB, opacity = 1): void {
  const k = Math.min(rx, ry);
  fill(
    c,
    { x0: cx - rx, y0: cy - ry, x1: cx + rx, y1: cy + ry },
    (x, y) => (Math.hypot((x - cx) / rx, (y - cy) / ry) - 1) * k,
    color,
    opacity,
  );
}

const roundedRectSdf = (x0: number, y0: number, x1: number, y1: number, radius: number): Sdf => {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - radius;
  const hy = (y1 - y0) / 2 - radius;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx;
    const qy = Math.abs(y - cy) - hy;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
  };
};

export function roundedRect(
  c: Canvas,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  radius: number,
  color: RGB,
  opacity = 1,
): void {
  fill(c, { x0, y0, x1, y1 }, roundedRectSdf(x0, y0, x1, y1, radius), color, opacity);
}

/** The outline of a rounded rectangle, `thickness` pixels wide, centred on its edge. */
export function roundedFrame(
  c: Canvas,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  radius: number,
  thickness: number,
  color: RGB,
  opacity = 1,
): void {
  const sdf = roundedRectSdf(x0, y0, x1, y1, radius);
  const t = thickness / 2;
  fill(c, { x0: x0 - t, y0: y0 - t, x1: x1 + t, y1: y1 + t }, (x, y) => Math.abs(sdf(x, y)) - t, color, opacity);
}

/** A convex polygon, points in clockwise or counter-clockwise order. */
export function polygon(c: Canvas, points: ReadonlyArray<readonly [number, number]>, color: RGB, opacity = 1): void {
  const n = points.length;
  let area = 0;
  for (let i = 0; i < n; i++) {
    const [ax, ay] = points[i]!;
    const [bx, by] = points[(i + 1) % n]!;
    area += ax * by - bx * ay;
  }
  const sign = area > 0 ? 1 : -1;
  const edges = points.map(([ax, ay], i) => {
    const [bx, by] = points[(i + 1) % n]!;
    const length = Math.hypot(bx - ax, by - ay);
    // Outward normal for this winding.
    return { ax, ay, nx: (sign * (by - ay)) / length, ny: (sign * -(bx - ax)) / length };
  });
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  fill(
    c,
    { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
    (x, y) => {
      let d = -Infinity;
      for (const e of edges) d = Math.max(d, (x - e.ax) * e.nx + (y - e.ay) * e.ny);
      return d;
    },
    color,
    opacity,
  );
}

/** Fills everything below the curve y = top(x) (a hill line), anti-aliased vertically. */
export function fillBelow(c: Canvas, top: (x: number) => number, color: RGB, opacity = 1): void {
  for (let x = 0; x < c.width; x++) {
    const edge = top(x + 0.5);
    const y0 = Math.max(0, Math.floor(edge - 1));
    for (let y = y0; y < c.height; y++) {
      const coverage = clamp01(y + 0.5 - edge + 0.5);
      blendPixel(c, x, y, color, coverage * opacity);
    }
  }
}

/** The canvas as 8-bit RGB bytes for sharp's raw input. */
export function toBytes(c: Canvas): Uint8Array {
  const out = new Uint8Array(c.data.length);
  for (let i = 0; i < c.data.length; i++) out[i] = Math.max(0, Math.min(255, Math.round(c.data[i]!)));
  return out;
}
