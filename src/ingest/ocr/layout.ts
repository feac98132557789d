/**
 * Where things are on a scanned page: the ruled grids (by pixel projection, then the text-layer reader's grid
 * builder), the page's orientation (a landscape table printed turned a quarter on a portrait page), the ink box
 * of each cell, and the text lines outside the grids.
 */
import type { Box } from '../pdf/geometry.js';
import { findGrids, type Grid } from '../pdf/grid.js';
import { binarize, type Gray, rotate } from './raster.js';
import { pixelRulings } from './rulings.js';

export interface Layout {
  gray: Gray;
  ink: Uint8Array;
  grids: Grid[];
  /** Quarter turns clockwise applied to the rendered page (0, 1 or 3). */
  turns: number;
}

/**
 * Smallest table, in points: a letterhead's big characters (局 of "泉州市商务局文件", 40 pt) have strokes long
 * enough to pass for rulings and make a "grid" of their own; a table is longer than any character (either
 * way: it may be printed sideways).
 */
const MIN_TABLE = { long: 120, short: 24 };

/** `ink`: `gray` binarized already (upright), when the caller has it. */
export function layout(gray: Gray, turns = 0, ink0?: Uint8Array): Layout {
  const img = rotate(gray, turns);
  const ink = turns === 0 && ink0 ? ink0 : binarize(img);
  const sides = (g: Grid) => [g.box[2] - g.box[0], g.box[3] - g.box[1]].sort((p, q) => p - q);
  const grids = findGrids(
    pixelRulings({ width: img.width, height: img.height, ink, scale: img.scale }),
  ).filter((g) => sides(g)[1] >= MIN_TABLE.long && sides(g)[0] >= MIN_TABLE.short);
  return { gray: img, ink, grids, turns };
}

/** Share of a page's grid cells taller than wide: most cells of an upright table are wide. */
export function tallShare(grids: readonly Grid[]): number {
  const cells = grids.flatMap((g) => g.cells);
  if (cells.length === 0) return 0;
  return cells.filter((c) => c.box[3] - c.box[1] > c.box[2] - c.box[0]).length / cells.length;
}

/**
 * The box of the ink inside a cell, in pixels, or null for an empty cell. The cell's rulings are kept out: rows and
 * columns along its edges that are empty or mostly ink (a ruling that a skewed scan brings inside) are trimmed, and
 * so are thin pieces of a ruling a little aslant (rulingPiece).
 */
export function inkBox(l: Layout, cell: Box): Box | null {
  const s = l.gray.scale;
  const inset = Math.round(0.6 * s) + 2;
  const x0 = Math.max(0, Math.round(cell[0] * s) + inset);
  const y0 = Math.max(0, Math.round(cell[1] * s) + inset);
  const x1 = Math.min(l.gray.width, Math.round(cell[2] * s) - inset);
  const y1 = Math.min(l.gray.height, Math.round(cell[3] * s) - inset);
  if (x1 - x0 < 3 || y1 - y0 < 3) return null;
  const w = l.gray.width;
  const rows = new Array<number>(y1 - y0).fill(0);
  const cols = new Array<number>(x1 - x0).fill(0);
  let top = 0;
  let bottom = rows.length - 1;
  let left = 0;
  let right = cols.length - 1;
  /** Ink per row and column of the box as trimmed so far. */
  const count = () => {
    rows.fill(0);
    cols.fill(0);
    for (let y = top; y <= bottom; y++) {
      for (let x = left; x <= right; x++) {
        if (l.ink[(y0 + y) * w + x0 + x] === 1) {
          rows[y]++;
          cols[x]++;
        }
      }
    }
  };
  const keep = (n: number, len: number) => n > 0 && n < 0.5 * len;
  // A ruling 0.5 pt wide, a pixel or two aslant across a cell: up to 1.2 pt.
  const thin = Math.max(4, Math.round(1.2 * s));
  // Trimmed in turn until no side moves: a ruling's piece cut off one side may be what held another.
  for (let moved = true; moved; ) {
    const before = [top, bottom, left, right].join();
    count();
    while (top <= bottom && !keep(rows[top], cols.length)) top++;
    while (bottom >= top && !keep(rows[bottom], cols.length)) bottom--;
    while (left <= right && !keep(cols[left], rows.length)) left++;
    while (right >= left && !keep(cols[right], rows.length)) right--;
    if (top > bottom || left > right) return null;
    const piece = (side: Side) =>
      rulingPiece(l, [x0 + left, y0 + top, x0 + right + 1, y0 + bottom + 1], [x0, y0, x1, y1], side, thin);
    top += piece('top');
    bottom -= piece('bottom');
    left += piece('left');
    right -= piece('right');
    if (top > bottom || left > right) return null;
    moved = before !== [top, bottom, left, right].join();
  }
  let total = 0;
  for (let y = top; y <= bottom; y++) total += rows[y];
  // Dust: a few dark pixels, or a speck smaller than a point each way.
  if (total < 2 * s * s || (bottom - top < s && right - left < s)) return null;
  return [x0 + left, y0 + top, x0 + right + 1, y0 + bottom + 1];
}

