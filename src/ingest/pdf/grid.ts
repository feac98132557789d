/**
 * Ruling segments → table grids. Segments that touch form one table; its column/row boundaries are the clustered
 * positions of its vertical/horizontal rulings; a missing ruling between two grid cells merges them (colSpan /
 * rowSpan), so a merged header cell appears once, in its top-left grid position.
 */

import type { CellCount } from '../limits.js';
import { type Box, clusterValues, type Segment } from './geometry.js';
import type { PageGraphics } from './rulings.js';

/** Positions closer than this are one ruling (double lines, anti-aliasing offsets). */
const SNAP = 2;
/** A border exists when rulings cover at least this share of the cell edge. */
const COVER = 0.6;

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
}

export interface Grid {
  /** Column boundaries, left to right (n + 1 for n columns). */
  xs: number[];
  /** Row boundaries, top to bottom. */
  ys: number[];
  /** Cells in row-major order of their top-left position. */
  cells: GridCell[];
  /** Vertical rulings inside the table, for splitting text runs that cross them. */
  vertical: Segment[];
  box: Box;
}

/**
 * The page's grids. `count`, when given, counts each grid's positions against the document's cell limit before its
 * merged cells are found (work per position and ruling: a damaged page's thousands of rulings would take minutes).
 */
export function findGrids(g: PageGraphics, count?: { cells: CellCount; where: string }): Grid[] {
  const hs = mergeSegments(g.horizontal);
  const vs = mergeSegments(g.vertical);
  return components(hs, vs)
    .map(({ h, v }) => buildGrid(h, v, count))
    .filter((grid): grid is Grid => grid !== null)
    .sort((p, q) => p.box[1] - q.box[1] || p.box[0] - q.box[0]);
}

/** Joins collinear pieces (WPS draws each cell edge separately) into maximal segments. */
export function mergeSegments(segments: readonly Segment[]): Segment[] {
  const sorted = [...segments].sort((p, q) => p.pos - q.pos);
  const groups: Segment[][] = [];
  for (const s of sorted) {
    const last = groups[groups.length - 1];
    if (last && s.pos - last[last.length - 1].pos <= SNAP / 2) last.push(s);
    else groups.push([s]);
  }
  const out: Segment[] = [];
  for (const group of groups) {
    const pos = group.reduce((sum, s) => sum + s.pos, 0) / group.length;
    const byStart = group.sort((p, q) => p.a - q.a);
    let cur: Segment = { pos, a: byStart[0].a, b: byStart[0].b };
    for (const s of byStart.slice(1)) {
      if (s.a <= cur.b + SNAP) cur.b = Math.max(cur.b, s.b);
      else {
        out.push(cur);
        cur = { pos, a: s.a, b: s.b };
      }
    }
    out.push(cur);
  }
  return out;
}

function touches(h: Segment, v: Segment): boolean {
  return v.pos >= h.a - SNAP && v.pos <= h.b + SNAP && h.pos >= v.a - SNAP && h.pos <= v.b + SNAP;
}

/** Connected components of the "horizontal touches vertical" graph. */
function components(hs: Segment[], vs: Segment[]): { h: Segment[]; v: Segment[] }[] {
  const parent = [...hs, ...vs].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (let i = 0; i < hs.length; i++) {
    for (let j = 0; j < vs.length; j++) {
      if (touches(hs[i], vs[j])) parent[find(i)] = find(hs.length + j);
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  const group = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) {
      g = { h: [], v: [] };
      groups.set(root, g);
    }
    return g;
  };
  hs.forEach((s, i) => {
    group(i).h.push(s);
  });
  vs.forEach((s, j) => {
    group(hs.length + j).v.push(s);
  });
  return [...groups.values()];
}

