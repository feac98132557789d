/**
 * Turning cells into identity terms and deciding an identity's outcome — the only place where the rounding policy
 * (model/amount) meets the identities.
 */
import { Decimal } from 'decimal.js';
import { compareSum, convert, halfUlp, type Unit } from '../../model/amount.js';
import type { Row, Table } from '../../model/disclosure.js';
import type { EvaluatedIdentity, IdentityFamily, IdentityTerm } from '../../model/identity.js';

const UNIT_EXPONENT: Record<Unit, number> = { 元: 0, 千元: 3, 万元: 4, 亿元: 8 };

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
    // 1.23 万元 stands for ±50 元: converting to a smaller unit moves the last printed place left.
    precision: table.precision - UNIT_EXPONENT[table.unit] + UNIT_EXPONENT[unit],
    sign,
  };
}

/** Two tables in different units are compared in the smaller unit (元 beside 万元). */
export function commonUnit(a: Table, b: Table): Unit {
  return UNIT_EXPONENT[a.unit] <= UNIT_EXPONENT[b.unit] ? a.unit : b.unit;
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
}

function allZero(d: IdentityDraft): boolean {
  return d.total.value.isZero() && d.parts.every((p) => p.value.isZero());
}

/**
 * One quantity printed in two units (元 in one table, 万元 in the 三公 table): the coarser printing is the rounding
 * of the finer one, so a difference within its half unit is no difference.
 */
function sameAfterRounding(d: IdentityDraft, difference: Decimal): boolean {
  if (d.parts.length !== 1) return false;
  const coarse = Math.min(d.total.precision, d.parts[0].precision);
  if (coarse === Math.max(d.total.precision, d.parts[0].precision)) return false;
  return difference.abs().lte(halfUlp(coarse));
}

/** Evaluate a draft; identities whose every cell is zero or blank are not applicable and dropped. */
export function evaluate(d: IdentityDraft): EvaluatedIdentity | undefined {
  const relation = d.relation ?? 'eq';
  const exact = d.exact ?? false;
  const cmp = compareSum(
    { value: d.total.value, precision: d.total.precision },
    d.parts.map((p) => ({ value: p.value, precision: p.precision, sign: p.sign })),
  );
  let outcome = cmp.agreement;
  if (relation === 'le') outcome = cmp.difference.lte(0) ? 'exact' : cmp.agreement;
  if (exact && outcome === 'rounding') outcome = sameAfterRounding(d, cmp.difference) ? 'exact' : 'mismatch';
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
    outcome,
    expected: cmp.sum,
    difference: cmp.difference,
    ...(allZero(d) ? { blank: true } : {}),
  };
}

export const ZERO = new Decimal(0);
