/**
 * Skew: a page fed into a scanner at a slant. Rulings are found as long runs of ink along one pixel row; at 1.5°
 * a ruling climbs a pixel every 38 pixels and breaks into pieces shorter than any ruling, and the table is lost.
 * The slant is measured as the angle at which the ink's rows line up best (the sum of squares of the ink counted
 * along lines of that slope is greatest: rulings and text lines then fall each into few rows), and the page is
 * turned back by it before anything else is done.
 */
import type { Gray } from './raster.js';

/** Slants searched, in degrees: scanners' feed slips stay within a few degrees; more is a page put in askew. */
const MAX_DEGREES = 4;
/** Below this the grid builder's snapping absorbs the slant: turning the page would only blur it. */
const MIN_DEGREES = 0.15;

const RAD = Math.PI / 180;

/** Sum of squares of the ink counted along lines of slope tan(angle): peaks sharpen as the slope meets the rows'. */
function alignment(points: Int32Array, n: number, size: [number, number], angle: number): number {
  const t = Math.tan(angle);
  const [width, height] = size;
  const pad = Math.ceil(Math.abs(t) * width) + 1;
  const bins = new Float64Array(height + 2 * pad);
  for (let i = 0; i < n; i++) {
    const y = Math.round(points[2 * i + 1] - points[2 * i] * t) + pad;
    if (y >= 0 && y < bins.length) bins[y]++;
  }
  let sum = 0;
  for (const b of bins) sum += b * b;
  return sum;
}

/** Ink pixels, every `step`th along each row (a sample is enough to find a slope). */
function sample(
  ink: Uint8Array,
  width: number,
  height: number,
  step: number,
): { points: Int32Array; n: number } {
  let n = 0;
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x += step) n += ink[y * width + x];
  const points = new Int32Array(2 * n);
  let i = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x += step)
      if (ink[y * width + x] === 1) {
        points[i++] = x;
        points[i++] = y;
      }
  return { points, n };
}

/** The page's slant in radians (positive: the rows run down to the right), 0 when too small to mend. */
export function skewAngle(ink: Uint8Array, width: number, height: number): number {
  const { points, n } = sample(ink, width, height, 2);
  if (n < 1000) return 0;
  const score = (deg: number) => alignment(points, n, [width, height], deg * RAD);
  // Coarse, then fine around the best coarse slope.
  let best = 0;
  let bestScore = score(0);
  for (let d = -MAX_DEGREES; d <= MAX_DEGREES + 1e-9; d += 0.25) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  const around = best;
  for (let d = around - 0.25; d <= around + 0.25 + 1e-9; d += 0.02) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return Math.abs(best) < MIN_DEGREES ? 0 : best * RAD;
}

/**
 * The image turned by `-angle` about its centre, so lines of slope tan(angle) become level (bilinear, paper
 * outside the original).
 */
export function unskew(img: Gray, angle: number): Gray {
  if (angle === 0) return img;
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const cx = w / 2;
  const cy = h / 2;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // Where the output pixel came from: the output turned back by +angle.
      const dx = x - cx;
      const dy = y - cy;
      const sx = cx + dx * cos - dy * sin;
      const sy = cy + dx * sin + dy * cos;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
        out[y * w + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = data[i] * (1 - fx) + data[i + 1] * fx;
      const bottom = data[i + w] * (1 - fx) + data[i + w + 1] * fx;
      out[y * w + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width: w, height: h, data: out, scale: img.scale };
}
