/**
 * Table layout shared by the HTML, XLSX and CSV exports: multi-row headers from each column's header path,
 * the printed decimals of a table, and the split of a row label into 编码 and 名称.
 */
import type { ReportColumn, ReportRow, ReportTable } from './types.js';

/** One header cell: `col` is the first column it covers (0-based, amount columns only). */
export interface HeaderCell {
  label: string;
  level: number;
  col: number;
  colSpan: number;
  rowSpan: number;
}

export function headerDepth(columns: ReportColumn[]): number {
  return Math.max(1, ...columns.map((c) => c.header.length));
}

/** The label a column shows at `level`, or undefined when a shorter header already ended above. */
function labelAt(column: ReportColumn, level: number): string | undefined {
  const path = column.header.length > 0 ? column.header : [column.key];
  return level < path.length ? path[level] : undefined;
}

/** Two columns share a header cell at `level` when their paths agree down to it (equal adjacent labels merge). */
function samePrefix(a: ReportColumn, b: ReportColumn, level: number, depth: number): boolean {
  const aLeaf = Math.max(a.header.length, 1) - 1 === level;
  const bLeaf = Math.max(b.header.length, 1) - 1 === level;
  // A leaf spans down to the bottom row; merging it with a non-leaf would break the grid.
  if (aLeaf !== bLeaf && depth > level + 1) return false;
  for (let i = 0; i <= level; i++) if (labelAt(a, i) !== labelAt(b, i)) return false;
  return true;
}

/** Header rows, outer to inner; a column whose path is shorter than the deepest spans down to the last row. */
export function headerRows(columns: ReportColumn[]): HeaderCell[][] {
  const depth = headerDepth(columns);
  const rows: HeaderCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: HeaderCell[] = [];
    columns.forEach((column, col) => {
      const label = labelAt(column, level);
      if (label === undefined) return;
      const last = row[row.length - 1];
      const prev = columns[col - 1];
      if (last && prev && last.col + last.colSpan === col && samePrefix(prev, column, level, depth)) {
        last.colSpan++;
        return;
      }
      const leaf = Math.max(column.header.length, 1) - 1 === level;
      row.push({ label, level, col, colSpan: 1, rowSpan: leaf ? depth - level : 1 });
    });
    rows.push(row);
  }
  return rows;
}

/** Digits after the point as printed in the table (the most any amount shows), so exports keep the print. */
export function tableDecimals(table: ReportTable): number {
  let most = 0;
  for (const row of table.rows) {
    for (const cell of Object.values(row.cells)) {
      const m = /\.(\d+)\s*$/.exec(cell.printed.replace(/,/g, ''));
      if (m?.[1]) most = Math.max(most, m[1].length);
    }
  }
  return most;
}

/** 编码 as printed (e.g. "208 05") and the rest of the label as 名称. */
export function splitLabel(row: ReportRow): { code: string; name: string } {
  if (!row.code) return { code: '', name: row.label };
  const m = /^((?:\d+\s+)*\d+)\s+(\D.*)$/.exec(row.label.trim());
  if (m?.[1] && m[2] && m[1].replace(/\s/g, '') === row.code) return { code: m[1], name: m[2] };
  return { code: row.code, name: row.name };
}

/** Key a cell the way findings and suspects name it: "<tableId>/<rowIndex>/<columnKey>". */
export function cellKey(tableId: string, rowIndex: number, columnKey: string): string {
  return `${tableId}/${rowIndex}/${columnKey}`;
}

/** The pseudo column key for the 编码/名称 cell, where row-level findings (no column) are marked. */
export const LABEL_KEY = '#label';

/** "表5 一般公共预算支出情况表" with the unit, for titles of sheets and files. */
export function tableCaption(table: ReportTable): string {
  return [table.label, table.title].filter(Boolean).join(' ');
}
