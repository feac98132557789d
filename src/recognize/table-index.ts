/**
 * A 公开目录 printed as a table (报表 | 报表名称 | 是否空表 | 公开空表理由): the list of the tables the disclosure
 * announces, each with its mark of being printed empty. Read by its header, whose words the profiles give
 * (TABLE_INDEX); a list of fewer than three tables, or one without a title column and an empty-mark column, is no
 * such index.
 */
import type { IndexEntry } from '../model/disclosure.js';
import type { RawRow, RawTable } from '../model/raw.js';
import type { TableIndexSpec } from '../profiles/types.js';
import { displayText, matches, norm } from './normalize.js';

type Field = 'number' | 'title' | 'empty' | 'reason';
const FIELDS: Field[] = ['number', 'title', 'empty', 'reason'];

/** The grid columns each header cell of the row covers, by the field its text names. */
function headerColumns(row: RawRow, spec: TableIndexSpec): Map<number, Field> {
  const cols = new Map<number, Field>();
  for (const c of row.cells) {
    const t = norm(c.text);
    const field = FIELDS.find((f) => matches(spec[f], t));
    if (!field) continue;
    for (let k = c.col; k < c.col + c.colSpan; k++) cols.set(k, field);
  }
  return cols;
}

function fields(row: RawRow, cols: Map<number, Field>): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const c of row.cells) {
    const field = cols.get(c.col);
    const t = displayText(c.text);
    if (field && t !== '') out[field] = out[field] ? `${out[field]}${t}` : t;
  }
  return out;
}

export function readTableIndex(raw: RawTable, spec: TableIndexSpec): IndexEntry[] | undefined {
  const at = raw.rows.slice(0, 4).findIndex((r) => {
    const fieldsOf = new Set(headerColumns(r, spec).values());
    return fieldsOf.has('title') && fieldsOf.has('empty');
  });
  if (at < 0) return undefined;
  const cols = headerColumns(raw.rows[at], spec);
  const entries: IndexEntry[] = [];
  for (const row of raw.rows.slice(at + 1)) {
    const f = fields(row, cols);
    if (!f.title) continue;
    const mark = norm(f.empty ?? '');
    const entry: IndexEntry = {
      title: f.title,
      // 是, or a reason printed without the mark (不涉及 under 公开空表理由 alone).
      empty: matches(spec.yes, mark) || (mark === '' && f.reason !== undefined),
      prov: row.prov,
    };
    if (f.number) entry.number = norm(f.number);
    if (f.reason && entry.empty) entry.reason = f.reason;
    entries.push(entry);
  }
  return entries.length >= 3 ? entries : undefined;
}
