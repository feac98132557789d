/**
 * The pieces of a synthetic disclosure printed as a web page: header cells with their spans, body rows of text and
 * amounts (hundredths of 万元), and a table with its caption lines and notes. The layout kits (central-set.ts,
 * final-national.ts, hunan-set.ts) build their tables from these.
 */

/** One amount in hundredths of 万元 (cents), or nothing printed. */
export type Amount = number | undefined;
export type Row = (string | Amount)[];
export interface HeadCell {
  text: string;
  cols?: number;
  rows?: number;
}

/** Which printed amount to change: the table's number (from 1), a row and a column of its body, and by how much. */
export interface CellChange {
  table: number;
  row: number;
  col: number;
  by: number;
}

export const cents = (wan: number) => Math.round(wan * 100);
export const printed = (v: Amount) => (v === undefined ? '' : (v / 100).toFixed(2));
export const orNothing = (v: number): Amount => (v === 0 ? undefined : v);
export const h = (text: string, cols?: number, rows?: number): HeadCell => ({ text, cols, rows });
export const NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
];

export function head(rows: HeadCell[][]): string {
  const cell = (c: HeadCell) =>
    `<th${c.cols ? ` colspan="${c.cols}"` : ''}${c.rows ? ` rowspan="${c.rows}"` : ''}>${c.text}</th>`;
  return rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n');
}

export function body(rows: Row[]): string {
  const cell = (v: string | Amount) =>
    typeof v === 'string' ? `<td>${v}</td>` : `<td class="amount">${printed(v)}</td>`;
  return rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n');
}

/** A table as printed: the lines above it (title, number, unit), its header and body, the note below it. */
export interface PrintedTable {
  above: string[];
  head: HeadCell[][];
  rows: Row[];
  note?: string;
}

export function tableHtml(t: PrintedTable): string {
  return [
    ...t.above.map((line) => `<p>${line}</p>`),
    `<table><thead>${head(t.head)}</thead><tbody>${body(t.rows)}</tbody></table>`,
    t.note ? `<p>${t.note}</p>` : '',
  ].join('\n');
}

/** Two lists side by side, padded to the longer one. */
export function sideBySide(left: Row[], right: Row[], width: [number, number]): Row[] {
  const blank = (n: number): Row => [''].concat(Array(n - 1).fill(undefined));
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [
    ...(left[i] ?? blank(width[0])),
    ...(right[i] ?? blank(width[1])),
  ]);
}

/** Every printed amount of the tables, as (table, row, column) of its body. */
export function amountCellsOf(tables: PrintedTable[]): Omit<CellChange, 'by'>[] {
  return tables.flatMap(({ rows }, t) =>
    rows.flatMap((row, r) =>
      row.flatMap((v, c) => (typeof v === 'number' && v !== 0 ? [{ table: t + 1, row: r, col: c }] : [])),
    ),
  );
}

/** The printed text of a cell, as `change` would leave it. */
export function printedAmountOf(tables: PrintedTable[], at: Omit<CellChange, 'by'>, by = 0): string {
  const v = tables[at.table - 1].rows[at.row][at.col];
  return printed((v as number) + by);
}

/** The tables with one amount changed. */
export function changed(tables: PrintedTable[], change?: CellChange): PrintedTable[] {
  if (!change) return tables;
  return tables.map((t, i) =>
    i + 1 !== change.table
      ? t
      : {
          ...t,
          rows: t.rows.map((row, r) =>
            row.map((v, c) => (r === change.row && c === change.col ? (v as number) + change.by : v)),
          ),
        },
  );
}

/** A whole page: the title, the parts before the tables, the tables, the parts after them. */
export function page(title: string, before: string[], tables: PrintedTable[], after: string[] = []): string {
  return [
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>`,
    `<h1>${title}</h1>`,
    ...before,
    ...tables.map(tableHtml),
    ...after,
    '</body></html>',
  ].join('\n');
}