type Side = 'top' | 'bottom' | 'left' | 'right';

/**
 * How many lines (rows or columns) at one side of a cell's ink `box` are a piece of a ruling rather than text: a
 * band at most `thin` px thick, within `thin` px of the cell's side, with paper after it (or nothing else), whose
 * ink spans half the `cell` or more, or runs out of the cell at one end. A ruling a little aslant (the 长沙 scan's drops 8 px from end to end) lies
 * inside the cells along it in pieces that no row or column holds over half its length: it was read as "-一一一"
 * in an empty cell and as "6 呈且" for the 35.678 above it. A dash for nothing is short, and in the middle.
 */
function rulingPiece(l: Layout, box: Box, cell: Box, side: Side, thin: number): number {
  const [x0, y0, x1, y1] = box;
  const w = l.gray.width;
  const horizontal = side === 'top' || side === 'bottom';
  const depth = horizontal ? y1 - y0 : x1 - x0;
  const span = horizontal ? x1 - x0 : y1 - y0;
  const cellSpan = horizontal ? cell[2] - cell[0] : cell[3] - cell[1];
  const offset = { top: y0 - cell[1], bottom: cell[3] - y1, left: x0 - cell[0], right: cell[2] - x1 }[side];
  if (offset > thin) return 0;
  const at = (k: number, j: number) => {
    if (horizontal) return l.ink[(side === 'top' ? y0 + k : y1 - 1 - k) * w + x0 + j];
    return l.ink[(y0 + j) * w + (side === 'left' ? x0 + k : x1 - 1 - k)];
  };
  const covered = new Uint8Array(span);
  let k = 0;
  for (; k < Math.min(depth, thin + 1); k++) {
    let any = false;
    for (let j = 0; j < span; j++) {
      if (at(k, j) !== 1) continue;
      covered[j] = 1;
      any = true;
    }
    if (!any) break;
  }
  if (k === 0 || k > thin) return 0;
  let n = 0;
  let first = -1;
  let last = -1;
  covered.forEach((c, j) => {
    if (c === 0) return;
    n++;
    if (first < 0) first = j;
    last = j;
  });
  if (n >= 0.5 * cellSpan) return k;
  // A shorter piece runs out of the cell at its end: the rest of the ruling lies outside.
  const start = horizontal ? x0 - cell[0] : y0 - cell[1];
  const end = horizontal ? cell[2] - x0 : cell[3] - y0;
  const atEnd = start + first <= 2 || end - (last + 1) <= 2;
  return atEnd && last - first + 1 >= 4 * thin ? k : 0;
}

/** A text line outside the grids, in pixels. */
export interface InkLine {
  box: Box;
}

/**
 * Lines of text outside every grid: bands of rows with ink, each split where a gap wider than three line heights
 * separates two pieces (a title and a unit line on one band).
 */
