/**
 * Ruling lines of a scanned table by pixel projection: long runs of ink along a row (horizontal rulings) or a
 * column (vertical ones), a few pixels of gap bridged (scans break thin lines). The segments are given in PDF
 * points, the units of the text-layer reader's grid builder (src/ingest/pdf/grid.ts), which turns them into cells
 * the same way for both.
 */
import type { Segment } from '../pdf/geometry.js';
import type { PageGraphics } from '../pdf/rulings.js';

/** Shortest ruling, in points: longer than any stroke of a character (a 16-pt title's 一 is ~15 pt). */
const MIN_HORIZONTAL = 28;
const MIN_VERTICAL = 13;
/** A gap of up to this many pixels in a line is a scanning dropout, not the line's end. */
const GAP = 3;
/** A ruling is thin: ink this many points thick or more along a run is a block (a photo, a dark band), not a line. */
const MAX_THICK = 3;
/** Share of a run's length that a neighbouring row (column) must cover to count as the same line's thickness. */
const SOLID = 0.9;

export interface Mask {
  width: number;
  height: number;
  /** 1 where a pixel is ink. */
  ink: Uint8Array;
  scale: number;
}

/** Runs of ink along each row (horizontal) and, in the same pass, down each column (vertical). */
function scan(m: Mask, minH: number, minV: number): { h: Segment[]; v: Segment[] } {
  const { width: w, height: h, ink } = m;
  const hs: Segment[] = [];
  const vs: Segment[] = [];
  const vStart = new Int32Array(w).fill(-1);
  const vLast = new Int32Array(w).fill(-1);
  const closeV = (x: number) => {
    if (vLast[x] - vStart[x] + 1 >= minV) vs.push({ pos: x, a: vStart[x], b: vLast[x] + 1 });
    vStart[x] = -1;
  };
  for (let y = 0; y <= h; y++) {
    let start = -1;
    let last = -1;
    const row = y * w;
    for (let x = 0; x <= w; x++) {
      const on = y < h && x < w && ink[row + x] === 1;
      if (on) {
        if (start < 0) start = x;
        last = x;
      } else if (start >= 0 && (x === w || x - last > GAP)) {
        if (last - start + 1 >= minH) hs.push({ pos: y, a: start, b: last + 1 });
        start = -1;
      }
      if (x === w) continue;
      if (on) {
        if (vStart[x] < 0) vStart[x] = y;
        vLast[x] = y;
      } else if (vStart[x] >= 0 && (y === h || y - vLast[x] > GAP)) closeV(x);
    }
  }
  return { h: hs, v: vs };
}

/**
 * Whether the line through `s` stays under MAX_THICK: neighbouring lines covering it solidly are its thickness.
 * The neighbours' ink is counted where it is asked for: running sums over the whole page (two arrays of 4 bytes a
 * pixel, the column one filled across the rows' cache lines) cost a second a 19-page scan and 70 MB, for the few
 * hundred runs a page has, each stopping at its first neighbour that is not solid.
 */
function thin(m: Mask, s: Segment, along: 'row' | 'column', maxThick: number): boolean {
  const { width: w, ink } = m;
  const need = SOLID * (s.b - s.a);
  const lines = along === 'row' ? m.height : w;
  const [start, step] = along === 'row' ? [(p: number) => p * w, 1] : [(p: number) => p, w];
  const solid = (pos: number) => {
    let count = 0;
    const end = start(pos) + s.b * step;
    for (let i = start(pos) + s.a * step; i < end; i += step) count += ink[i];
    return count >= need;
  };
  let thick = 1;
  for (let p = s.pos - 1; p >= 0 && solid(p) && thick <= maxThick; p--) thick++;
  for (let p = s.pos + 1; p < lines && solid(p) && thick <= maxThick; p++) thick++;
  return thick <= maxThick;
}

/** Horizontal and vertical rulings of the page, in points. */
export function pixelRulings(m: Mask): PageGraphics {
  const found = scan(m, MIN_HORIZONTAL * m.scale, MIN_VERTICAL * m.scale);
  const maxThick = Math.max(3, Math.round(MAX_THICK * m.scale));
  const h = found.h.filter((s) => thin(m, s, 'row', maxThick));
  const v = found.v.filter((s) => thin(m, s, 'column', maxThick));
  const toPt = (s: Segment): Segment => ({
    pos: (s.pos + 0.5) / m.scale,
    a: s.a / m.scale,
    b: s.b / m.scale,
  });
  return { horizontal: h.map(toPt), vertical: v.map(toPt), hasImage: true };
}
