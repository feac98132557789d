/** Text runs → the cells of a ruled grid. */
import type { RawCell, RawRow, RawTable } from '../../model/raw.js';
import { type Box, centreX, centreY, roundBox, type TextRun } from './geometry.js';
import type { Grid } from './grid.js';
import { splitTallRows } from './tallrows.js';
import { cellText, splitRun } from './text.js';

/** A table as read from one page, before stitching; keeps its column boundaries for matching across pages. */
export interface PageTable {
  page: number;
  xs: number[];
  box: Box;
  table: RawTable;
}

export function inBox(run: TextRun, box: Box, slack = 0): boolean {
  const x = centreX(run);
  const y = centreY(run);
  return x >= box[0] - slack && x <= box[2] + slack && y >= box[1] - slack && y <= box[3] + slack;
}

/** Splits runs at the grid's vertical rulings where pdf.js emitted two neighbouring cells as one run. */
function splitAtRulings(run: TextRun, grid: Grid): TextRun[] {
  const y = centreY(run);
  const cuts = grid.vertical.filter((s) => y >= s.a && y <= s.b).map((s) => s.pos);
  return splitRun(
    run,
    cuts.sort((p, q) => p - q),
  );
}

/** The grid cell holding a point, or -1. */
function cellAt(grid: Grid, x: number, y: number): number {
  return grid.cells.findIndex((c) => x >= c.box[0] && x <= c.box[2] && y >= c.box[1] && y <= c.box[3]);
}

function sameLine(a: TextRun, b: TextRun): boolean {
  return Math.abs(a.baseline - b.baseline) < Math.min(a.size, b.size) * 0.45;
}

/**
 * Two cells' texts merged into one run are apart (a blank, or a figure after a label); a label cut between two of
 * its characters is one text drawn past its cell: "4、机关资本性支出（二|）", "(5)资本性支出（基本|建设）".
 */
function cutMidWord(run: TextRun, pieces: TextRun[]): boolean {
  if (pieces.map((p) => p.text).join('') !== run.text.trim()) return false;
  return pieces.slice(1).every((p) => !/\d/u.test(p.text));
}

/**
 * Each run's pieces and the cells they go to. A run that crosses a ruling is two cells pdf.js merged — unless a
 * piece lands beside text the neighbouring cell prints on the same line, or the cut falls inside a label: then the
 * run is a label too long for its cell that the producer (Excel, WPS) drew clipped, and it overflows under its
 * neighbour ("1、人员经费和公用经费支|出 2,022.39"). It stays whole, in the cell that holds most of it.
 */
function placeRuns(grid: Grid, runs: readonly TextRun[]): { run: TextRun; cell: number }[] {
  const split = runs.map((r) => splitAtRulings(r, grid));
  const own = new Map<number, TextRun[]>();
  for (const pieces of split) {
    if (pieces.length !== 1) continue;
    const k = cellAt(grid, centreX(pieces[0]), centreY(pieces[0]));
    own.set(k, [...(own.get(k) ?? []), pieces[0]]);
  }
  return split.flatMap((pieces, i) => {
    const placed = pieces.map((p) => ({ run: p, cell: cellAt(grid, centreX(p), centreY(p)) }));
    if (placed.length === 1) return placed;
    const beside = placed.some((p) => (own.get(p.cell) ?? []).some((o) => sameLine(o, p.run)));
    if (!beside && !cutMidWord(runs[i], pieces)) return placed;
    const widest = placed.reduce((a, b) => (b.run.x1 - b.run.x0 > a.run.x1 - a.run.x0 ? b : a));
    return [{ run: runs[i], cell: widest.cell }];
  });
}

export function fillGrid(grid: Grid, runs: readonly TextRun[], page: number): PageTable {
  const buckets = grid.cells.map(() => [] as TextRun[]);
  for (const { run, cell } of placeRuns(grid, runs)) if (cell >= 0) buckets[cell].push(run);
  const nr = grid.ys.length - 1;
  const rows: RawRow[] = [];
  // Each cell's runs, for splitting a tall row (no rulings between data rows) into its lines.
  const runsOf = new Map<RawCell, TextRun[]>();
  for (let r = 0; r < nr; r++) {
    const cells: RawCell[] = [];
    grid.cells.forEach((c, k) => {
      if (c.row !== r) return;
      const cell: RawCell = {
        text: cellText(buckets[k]),
        col: c.col,
        colSpan: c.colSpan,
        rowSpan: c.rowSpan,
        prov: { page, box: roundBox(c.box) },
      };
      runsOf.set(cell, buckets[k]);
      cells.push(cell);
    });
    const box: Box = [grid.xs[0], grid.ys[r], grid.xs[grid.xs.length - 1], grid.ys[r + 1]];
    rows.push({ cells, prov: { page, box: roundBox(box) } });
  }
  const table: RawTable = {
    type: 'table',
    rows: splitTallRows(dropCoveredRows(rows), runsOf),
    gridded: true,
    prov: { page, box: roundBox(grid.box) },
  };
  return { page, xs: grid.xs, box: grid.box, table };
}

/**
 * A grid row in which no cell starts (every column covered by a rowSpan from above, e.g. a sliver between two
 * close rulings) carries nothing: remove it and shorten the spans that crossed it.
 */
function dropCoveredRows(rows: RawRow[]): RawRow[] {
  const keep = rows.map((row) => row.cells.length > 0);
  rows.forEach((row, r) => {
    for (const cell of row.cells) {
      let span = 0;
      for (let k = r; k < r + cell.rowSpan; k++) if (keep[k]) span++;
      cell.rowSpan = span;
    }
  });
  return rows.filter((_, r) => keep[r]);
}
