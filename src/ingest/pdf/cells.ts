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

export function fillGrid(grid: Grid, runs: readonly TextRun[], page: number): PageTable {
  const pieces = runs.flatMap((r) => splitAtRulings(r, grid));
  const buckets = grid.cells.map(() => [] as TextRun[]);
  for (const piece of pieces) {
    const x = centreX(piece);
    const y = centreY(piece);
    const k = grid.cells.findIndex((c) => x >= c.box[0] && x <= c.box[2] && y >= c.box[1] && y <= c.box[3]);
    if (k >= 0) buckets[k].push(piece);
  }
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
