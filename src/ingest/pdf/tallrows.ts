/**
 * Tall rows. Some ruled tables draw no horizontal rulings between their data rows, so the grid has one tall row
 * whose cells hold several lines each. When the row's amount cells hold one amount per line and every line of
 * every cell sits on one of those amount baselines, the lines are rows: split the tall row at them.
 */
import type { RawCell, RawRow } from '../../model/raw.js';
import { isAmount } from './amount.js';
import { clusterValues, roundBox, type TextRun } from './geometry.js';
import { cellText, continuesAmount, groupLines } from './text.js';

interface CellLine {
  runs: TextRun[];
  baseline: number;
  top: number;
  bottom: number;
}

function cellLines(runs: readonly TextRun[]): CellLine[] {
  return groupLines(runs).map((line) => ({
    runs: line,
    baseline: line.reduce((s, r) => s + r.baseline, 0) / line.length,
    top: Math.min(...line.map((r) => r.top)),
    bottom: Math.max(...line.map((r) => r.bottom)),
  }));
}

/** `runsOf` gives each cell's text runs. Rows covered by a rowSpan from above, or carrying one, are left alone. */
export function splitTallRows(rows: RawRow[], runsOf: ReadonlyMap<RawCell, TextRun[]>): RawRow[] {
  const out: RawRow[] = [];
  let coveredUntil = -1;
  rows.forEach((row, i) => {
    const spanned = i <= coveredUntil || row.cells.some((c) => c.rowSpan > 1);
    for (const c of row.cells) coveredUntil = Math.max(coveredUntil, i + c.rowSpan - 1);
    out.push(...((spanned ? null : splitRow(row, runsOf)) ?? [row]));
  });
  return out;
}

function splitRow(row: RawRow, runsOf: ReadonlyMap<RawCell, TextRun[]>): RawRow[] | null {
  const lines = row.cells.map((c) => cellLines(runsOf.get(c) ?? []));
  const text = (l: CellLine) => cellText(l.runs);
  const amountCells = lines.filter((ls) => ls.length > 0 && ls.every((l) => isAmount(text(l))));
  // An amount wrapped onto a second line is one amount, not two rows.
  if (amountCells.some((ls) => ls.some((l, k) => k > 0 && continuesAmount(text(ls[k - 1]), text(l)))))
    return null;
  // Several lines in an amount cell, and in at least one other cell: lines lining up across columns.
  if (!amountCells.some((ls) => ls.length >= 2) || lines.filter((ls) => ls.length >= 2).length < 2)
    return null;
  const size = Math.min(...row.cells.flatMap((c) => (runsOf.get(c) ?? []).map((r) => r.size)));
  const tol = size * 0.45;
  const baselines = clusterValues(
    amountCells.flatMap((ls) => ls.map((l) => l.baseline)),
    tol,
  );
  if (baselines.length < 2) return null;
  const slot = (l: CellLine) => baselines.findIndex((b) => Math.abs(b - l.baseline) < tol);
  // One amount per baseline, and no line of any cell between baselines (that would be a wrapped name).
  for (const ls of lines) {
    const slots = ls.map(slot);
    if (slots.some((s) => s < 0)) return null;
    if (amountCells.includes(ls) && new Set(slots).size !== slots.length) return null;
  }
  const all = lines.flat();
  const band = baselines.map((_, k) => {
    const here = all.filter((l) => slot(l) === k);
    return { top: Math.min(...here.map((l) => l.top)), bottom: Math.max(...here.map((l) => l.bottom)) };
  });
  const box = row.prov.box ?? [0, 0, 0, 0];
  const ys = [box[1], ...band.slice(1).map((b, k) => (band[k].bottom + b.top) / 2), box[3]];
  return baselines.map((_, k) => ({
    cells: row.cells.map((cell, c) => {
      const cb = cell.prov.box ?? box;
      const runs = lines[c].filter((l) => slot(l) === k).flatMap((l) => l.runs);
      return {
        ...cell,
        text: cellText(runs),
        prov: { ...cell.prov, box: roundBox([cb[0], ys[k], cb[2], ys[k + 1]]) },
      };
    }),
    prov: { ...row.prov, box: roundBox([box[0], ys[k], box[2], ys[k + 1]]) },
  }));
}
