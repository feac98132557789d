/**
 * Borderless tables. A page region without a ruling grid can still hold a table (a spreadsheet printed without
 * borders, a three-line table whose horizontal rules alone form no grid). It shows in the text alone: lines whose
 * pieces line up in the same columns, line after line, with a column of amounts. Columns are the x-ranges that
 * the amount-bearing lines fill, separated by gutters no such line crosses: that clusters the left edges of text
 * columns and the right edges of amount columns alike. Rows are the lines (baselines).
 */
import type { RawCell, RawRow } from '../../model/raw.js';
import { isAmount, isTypedAmount } from './amount.js';
import type { PageTable } from './cells.js';
import { type Box, roundBox, type TextRun } from './geometry.js';
import { groupLines, joinLine, normalizeText } from './text.js';

/** Runs closer than this (× font size) are one piece of text: pdf.js splits a cell at font changes, not gaps. */
const JOIN_GAP = 0.4;
/** Lines further apart than this (× font size, baseline to baseline) are not rows of one table. */
const MAX_PITCH = 2.5;
/** A table has at least this many columns, filled on at least this many consecutive lines. */
const MIN_COLS = 3;
const MIN_LINES = 3;
/** Coverage profile resolution in points. */
const BIN = 0.5;

interface Piece {
  runs: TextRun[];
  x0: number;
  x1: number;
  text: string;
}

interface Line {
  runs: TextRun[];
  pieces: Piece[];
  top: number;
  bottom: number;
  size: number;
}

/** A column's content range (what the data lines fill), and whether it holds amounts. */
interface Column {
  x0: number;
  x1: number;
  amount: boolean;
}

export interface Borderless {
  tables: PageTable[];
  /** The runs not taken by a table: they stay paragraphs. */
  rest: TextRun[];
}

/** Finds borderless tables among `runs` (text outside any ruled grid); `ruled` are the page's grid boxes. */
export function findBorderless(runs: readonly TextRun[], ruled: readonly Box[], page: number): Borderless {
  const tables: PageTable[] = [];
  const used = new Set<TextRun>();
  for (const block of blocks(groupLines(runs).map(toLine), ruled)) {
    for (const span of spans(block)) {
      const found = tableOf(span, page);
      // Belt and braces: a region with a ruling grid is the grid's, never the fallback's.
      if (!found || ruled.some((b) => overlaps(b, found.table.box))) continue;
      tables.push(found.table);
      for (const line of found.lines) for (const r of line.runs) used.add(r);
    }
  }
  return { tables, rest: runs.filter((r) => !used.has(r)) };
}

function toLine(runs: TextRun[]): Line {
  const pieces: Piece[] = [];
  for (const r of runs) {
    const last = pieces[pieces.length - 1];
    if (last && r.x0 - last.x1 <= JOIN_GAP * r.size) {
      last.runs.push(r);
      last.x1 = Math.max(last.x1, r.x1);
    } else pieces.push({ runs: [r], x0: r.x0, x1: r.x1, text: '' });
  }
  for (const p of pieces) p.text = normalizeText(joinLine(p.runs));
  return {
    runs,
    pieces,
    top: Math.min(...runs.map((r) => r.top)),
    bottom: Math.max(...runs.map((r) => r.bottom)),
    size: Math.max(...runs.map((r) => r.size)),
  };
}

