/**
 * Finding locations for narrative claims and the table cells they restate.
 */

import type { Resolution, Sentence } from './claims.js';
import { type Location, provToLocation } from './finding.js';

export function sentenceLocation(s: Sentence): Location {
  const loc: Location = { sentence: s.text, ...provToLocation(s.prov) };
  const section = s.section[s.section.length - 1];
  if (section !== undefined) loc.section = section;
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
