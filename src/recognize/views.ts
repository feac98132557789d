/**
 * Expenditure views printed side by side (陕西 部门综合预算收支总表: 收入 | 支出功能分类 | 部门预算支出经济分类 |
 * 政府预算支出经济分类): the same expenditure, classified three ways, each with its own 本年支出合计 and 支出总计.
 * The table keeps its income side and first view; each further view (from its name column to the next) is cut
 * out as a table of its own, named by its header, so that each is read and checked like any list.
 */
import type { RawCell, RawRow, RawTable } from '../model/raw.js';
import { isLabelHeader } from './columns.js';
import { buildGrid, isBodyRow, isColumnNumberRow } from './grid.js';
import { norm } from './normalize.js';

/**
 * Columns whose body cells are mostly item names (Han text, not figures); in a table printed empty, the columns
 * whose header names the lines (项目, 支出功能分类科目) — its structure is all it shows.
 */
export function nameColumns(raw: RawTable, titleRows: number): number[] {
  const { header, body } = splitHeader(raw, titleRows);
  const probe = buildGrid(raw, header, body);
  const textLike = (c: number) =>
    probe.body.filter(
      (r) => /[\p{Script=Han}]/u.test(r.texts[c] ?? '') && !/^[\d.,\s\u3000-]*$/u.test(r.texts[c]),
    ).length;
  const columns = Array.from({ length: probe.width }, (_, c) => c);
  const empty = probe.body.every((r) => r.texts.every((t) => norm(t) === ''));
  if (empty) return columns.filter((c) => isLabelHeader(probe.headers[c]));
  return columns.filter((c) => textLike(c) >= 2);
}

export function splitHeader(raw: RawTable, titleRows: number) {
  const rows = raw.rows.slice(titleRows).filter((r) => !isColumnNumberRow(r));
  let first = rows.findIndex((r) => isBodyRow(r));
  if (first < 0) first = rows.length;
  return { header: rows.slice(0, first), body: rows.slice(first) };
}

/** The cells of one row that fall in columns [from, to), renumbered from 0; a span crossing an edge is cut. */
function cutRow(row: RawRow, from: number, to: number): RawRow {
  const cells: RawCell[] = [];
  for (const c of row.cells) {
    const start = Math.max(c.col, from);
    const end = Math.min(c.col + c.colSpan, to);
    if (start >= end) continue;
    cells.push({ ...c, col: start - from, colSpan: end - start });
  }
  return { cells, prov: row.prov };
}

function cut(raw: RawTable, from: number, to: number): RawTable {
  return { ...raw, rows: raw.rows.map((r) => cutRow(r, from, to)) };
}

/** A source without spans (text copied out of Word) can still be cut where every body row prints every cell. */
function fullRows(raw: RawTable, titleRows: number): boolean {
  const { body } = splitHeader(raw, titleRows);
  return body.length > 0 && body.every((r) => r.cells.length === body[0].cells.length);
}

export interface View {
  raw: RawTable;
  /** The view's header, its rows' texts joined (what its spec's title is matched against). */
  header: string;
}

/**
 * The table without its further views, and the views; undefined when the table prints at most one view (income
 * and expenditure side by side, as usual) or cannot be cut by columns (a source without spans whose rows differ
 * in length).
 */
export function splitViews(raw: RawTable, titleRows: number): { main: RawTable; views: View[] } | undefined {
  if (!raw.gridded && !fullRows(raw, titleRows)) return undefined;
  const names = nameColumns(raw, titleRows);
  if (names.length < 3) return undefined;
  const width = Math.max(...raw.rows.map((r) => r.cells.reduce((m, c) => Math.max(m, c.col + c.colSpan), 0)));
  const edges = [...names.slice(2), width];
  const views = edges.slice(0, -1).map((from, i) => {
    const view = cut(raw, from, edges[i + 1]);
    const { header } = splitHeader(view, titleRows);
    const text = header.flatMap((r) => r.cells.map((c) => norm(c.text))).join('');
    return { raw: view, header: text };
  });
  return { main: cut(raw, 0, names[2]), views };
}
