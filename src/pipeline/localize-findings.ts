/**
 * Bridge from the localizer to the report: which cells to blame, as cell references with the identities each
 * explains. buildReport turns identities into finding ids once findings are sorted.
 */
import type { Disclosure } from '../model/disclosure.js';
import type { CellRef, EvaluatedIdentity } from '../model/identity.js';
import type { SuspectCell } from '../report/build.js';

export type { SuspectCell };

export type Localizer = (identities: EvaluatedIdentity[], disclosure: Disclosure) => SuspectCell[];

/** No localization: no suspects (the report still lists every finding). */
export const noLocalizer: Localizer = () => [];

/** The localizer reads each cell's unit and printed value from the disclosure. */
export function cellInfo(d: Disclosure) {
  const tables = new Map(d.tables.map((t) => [t.id, t]));
  return {
    unit: (ref: CellRef) => tables.get(ref.table)!.unit,
    value: (ref: CellRef) => tables.get(ref.table)!.rows[ref.row].cells[ref.column].amount.value,
  };
}
