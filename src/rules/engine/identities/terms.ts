/**
 * Turning cells into identity terms and deciding an identity's outcome under the rounding policy (model/rounding).
 */
import { Decimal } from 'decimal.js';
import type { Row, Table } from '../../../model/disclosure.js';
import type { EvaluatedIdentity, IdentityFamily, IdentityTerm } from '../../../model/identity.js';
import { convert, judge, precisionIn, smallerUnit, type Unit } from '../../../model/rounding.js';
import type { SoftIf } from '../../../profiles/types.js';

export function term(
  table: Table,
  row: Row,
  column: string,
  unit: Unit,
  sign: 1 | -1 = 1,
): IdentityTerm | undefined {
  const cell = row.cells[column];
  if (!cell) return undefined;
  return {
    cell: { table: table.id, row: row.index, column },
    value: convert(cell.amount.value, table.unit, unit),
    precision: precisionIn(table.precision, table.unit, unit),
    sign,
  };
}

/** Two tables in different units are compared in the smaller unit (元 beside 万元). */
export function commonUnit(a: Table, b: Table): Unit {
  return smallerUnit(a.unit, b.unit);
}

export interface IdentityDraft {
  id: string;
  family: IdentityFamily;
  source: string;
  description: string;
  total: IdentityTerm;
  parts: IdentityTerm[];
  relation?: 'eq' | 'le';
  exact?: boolean;
  unit: Unit;
  soft?: boolean;
}

/** Whether the table prints a line or column of a role that may account for a gap (profiles' SoftIf). */
export function softIn(table: Table, softIf: SoftIf | undefined): boolean {
  if (!softIf) return false;
  return (
    (softIf.columns ?? []).some((role) => table.columns.some((c) => c.role === role)) ||
    (softIf.rows ?? []).some((role) =>
      table.rows.some((r) => r.role === role && Object.values(r.cells).some((c) => !c.amount.value.isZero())),
    )
  );
}

function allZero(d: IdentityDraft): boolean {
  return d.total.value.isZero() && d.parts.every((p) => p.value.isZero());
}

/** Evaluate a draft; identities whose every cell is zero or blank are not applicable and dropped. */
export function evaluate(d: IdentityDraft): EvaluatedIdentity | undefined {
  const relation = d.relation ?? 'eq';
  const exact = d.exact ?? false;
  const j = judge(d.total, d.parts, relation, exact);
  return {
    id: d.id,
    family: d.family,
    source: d.source,
    description: d.description,
    total: d.total,
    parts: d.parts,
    relation,
    exact,
    unit: d.unit,
    outcome: j.outcome,
    expected: j.expected,
    difference: j.difference,
    tolerance: j.tolerance,
    ...(allZero(d) ? { blank: true } : {}),
    ...(d.soft ? { soft: true as const } : {}),
  };
}

export const ZERO = new Decimal(0);
