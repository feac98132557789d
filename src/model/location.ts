/**
 * Where a finding points, built in one place: a table, a row, a cell (by reference or as a claim's resolution), a
 * sentence of the narrative. Messages and reports read these fields.
 */
import type { Resolution, Sentence } from './claims.js';
import type { Disclosure } from './disclosure.js';
import { type Location, provToLocation } from './finding.js';
import type { CellRef } from './identity.js';
import type { Row, Table } from './table.js';

export function tableLocation(table: Table): Location {
  const loc: Location = { table: table.label, tableId: table.id, tableTitle: table.title };
  if (table.prov.page !== undefined) loc.page = table.prov.page;
  if (table.prov.line !== undefined) loc.line = table.prov.line;
  return loc;
}

/**
 * A row of a table. The catalogue rules have always located their rows without the table's title (`title:
 * false`); the JSON report keeps that until it is changed on purpose.
 */
export function rowLocation(table: Table, row: Row, { title = true }: { title?: boolean } = {}): Location {
  const loc: Location = { table: table.label, tableId: table.id };
  if (title) loc.tableTitle = table.title;
  loc.row = row.label;
  loc.rowIndex = row.index;
  if (row.prov.page !== undefined) loc.page = row.prov.page;
  if (row.prov.line !== undefined) loc.line = row.prov.line;
  return loc;
}

/** A column as messages name it: its innermost header, else its role. */
export function columnLabel(table: Table, key: string): string {
  const c = table.columns.find((x) => x.key === key);
  return c ? (c.header[c.header.length - 1] ?? c.role) : key;
}

/** An identity's cell: the table, row and column it names, at the cell's page and line. */
export function cellRefLocation(d: Disclosure, ref: CellRef): Location {
  const table = d.tables.find((t) => t.id === ref.table);
  const row = table?.rows.find((r) => r.index === ref.row);
  if (!table || !row) return { tableId: ref.table, rowIndex: ref.row, columnKey: ref.column };
  const prov = row.cells[ref.column]?.prov ?? row.prov;
  const loc: Location = {
    table: table.label,
    tableId: table.id,
    tableTitle: table.title,
    row: row.label,
    rowIndex: row.index,
    column: columnLabel(table, ref.column),
    columnKey: ref.column,
  };
  if (prov.page !== undefined) loc.page = prov.page;
  if (prov.line !== undefined) loc.line = prov.line;
  return loc;
}

export function sentenceLocation(s: Sentence): Location {
  const loc: Location = { sentence: s.text, ...provToLocation(s.prov) };
  const section = s.section[s.section.length - 1];
  if (section !== undefined) loc.section = section;
  return loc;
}

/**
 * A sentence with the figure the finding judges marked in it: the printed figure's occurrence nearest to `near`
 * (the claim's offset). A figure the sentence does not hold verbatim leaves the sentence unmarked.
 */
export function figureLocation(s: Sentence, printed: string, near = 0): Location {
  const loc = sentenceLocation(s);
  let best = -1;
  for (let i = s.text.indexOf(printed); i >= 0 && printed !== ''; i = s.text.indexOf(printed, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  if (best >= 0) loc.figure = { at: best, text: printed };
  return loc;
}

export function cellLocation(r: Resolution): Location {
  const loc: Location = {
    table: r.table.label,
    tableId: r.table.id,
    tableTitle: r.table.title,
    row: r.row.label,
    rowIndex: r.row.index,
    column: r.column.header[r.column.header.length - 1] ?? r.column.role,
    columnKey: r.column.key,
  };
  return { ...loc, ...provToLocation(r.cell?.prov ?? r.row.prov) };
}

/** "表5 合计 基本支出" for messages. */
export function cellName(r: Resolution): string {
  const col = r.column.header[r.column.header.length - 1] ?? '';
  return `${r.table.label} ${r.row.label} ${col}`.replace(/\s+/gu, ' ').trim();
}

/** Short quote of a sentence for messages. */
export function quote(s: Sentence, max = 60): string {
  return s.text.length <= max ? s.text : `${s.text.slice(0, max)}…`;
}
