/**
 * Tables that run over pages. A PDF page is a table of its own; the next page either reprints the title block
 * and the header (公开表2 … 收入总体情况表 again) or goes straight on with rows. Either way it is the same table:
 * its rows are appended to the page before, so that 项 rows printing only their own digits keep the 类 and 款 of
 * the page before, and identities see the whole table.
 *
 * Same title, same compiling unit and same header rows make a continuation; a page that opens with its own total
 * line (合计) after a page that had one is a new table even under the same title (the next unit's copy of it).
 */
import type { RawRow, RawTable } from '../model/raw.js';
import { joinRows, restOfRow } from '../model/raw-rows.js';
import type { TableContext } from './context.js';
import { titleKey } from './context.js';
import { isBodyRow } from './grid.js';
import { norm } from './normalize.js';
import { TOTAL_LINE } from './total-words.js';

export interface PagedTable {
  raw: RawTable;
  ctx: TableContext;
  /** The title the table matched in the profile, when it matched one. */
  title?: string;
}

function headerRows(t: PagedTable): RawRow[] {
  const rows = t.raw.rows.slice(t.ctx.titleRows);
  const first = rows.findIndex((r) => isBodyRow(r));
  return rows.slice(0, first < 0 ? rows.length : first);
}

function rowKey(r: RawRow): string {
  return r.cells
    .map((c) => norm(c.text))
    .filter((t) => t !== '')
    .join('|');
}

function bodyRows(t: PagedTable): RawRow[] {
  return t.raw.rows.slice(t.ctx.titleRows + headerRows(t).length);
}

function isTotalLine(r: RawRow): boolean {
  return r.cells.some((c) => TOTAL_LINE.test(norm(c.text)));
}

/**
 * The next page starts a table of its own when it opens with a total line and the page before has had one:
 * a page that opens with 本年收入合计 after pages of lines without any total is their end (深圳 收支总表 p.3), and so
 * is a page of nothing but 收入总计 | 支出总计.
 */
function startsAnew(prev: PagedTable, next: PagedTable): boolean {
  const filled = rowsBelowHeader(prev, next).filter((r) => r.cells.some((c) => norm(c.text) !== ''));
  // A page of total lines only (收入总计 | 支出总计 on the last page) closes the table before it.
  if (filled.every(isTotalLine)) return false;
  return filled[0] !== undefined && isTotalLine(filled[0]) && bodyRows(prev).some(isTotalLine);
}

function width(t: PagedTable): number {
  return Math.max(0, ...t.raw.rows.map((r) => r.cells.reduce((m, c) => Math.max(m, c.col + c.colSpan), 0)));
}

/** How many of b's header rows reprint a's header: all of a's, or none. */
function reprintedHeader(a: PagedTable, b: PagedTable): number {
  const ha = headerRows(a).map(rowKey);
  const hb = headerRows(b).map(rowKey);
  return ha.length > 0 && hb.length >= ha.length && ha.every((k, i) => k === hb[i]) ? ha.length : 0;
}

function sameHeader(a: PagedTable, b: PagedTable): boolean {
  return reprintedHeader(a, b) > 0;
}

/**
 * The next page's rows below the reprinted header. A first line without figures (上年结转结余 | | 年终结转结余 |)
 * reads as header on a page of its own; below the header the table before had, it is a line of the table.
 */
function rowsBelowHeader(prev: PagedTable, next: PagedTable): RawRow[] {
  const n = reprintedHeader(prev, next);
  return n > 0 ? next.raw.rows.slice(next.ctx.titleRows + n) : bodyRows(next);
}

export function continues(prev: PagedTable, next: PagedTable): boolean {
  if (prev.raw.gridded !== next.raw.gridded) return false;
  if (prev.raw.gridded && width(prev) !== width(next)) return false;
  if (startsAnew(prev, next) || rowsBelowHeader(prev, next).length === 0) return false;
  if (next.title !== undefined) {
    return (
      prev.title !== undefined &&
      titleKey(prev.title) === titleKey(next.title) &&
      (prev.ctx.department ?? '') === (next.ctx.department ?? '') &&
      sameHeader(prev, next)
    );
  }
  // An untitled page: the same header reprinted, or none at all and rows straight away.
  return prev.title !== undefined && (sameHeader(prev, next) || headerRows(next).length === 0);
}

/** The next page's rows, without its reprinted title block and header, after the rows of the table before. */
export function append(table: PagedTable, next: PagedTable): RawTable {
  const prev = table.raw;
  const rows = rowsBelowHeader(table, next);
  const last = prev.rows[prev.rows.length - 1];
  if (prev.gridded && last && rows[0] && restOfRow(last, rows[0])) {
    return { ...prev, rows: [...prev.rows.slice(0, -1), joinRows(last, rows[0]), ...rows.slice(1)] };
  }
  return { ...prev, rows: [...prev.rows, ...rows] };
}
