/**
 * What the catalogue rules share: the coded rows of a document, where each points, and which classification
 * the row's column expects (the table's own reading, the profile's table spec, the row's own scheme, in that order).
 */

import type { Classification } from '../../catalog/index.js';
import { classify, normalizeCode } from '../../catalog/index.js';
import type { CodeScheme, Disclosure, Row, Table } from '../../model/disclosure.js';
import type { Location } from '../../model/finding.js';
import { rowLocation } from '../../model/location.js';
import type { Profile } from '../../profiles/types.js';

export interface CodedRow {
  table: Table;
  row: Row;
  /** Digits only. */
  code: string;
  /** From the code's shape. */
  classification: Classification | undefined;
  /** What the column holds, when known. */
  expected: CodeScheme | undefined;
}

/** Where a coded row points (model/location), as the catalogue rules have always located it: without the title. */
export function codedRowLocation(r: CodedRow): Location {
  return rowLocation(r.table, r.row, { title: false });
}

export function codedRows(d: Disclosure, profile: Profile): CodedRow[] {
  const out: CodedRow[] = [];
  for (const table of d.tables) {
    // The classification the table's rows print (recognition's reading), else the layout's for the table.
    const spec = table.codeScheme ?? profile.tables.find((t) => t.kind === table.kind)?.codeScheme;
    for (const row of table.rows) {
      if (!row.code) continue;
      const code = normalizeCode(row.code);
      if (code === '') continue;
      out.push({ table, row, code, classification: classify(code), expected: spec ?? row.codeScheme });
    }
  }
  return out;
}

/** The code's shape agrees with its column (or the column is unknown). */
export function schemeAgrees(r: CodedRow): boolean {
  if (!r.classification || !r.expected) return true;
  return (r.expected === 'function') === (r.classification === 'function');
}

/** The table prints its code hierarchy: some code is the prefix of another (类 and 款 rows above the 项). */
export function hasParentRows(table: Table): boolean {
  const codes = table.rows.flatMap((r) => (r.code ? [r.code] : []));
  return codes.some((c) => c.length < 7 && codes.some((d) => d.length > c.length && d.startsWith(c)));
}

/** What makes a coded row unique in its table: side, stacked block, code and any second code. */
export function rowCodeKey(row: Row): string {
  return `${row.side ?? ''}:${row.block ?? ''}:${row.code}:${row.pairCode ?? ''}`;
}