function buildGrid(h: Segment[], v: Segment[], count?: { cells: CellCount; where: string }): Grid | null {
  if (h.length < 2 || v.length < 2) return null;
  const xs = withOuterEdges(
    clusterValues(
      v.map((s) => s.pos),
      SNAP,
    ),
    Math.min(...h.map((s) => s.a)),
    Math.max(...h.map((s) => s.b)),
  );
  const ys = withOuterEdges(
    clusterValues(
      h.map((s) => s.pos),
      SNAP,
    ),
    Math.min(...v.map((s) => s.a)),
    Math.max(...v.map((s) => s.b)),
  );
  if (xs.length < 2 || ys.length < 2) return null;
  const box: Box = [xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]];
  // A lone box (a framed note, a text border) is not a table; a table has at least two cells.
  if (xs.length === 2 && ys.length === 2) return null;
  if (box[2] - box[0] < 20 || box[3] - box[1] < 8) return null;
  count?.cells.add((xs.length - 1) * (ys.length - 1), count.where);
  const cells = mergeCells(xs, ys, h, v);
  return { xs, ys, cells, vertical: v, box };
}

/** Rulings that stick out beyond the outermost perpendicular line still bound the table (open-sided tables). */
function withOuterEdges(values: number[], lo: number, hi: number): number[] {
  const out = [...values];
  if (out.length > 0 && out[0] - lo > 3 * SNAP) out.unshift(lo);
  if (out.length > 0 && hi - out[out.length - 1] > 3 * SNAP) out.push(hi);
  return out;
}

function covered(segments: Segment[], pos: number, a: number, b: number): boolean {
  let sum = 0;
  for (const s of segments) {
    if (Math.abs(s.pos - pos) > SNAP) continue;
    sum += Math.max(0, Math.min(b, s.b) - Math.max(a, s.a));
  }
  return sum >= COVER * (b - a);
}

function mergeCells(xs: number[], ys: number[], h: Segment[], v: Segment[]): GridCell[] {
  const nc = xs.length - 1;
  const nr = ys.length - 1;
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (i: number, j: number) => {
    parent[find(i)] = find(j);
  };
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (c + 1 < nc && !covered(v, xs[c + 1], ys[r], ys[r + 1])) union(r * nc + c, r * nc + c + 1);
      if (r + 1 < nr && !covered(h, ys[r + 1], xs[c], xs[c + 1])) union(r * nc + c, (r + 1) * nc + c);
    }
  }
  const taken = new Array<boolean>(nr * nc).fill(false);
  const extent = new Map<number, [number, number, number, number]>();
  for (let i = 0; i < nr * nc; i++) {
    const r = Math.floor(i / nc);
    const c = i % nc;
    const root = find(i);
    const e = extent.get(root);
    if (!e) extent.set(root, [r, c, r, c]);
    else extent.set(root, [Math.min(e[0], r), Math.min(e[1], c), Math.max(e[2], r), Math.max(e[3], c)]);
  }
  const cells: GridCell[] = [];
  for (let i = 0; i < nr * nc; i++) {
    if (taken[i]) continue;
    const [, , r1, c1] = extent.get(find(i)) as [number, number, number, number];
    // A non-rectangular merge (rare: a missing ruling stub) keeps its first rectangle from this corner.
    const top = Math.floor(i / nc);
    const left = i % nc;
    const rowEnd = Math.max(top, r1);
    const colEnd = Math.max(left, c1);
    let lastRow = top;
    let lastCol = left;
    while (
      lastCol + 1 <= colEnd &&
      !taken[top * nc + lastCol + 1] &&
      find(top * nc + lastCol + 1) === find(i)
    )
      lastCol++;
    while (
      lastRow + 1 <= rowEnd &&
      rowFree(taken, nc, lastRow + 1, left, lastCol) &&
      find((lastRow + 1) * nc + left) === find(i)
    )
      lastRow++;
    for (let r = top; r <= lastRow; r++) for (let c = left; c <= lastCol; c++) taken[r * nc + c] = true;
    cells.push({
      row: top,
      col: left,
      rowSpan: lastRow - top + 1,
      colSpan: lastCol - left + 1,
      box: [xs[left], ys[top], xs[lastCol + 1], ys[lastRow + 1]],
    });
  }
  return cells;
}

function rowFree(taken: boolean[], nc: number, r: number, c0: number, c1: number): boolean {
  for (let c = c0; c <= c1; c++) if (taken[r * nc + c]) return false;
  return true;
}
