/**
 * Evaluating and misprinting a synthetic document (localize-synthetic.ts): the identities as rules would evaluate them after
 * some cells were changed, and typo-like changes of one printed amount.
 */
import { Decimal } from 'decimal.js';
import { type CellRef, cellKey, type EvaluatedIdentity } from '../../src/model/identity.js';
import { convert, judge, precisionIn, type Unit } from '../../src/model/rounding.js';
import type { SyntheticDocument } from './localize-synthetic.js';

/** The rounding policy exactly as rules apply it (model/rounding judge). */
export function evaluateDocument(
  doc: SyntheticDocument,
  changed = new Map<string, Decimal>(),
): EvaluatedIdentity[] {
  const tables = new Map(doc.tables.map((t) => [t.id, t]));
  const term = (cell: CellRef, unit: Unit, sign: 1 | -1 = 1) => {
    const t = tables.get(cell.table)!;
    const printed = changed.get(cellKey(cell)) ?? doc.values.get(cellKey(cell))!;
    return {
      cell,
      value: convert(printed, t.unit, unit),
      precision: precisionIn(t.precision, t.unit, unit),
      sign,
    };
  };
  return doc.drafts.map((d) => {
    const total = term(d.total, d.unit);
    const parts = d.parts.map((p) => term(p.cell, d.unit, p.sign));
    const j = judge(total, parts, d.relation, d.exact);
    const blank = total.value.isZero() && parts.every((p) => p.value.isZero());
    return {
      id: d.id,
      family: d.family,
      source: d.source,
      description: d.description,
      total,
      parts,
      relation: d.relation,
      exact: d.exact,
      unit: d.unit,
      outcome: j.outcome,
      expected: j.expected,
      difference: j.difference,
      tolerance: j.tolerance,
      ...(blank ? { blank: true } : {}),
    };
  });
}

/**
 * A typo-like change of a printed amount: one digit from the tenths upward replaced, or two neighbouring
 * digits swapped; never negative, never the same value.
 */
export function misprint(value: Decimal, random: () => number): Decimal {
  const text = value.toFixed(2);
  const positions = [...text].flatMap((c, i) => (c !== '.' && i < text.length - 1 ? [i] : []));
  for (let attempt = 0; attempt < 20; attempt++) {
    const chars = [...text];
    const i = positions[Math.floor(random() * positions.length)];
    if (random() < 0.3 && i + 1 < chars.length && chars[i + 1] !== '.') {
      [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
    } else {
      chars[i] = String(Math.floor(random() * 10));
    }
    const changed = new Decimal(chars.join(''));
    if (!changed.eq(value)) return changed;
  }
  return value.plus(1);
}
