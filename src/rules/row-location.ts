import type { Row, Table } from '../model/disclosure.js';
import type { Location } from '../model/finding.js';

export function rowLocation(table: Table, row: Row): Location {
  const loc: Location = {
    table: table.label,
    tableId: table.id,
    tableTitle: table.title,
    row: row.label,
    rowIndex: row.index,
  };
  if (row.prov.page !== undefined) loc.page = row.prov.page;
  if (row.prov.line !== undefined) loc.line = row.prov.line;
  return loc;
}

export function tableLocation(table: Table): Location {
  const loc: Location = { table: table.label, tableId: table.id, tableTitle: table.title };
  if (table.prov.page !== undefined) loc.page = table.prov.page;
  if (table.prov.line !== undefined) loc.line = table.prov.line;
  return loc;
}
