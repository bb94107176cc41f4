/**
 * Draws the Teams app icons (our own design, not the kommune's coat of arms) and writes them to manifest/:
 * - color.png: 192×192, opaque fjord-blue background, white speech bubble with a green check mark, two waves.
 * - outline.png: 32×32, the same bubble and check mark as white strokes on a fully transparent background.
 *   Every pixel is either #FFFFFF fully opaque or fully transparent (no anti-aliasing), which is what Teams asks for.
 *
 * Run: npx tsx scripts/make-icons.ts   (deterministic: same pixels on every run; the tests compare them)
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];

/** The app's accent colour (manifest "accentColor"); also the colour icon's background. */
export const ACCENT: Rgb = [0x0b, 0x4a, 0x6f];
const WAVE: Rgb = [0x14, 0x63, 0x8f];
const WAVE_FAR: Rgb = [0x0f, 0x56, 0x7f];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const CHECK: Rgb = [0x1f, 0x8a, 0x5b];

// ---------- signed distance functions (negative inside, in pixel units) ----------

function sdRoundRect([px, py]: Point, [x0, y0]: Point, [x1, y1]: Point, radius: number): number {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(px - cx) - ((x1 - x0) / 2 - radius);
  const qy = Math.abs(py - cy) - ((y1 - y0) / 2 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function distToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A stroked polyline with round caps and joins, `width` wide. */
function sdPolyline(p: Point, points: readonly Point[], width: number): number {
  let d = Infinity;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (a && b) d = Math.min(d, distToSegment(p, a, b));
  }
  return d - width / 2;
}

/** Exact signed distance to a simple polygon (even-odd rule for the sign). */
function sdPolygon(p: Point, vertices: readonly Point[]): number {
  let d = Infinity;
  let inside = false;
  const [px, py] = p;
  for (let i = 0, j = vertices.length - 1; i < vertices.length; j = i++) {
    const a = vertices[i];
    const b = vertices[j];
    if (!a || !b) continue;
    d = Math.min(d, distToSegment(p, a, b));
    const [ax, ay] = a;
    const [bx, by] = b;
    if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside ? -d : d;
}

// ---------- the design, in a 0..1 unit square so both sizes share it ----------

interface Bubble {
  body: readonly [Point, Point];
  radius: number;
  tail: readonly Point[];
  check: readonly Point[];
}

function scaleBubble(b: Bubble, size: number): Bubble {
  const s = (pt: Point): Point => [pt[0] * size, pt[1] * size];
  return { body: [s(b.body[0]), s(b.body[1])], radius: b.radius * size, tail: b.tail.map(s), check: b.check.map(s) };
}

function sdBubble(p: Point, b: Bubble): number {
  return Math.min(sdRoundRect(p, b.body[0], b.body[1], b.radius), sdPolygon(p, b.tail));
}

const COLOR_BUBBLE: Bubble = {
  body: [
    [0.2, 0.2],
    [0.8, 0.64],
  ],
  radius: 0.11,
  tail: [
    [0.3, 0.6],
    [0.47, 0.6],
    [0.26, 0.8],
  ],
  check: [
    [0.36, 0.42],
    [0.46, 0.52],
    [0.65, 0.32],
  ],
};

const OUTLINE_BUBBLE: Bubble = {
  body: [
    [1.5 / 32, 3 / 32],
    [30.5 / 32, 23 / 32],
  ],
  radius: 5.5 / 32,
  tail: [
    [6 / 32, 15 / 32],
    [20 / 32, 15 / 32],
    [6 / 32, 29.5 / 32],
  ],
  check: [
    [9.5 / 32, 13 / 32],
    [14 / 32, 17.5 / 32],
    [22.5 / 32, 8.5 / 32],
  ],
};

/** A wave band: everything below y = base + amp·sin(2πx·freq + phase). */
function belowWave([x, y]: Point, size: number, base: number, amp: number, phase: number): boolean {
  return y > size * (base + amp * Math.sin(((2 * Math.PI * x) / size) * 1.5 + phase));
}

function colorAt(p: Point, size: number, bubble: Bubble): Rgb {
  if (sdPolyline(p, bubble.check, 0.075 * size) <= 0) return CHECK;
  if (sdBubble(p, bubble) <= 0) return WHITE;
  if (belowWave(p, size, 0.86, 0.025, 0.6)) return WAVE;
  if (belowWave(p, size, 0.78, 0.025, 2.2)) return WAVE_FAR;
  return ACCENT;
}

/** Renders the 192×192 colour icon, anti-aliased by 4×4 supersampling. Fully opaque. */
export function renderColorIcon(size = 192): PNG {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const bubble = scaleBubble(COLOR_BUBBLE, size);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [cr, cg, cb] = colorAt([x + (sx + 0.5) / n, y + (sy + 0.5) / n], size, bubble);
          r += cr;
          g += cg;
          b += cb;
        }
      }
      const i = (y * size + x) * 4;
      png.data[i] = Math.round(r / (n * n));
      png.data[i + 1] = Math.round(g / (n * n));
      png.data[i + 2] = Math.round(b / (n * n));
      png.data[i + 3] = 255;
    }
  }
  return png;
}

/**
 * Renders the 32×32 outline icon: the bubble's border and the check mark as white strokes. A pixel is white when at
 * least half of its 4×4 samples fall on a stroke, otherwise transparent; so only two pixel values occur.
 */
export function renderOutlineIcon(size = 32): PNG {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const bubble = scaleBubble(OUTLINE_BUBBLE, size);
  const stroke = (2 / 32) * size;
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const p: Point = [x + (sx + 0.5) / n, y + (sy + 0.5) / n];
          const d = sdBubble(p, bubble);
          const onBorder = d <= 0 && d >= -stroke;
          if (onBorder || sdPolyline(p, bubble.check, stroke * 1.15) <= 0) hits++;
        }
      }
      const i = (y * size + x) * 4;
      // Transparent pixels are white with alpha 0, so no other colour value appears anywhere in the file.
      png.data[i] = 255;
      png.data[i + 1] = 255;
      png.data[i + 2] = 255;
      png.data[i + 3] = hits * 2 >= n * n ? 255 : 0;
    }
  }
  return png;
}

export function encodePng(png: PNG): Buffer {
  return PNG.sync.write(png, { colorType: 6 });
}

export const MANIFEST_DIR = path.resolve(__dirname, '..', 'manifest');

function main(): void {
  const outputs: Array<[string, PNG]> = [
    ['color.png', renderColorIcon()],
    ['outline.png', renderOutlineIcon()],
  ];
  for (const [name, png] of outputs) {
    const file = path.join(MANIFEST_DIR, name);
    fs.writeFileSync(file, encodePng(png));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${png.width}×${png.height})`);
  }
}

if (require.main === module) main();
