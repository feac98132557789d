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

/**
 * A run cut between two of its characters — no blank at the cut, and no figure after it — is one label drawn past
 * its cell, which the producer (Excel, WPS) clips: "1、人员经费和公用经费支|出", "(5)资本性支出（基本|建设）". Two cells'
 * texts that pdf.js merged into one run are apart: a blank between them ("2 1", "3 (" where an amount's last digit
 * and the next cell's first character come as one run), or a figure after a label.
 */
function cutMidWord(run: TextRun, pieces: TextRun[]): boolean {
  if (pieces.map((p) => p.text).join('') !== run.text.trim()) return false;
  return pieces.slice(1).every((p) => !/\d/u.test(p.text));
}

/** Each run's pieces and the cells they go to; a clipped label stays whole, in the cell that holds most of it. */
function placeRuns(grid: Grid, runs: readonly TextRun[]): { run: TextRun; cell: number }[] {
  return runs.flatMap((run) => {
    const pieces = splitAtRulings(run, grid);
    const placed = pieces.map((p) => ({ run: p, cell: cellAt(grid, centreX(p), centreY(p)) }));
    if (placed.length === 1 || !cutMidWord(run, pieces)) return placed;
    const widest = placed.reduce((a, b) => (b.run.x1 - b.run.x0 > a.run.x1 - a.run.x0 ? b : a));
    return [{ run, cell: widest.cell }];
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