export function textLines(l: Layout): InkLine[] {
  const { width: w, height: h } = l.gray;
  const s = l.gray.scale;
  const margin = 2 * s;
  const mask = l.ink.slice();
  for (const g of l.grids) {
    const x0 = Math.max(0, Math.floor(g.box[0] * s - margin));
    const x1 = Math.min(w, Math.ceil(g.box[2] * s + margin));
    const y0 = Math.max(0, Math.floor(g.box[1] * s - margin));
    const y1 = Math.min(h, Math.ceil(g.box[3] * s + margin));
    for (let y = y0; y < y1; y++) mask.fill(0, y * w + x0, y * w + x1);
  }
  const rowInk = new Array<number>(h).fill(0);
  for (let y = 0; y < h; y++) {
    let n = 0;
    for (let x = y * w, end = x + w; x < end; x++) n += mask[x];
    rowInk[y] = n;
  }
  const bands: [number, number][] = [];
  const gap = Math.round(1.5 * s);
  let start = -1;
  let last = -1;
  for (let y = 0; y <= h; y++) {
    const on = y < h && rowInk[y] >= 2;
    if (on) {
      if (start < 0) start = y;
      last = y;
    } else if (start >= 0 && (y === h || y - last > gap)) {
      bands.push([start, last + 1]);
      start = -1;
    }
  }
  const out: InkLine[] = [];
  for (const [top, bottom] of bands) {
    const height = bottom - top;
    // Shorter than 4 pt is dust or a rule; taller than 40 pt is a picture or a stamp, not a line of text.
    if (height < 4 * s || height > 40 * s) continue;
    out.push(...splitBand(mask, w, top, bottom, 3 * height));
  }
  return out;
}

function splitBand(mask: Uint8Array, w: number, top: number, bottom: number, maxGap: number): InkLine[] {
  const cols = new Array<number>(w).fill(0);
  for (let y = top; y < bottom; y++) for (let x = 0; x < w; x++) cols[x] += mask[y * w + x];
  const out: InkLine[] = [];
  let start = -1;
  let last = -1;
  for (let x = 0; x <= w; x++) {
    const on = x < w && cols[x] > 0;
    if (on) {
      if (start < 0) start = x;
      last = x;
    } else if (start >= 0 && (x === w || x - last > maxGap)) {
      out.push({ box: [start, top, last + 1, bottom] });
      start = -1;
    }
  }
  return out;
}

/**
 * The text lines inside a cell's ink box, top to bottom: bands of rows with ink, where a band under 4 pt (a
 * stroke of 三, a point, a dash) belongs to the line across the smaller gap.
 */
export function cellLines(l: Layout, box: Box): Box[] {
  const w = l.gray.width;
  const [x0, y0, x1, y1] = box;
  const bands: [number, number][] = [];
  let start = -1;
  for (let y = y0; y <= y1; y++) {
    let on = false;
    if (y < y1) for (let x = x0; x < x1 && !on; x++) on = l.ink[y * w + x] === 1;
    if (on && start < 0) start = y;
    if (!on && start >= 0) {
      bands.push([start, y]);
      start = -1;
    }
  }
  const min = 4 * l.gray.scale;
  for (let i = 0; bands.length > 1 && i < bands.length; ) {
    if (bands[i][1] - bands[i][0] >= min) {
      i++;
      continue;
    }
    const up = i > 0 ? bands[i][0] - bands[i - 1][1] : Number.POSITIVE_INFINITY;
    const down = i + 1 < bands.length ? bands[i + 1][0] - bands[i][1] : Number.POSITIVE_INFINITY;
    const j = up <= down ? i - 1 : i + 1;
    const merged: [number, number] = [Math.min(bands[i][0], bands[j][0]), Math.max(bands[i][1], bands[j][1])];
    bands.splice(Math.min(i, j), 2, merged);
    i = 0;
  }
  return bands.map(([a, b]) => [x0, a, x1, b]);
}
