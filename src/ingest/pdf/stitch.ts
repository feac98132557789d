/**
 * A table continued on the next page (same column boundaries) becomes one table: the continuation's repeated
 * header rows are dropped, and if one page's grid has extra column boundaries the other's cells are re-spanned.
 */
import { oneEdit } from '../../model/edit.js';
import type { RawRow } from '../../model/raw.js';
import { joinRows, restOfRow } from '../../model/raw-rows.js';
import type { PageTable } from './cells.js';
import { clusterValues } from './geometry.js';

const TOL = 3;

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOL;
}

function shareCount(xs: number[], ys: number[]): number {
  return xs.filter((x) => ys.some((y) => near(x, y))).length;
}

/** Same left and right edges, and most (or all of the smaller side's) column boundaries in common. */
export function sameColumns(a: PageTable, b: PageTable): boolean {
  if (!near(a.xs[0], b.xs[0]) || !near(a.xs[a.xs.length - 1], b.xs[b.xs.length - 1])) return false;
  const common = shareCount(a.xs, b.xs);
  // A continuation holding only a total row (合计) has fewer rulings: its boundaries are a subset of the table's.
  const subset = common === Math.min(a.xs.length, b.xs.length);
  return subset || (common >= 0.75 * a.xs.length && common >= 0.75 * b.xs.length);
}

const plain = (text: string) => text.replace(/\s+/g, '');
const HAN = /\p{Script=Han}/u;

/**
 * The same row printed twice: the same cells, each with the same text — or, where both were read by OCR, a text
 * one slip apart (a header's 科目 read 科导 on one page and right on the next is the same header). Words only:
 * figures and codes one digit apart are other rows.
 */
function sameRow(a: RawRow, b: RawRow): boolean {
  if (a.cells.length !== b.cells.length) return false;
  return a.cells.every((c, i) => {
    const d = b.cells[i];
    if (c.col !== d.col || c.colSpan !== d.colSpan) return false;
    const [x, y] = [plain(c.text), plain(d.text)];
    return x === y || (c.prov.ocr !== undefined && d.prov.ocr !== undefined && HAN.test(x) && oneEdit(x, y));
  });
}

/** The continuation's leading rows that repeat the table's first rows (its header). */
export function repeatedHeaderRows(first: RawRow[], next: RawRow[]): number {
  let k = 0;
  while (k < next.length && k < first.length && k < 8 && sameRow(first[k], next[k])) k++;
  return k;
}

function remap(table: PageTable, union: number[]): void {
  const index = (x: number) => union.findIndex((u) => near(u, x));
  for (const row of table.table.rows) {
    for (const cell of row.cells) {
      const start = index(table.xs[cell.col]);
      const end = index(table.xs[cell.col + cell.colSpan]);
      cell.col = start;
      cell.colSpan = Math.max(1, end - start);
    }
  }
  table.xs = union;
}

/** Appends `next` to `first` (mutating `first`). Call only when sameColumns holds. */
export function stitch(first: PageTable, next: PageTable): void {
  if (first.xs.length !== next.xs.length || shareCount(first.xs, next.xs) !== first.xs.length) {
    const union = clusterValues([...first.xs, ...next.xs], TOL);
    remap(first, union);
    remap(next, union);
  }
  // Headers are compared after remapping so that both sides use the same column numbers.
  const drop = repeatedHeaderRows(first.table.rows, next.table.rows);
  const rows = next.table.rows.slice(drop);
  const last = first.table.rows[first.table.rows.length - 1];
  if (last && rows[0] && restOfRow(last, rows[0])) {
    first.table.rows[first.table.rows.length - 1] = joinRows(last, rows.shift()!);
  }
  first.table.rows.push(...rows);
}