/** Runs of lines close enough to be rows of one table, with no ruled grid between them. */
function blocks(lines: Line[], ruled: readonly Box[]): Line[][] {
  const out: Line[][] = [];
  let cur: Line[] = [];
  for (const line of lines) {
    const prev = cur[cur.length - 1];
    const far = prev && line.bottom - prev.bottom > MAX_PITCH * Math.max(prev.size, line.size);
    const between = prev && ruled.some((b) => b[3] > prev.bottom && b[1] < line.top);
    if (prev && (far || between)) {
      out.push(cur);
      cur = [];
    }
    cur.push(line);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/**
 * Runs of multi-piece lines (a table row has several cells); a lone single-piece line between two of them (a row
 * with only a name) does not break the run. Titles and notes above and below are single pieces and fall away.
 */
function spans(block: Line[]): Line[][] {
  const multi = block.map((l) => l.pieces.length >= 2);
  const ok = block.map((_, i) => multi[i] || (i > 0 && i < block.length - 1 && multi[i - 1] && multi[i + 1]));
  const out: Line[][] = [];
  let cur: Line[] = [];
  block.forEach((line, i) => {
    if (ok[i]) cur.push(line);
    else if (cur.length > 0) {
      out.push(cur);
      cur = [];
    }
  });
  if (cur.length > 0) out.push(cur);
  return out.filter((s) => s.length >= MIN_LINES);
}

const isData = (l: Line) => l.pieces.length >= 2 && l.pieces.some((p) => isAmount(p.text));

function tableOf(span: Line[], page: number): { table: PageTable; lines: Line[] } | null {
  const data = span.filter(isData);
  if (data.filter((l) => l.pieces.length >= MIN_COLS).length < MIN_LINES) return null;
  const cols = gutterColumns(data);
  if (cols.length < MIN_COLS) return null;
  markAmountColumns(cols, data);
  if (!cols.some((c) => c.amount)) return null;
  let first = span.indexOf(data[0]);
  let last = span.indexOf(data[data.length - 1]);
  // Header lines above the data (and a trailing line below) belong if each piece sits in one column.
  while (first > 0 && fits(span[first - 1], cols)) first--;
  while (last < span.length - 1 && fits(span[last + 1], cols)) last++;
  const lines = span.slice(first, last + 1);
  const assigned = lines.map((l) => assign(l, cols));
  if (longestFilledRun(assigned) < MIN_LINES) return null;
  return { table: build(lines, assigned, cols, page), lines };
}

/**
 * Column content ranges: x positions covered by (nearly) every data line's pieces are inside a column, the rest
 * are gutters. One line in ten may cross a gutter (text overflowing into an empty neighbour cell).
 */
function gutterColumns(data: Line[]): Column[] {
  const lo = Math.min(...data.map((l) => l.pieces[0].x0));
  const hi = Math.max(...data.map((l) => l.pieces[l.pieces.length - 1].x1));
  const n = Math.ceil((hi - lo) / BIN) + 1;
  // Bins covered by each piece, counted as +1/-1 at the ends of its range: the work grows with the pieces, not
  // with the width in bins (a damaged file once placed text a billion points to the right).
  const delta = new Map<number, number>();
  for (const line of data) {
    for (const p of line.pieces) {
      const a = Math.max(0, Math.floor((p.x0 - lo) / BIN));
      const b = Math.min(n - 1, Math.ceil((p.x1 - lo) / BIN));
      if (!(a <= b)) continue;
      delta.set(a, (delta.get(a) ?? 0) + 1);
      delta.set(b + 1, (delta.get(b + 1) ?? 0) - 1);
    }
  }
  const allowance = Math.floor(data.length / 10);
  const cols: Column[] = [];
  const edges = [...delta.keys()].sort((p, q) => p - q);
  let count = 0;
  let start = -1;
  // After the last edge every range has ended (count 0), so a run never stays open.
  for (const k of edges) {
    count += delta.get(k) ?? 0;
    const filled = count > allowance;
    if (filled && start < 0) start = k;
    if (!filled && start >= 0) {
      cols.push({ x0: lo + start * BIN, x1: lo + (k - 1) * BIN, amount: false });
      start = -1;
    }
  }
  return cols;
}

/** An amount column: every filled data cell is an amount and at least one is unmistakably one (not a code). */
function markAmountColumns(cols: Column[], data: Line[]): void {
  const texts = cols.map(() => [] as string[]);
  for (const line of data) {
    for (const [c, pieces] of assign(line, cols).entries())
      if (pieces.length > 0) texts[c].push(cellOf(pieces));
  }
  cols.forEach((col, c) => {
    col.amount = texts[c].length > 0 && texts[c].every(isAmount) && texts[c].some(isTypedAmount);
  });
}

function overlap(p: Piece, c: Column): number {
  return Math.min(p.x1, c.x1) - Math.max(p.x0, c.x0);
}

/** A header line: several pieces, none reaching into two columns' content (that is a caption, not a header). */
function fits(line: Line, cols: Column[]): boolean {
  return (
    line.pieces.length >= 2 && line.pieces.every((p) => cols.filter((c) => overlap(p, c) > 1).length <= 1)
  );
}

function nearest(x: number, cols: Column[]): number {
  let best = 0;
  let dist = Number.POSITIVE_INFINITY;
  cols.forEach((c, i) => {
    const d = x < c.x0 ? c.x0 - x : x > c.x1 ? x - c.x1 : 0;
    if (d < dist) {
      dist = d;
      best = i;
    }
  });
  return best;
}

/**
 * Pieces → columns: the column whose content range holds the piece. Otherwise an amount goes by its right edge
 * (amounts are right-aligned), text (a header) by its largest overlap, or to the column on its right.
 */
function assign(line: Line, cols: Column[]): Piece[][] {
  const out = cols.map(() => [] as Piece[]);
  for (const p of line.pieces) {
    let c = cols.findIndex((col) => p.x0 >= col.x0 - 1 && p.x1 <= col.x1 + 1);
    if (c < 0 && isAmount(p.text)) c = nearest(p.x1 - 0.5, cols);
    if (c < 0) {
      const best = Math.max(...cols.map((col) => overlap(p, col)));
      if (best > 0) c = cols.findIndex((col) => overlap(p, col) === best);
    }
    // Text wholly in a gutter starts a cell whose content lies to its right (a left-aligned header over
    // right-aligned amounts: "合计" at the cell's left edge, the amounts at its right edge).
    if (c < 0) c = cols.findIndex((col) => col.x0 >= p.x1);
    if (c < 0) c = cols.length - 1;
    out[c].push(p);
  }
  return out;
}

/** Longest run of consecutive lines that fill at least MIN_COLS columns. */
function longestFilledRun(assigned: Piece[][][]): number {
  let best = 0;
  let cur = 0;
  for (const cells of assigned) {
    cur = cells.filter((ps) => ps.length > 0).length >= MIN_COLS ? cur + 1 : 0;
    best = Math.max(best, cur);
  }
  return best;
}

function cellOf(pieces: Piece[]): string {
  return normalizeText(joinLine(pieces.flatMap((p) => p.runs)));
}

function build(lines: Line[], assigned: Piece[][][], cols: Column[], page: number): PageTable {
  // Column boundaries: the middle of each gutter; the outer edges are the table's text extent.
  const left = Math.min(...lines.map((l) => l.pieces[0].x0));
  const right = Math.max(...lines.map((l) => l.pieces[l.pieces.length - 1].x1));
  const xs = [left, ...cols.slice(1).map((c, i) => (cols[i].x1 + c.x0) / 2), right];
  // Row boundaries: halfway between one line's glyph bottom and the next line's top.
  const ys = [lines[0].top];
  for (let i = 1; i < lines.length; i++) ys.push((lines[i - 1].bottom + lines[i].top) / 2);
  ys.push(lines[lines.length - 1].bottom);
  const rows: RawRow[] = lines.map((_, r) => {
    const cells: RawCell[] = cols.map((_, c) => ({
      text: cellOf(assigned[r][c]),
      col: c,
      colSpan: 1,
      rowSpan: 1,
      prov: { page, box: roundBox([xs[c], ys[r], xs[c + 1], ys[r + 1]]) },
    }));
    return { cells, prov: { page, box: roundBox([left, ys[r], right, ys[r + 1]]) } };
  });
  const box: Box = [left, ys[0], right, ys[ys.length - 1]];
  return { page, xs, box, table: { type: 'table', rows, gridded: true, prov: { page, box: roundBox(box) } } };
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
