/** Finding the tables, rows and columns a profile identity names. */
import type { Column, Disclosure, Row, Table } from '../../../model/disclosure.js';
import { columnLabel } from '../../../model/location.js';
import type { CellSelector } from '../../../profiles/types.js';

export { columnLabel };

export function tableOf(d: Disclosure, kind: string): Table | undefined {
  return d.tables.find((t) => t.kind === kind);
}

/** Column keys for a role or a key: "total" matches key "total" and role "total" on any side. */
export function columnsFor(table: Table, roleOrKey: string): Column[] {
  const byKey = table.columns.filter((c) => c.key === roleOrKey);
  return byKey.length > 0 ? byKey : table.columns.filter((c) => c.role === roleOrKey);
}

export function rowFor(table: Table, selector: CellSelector['row'], column?: string): Row | undefined {
  if ('listed' in selector) return undefined;
  if ('role' in selector) return table.rows.find((r) => r.role === selector.role);
  if ('code' in selector) return table.rows.find((r) => r.code === selector.code);
  // The total row: on the side that holds the column, when the table is two-sided.
  const side = column ? table.columns.find((c) => c.key === column)?.side : undefined;
  const total = table.rows.find((r) => r.kind === 'total' && (side === undefined || r.side === side));
  // A table of one unnamed row (三公 tables printed with a column per item) is its own total line.
  if (!total && table.rows.length === 1 && table.rows[0].name === '') return table.rows[0];
  return total;
}

export interface ResolvedCell {
  table: Table;
  row: Row;
  column: Column;
}

export function resolveCell(d: Disclosure, s: CellSelector): ResolvedCell | undefined {
  const table = tableOf(d, s.table);
  if (!table) return undefined;
  const column = columnsFor(table, s.column)[0];
  if (!column) return undefined;
  const row = rowFor(table, s.row, column.key);
  if (!row) return undefined;
  return { table, row, column };
}

export function cellLabel(table: Table, row: Row, key: string): string {
  return `${table.label} ${row.label} ${columnLabel(table, key)}`;
}

/**
 * The coded rows that no other row of theirs stands above: those whose code has no printed ancestor (a shorter
 * code that is its prefix) in the same block. In a tree, the 类; in a flat list of mixed levels (北京 预算03表:
 * 项 rows and one 款 "21598 超长期特别国债安排的支出"), every row.
 */
export function topmostRows(rows: Row[]): Row[] {
  const codes = new Set(rows.map((r) => `${r.block ?? 0}:${r.code}`));
  return rows.filter((r) => {
    const code = r.code!;
    for (let n = 3; n < code.length; n += 2)
      if (codes.has(`${r.block ?? 0}:${code.slice(0, n)}`)) return false;
    return true;
  });
}
