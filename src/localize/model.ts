/**
 * Identities as linear constraints over cells: D' = D + Σ a·δ, where D is the printed difference
 * (total − Σ parts) and δ a cell's change in its own table's unit.
 */
import { Decimal } from 'decimal.js';
import { type CellRef, cellKey, type EvaluatedIdentity } from '../model/identity.js';
import { convert, largerUnit, type Unit } from '../model/rounding.js';

/** Each cell's own unit and printed value (the disclosure knows them; see cellInfoFrom otherwise). */
export interface CellInfo {
  unit(ref: CellRef): Unit;
  value(ref: CellRef): Decimal;
}

/**
 * Cell units and values read off the identities themselves. Identities only ever convert a cell into a unit no
 * larger than its table's (元 beside 万元 is compared in 元), and every within-table identity is in the table's
 * unit, so the largest unit a cell is seen in is its own, and its term value there is the printed value.
 */
export function cellInfoFrom(identities: EvaluatedIdentity[]): CellInfo {
  const seen = new Map<string, { unit: Unit; value: Decimal }>();
  for (const i of identities) {
    const unit = i.unit;
    for (const t of [i.total, ...i.parts]) {
      const k = cellKey(t.cell);
      const known = seen.get(k);
      if (!known || largerUnit(unit, known.unit)) seen.set(k, { unit, value: t.value });
    }
  }
  const get = (ref: CellRef) => {
    const c = seen.get(cellKey(ref));
    if (!c) throw new Error(`cell ${cellKey(ref)} is in no identity`);
    return c;
  };
  return { unit: (ref) => get(ref).unit, value: (ref) => get(ref).value };
}

export interface Constraint {
  identity: EvaluatedIdentity;
  violated: boolean;
  /** Coefficient of each cell's change in the identity's difference. */
  coef: Map<string, Decimal>;
  difference: Decimal;
  tolerance: Decimal;
  /** Floating-point mirrors, for screening candidates before the exact check. */
  approx: { coef: Map<string, number>; difference: number; tolerance: number };
}

const SCALES = new Map<string, Decimal>();
const ONE = new Decimal(1);

/** How much one unit of a cell's own table is in the identity's unit (1 万元 = 10000 元). */
function scaleOf(from: Unit, to: Unit): Decimal {
  const key = `${from}>${to}`;
  let s = SCALES.get(key);
  if (!s) {
    s = convert(ONE, from, to);
    SCALES.set(key, s);
  }
  return s;
}

export function toConstraint(i: EvaluatedIdentity, cells: CellInfo): Constraint {
  const coef = new Map<string, Decimal>();
  const add = (ref: CellRef, c: number) => {
    const k = cellKey(ref);
    const scale = scaleOf(cells.unit(ref), i.unit);
    coef.set(k, (coef.get(k) ?? new Decimal(0)).plus(scale.mul(c)));
  };
  add(i.total.cell, 1);
  for (const p of i.parts) add(p.cell, -p.sign);
  let tolerance = i.tolerance;
  // A held identity whose printings differ within rounding (元 beside 万元) must stay within that difference.
  if (i.outcome !== 'mismatch' && i.difference.abs().gt(tolerance)) tolerance = i.difference.abs();
  const approx = {
    coef: new Map([...coef].map(([k, v]) => [k, v.toNumber()])),
    difference: i.difference.toNumber(),
    tolerance: tolerance.toNumber(),
  };
  return {
    identity: i,
    violated: i.outcome === 'mismatch',
    coef,
    difference: i.difference,
    tolerance,
    approx,
  };
}

/** Clearly fails after the (approximate) change: safe to discard without exact arithmetic. */
export function clearlyFailsAfter(c: Constraint, cells: string[], delta: number[]): boolean {
  let d = c.approx.difference;
  cells.forEach((k, i) => {
    d += (c.approx.coef.get(k) ?? 0) * delta[i];
  });
  const slack = c.approx.tolerance + 1e-6 * (1 + Math.abs(c.approx.difference));
  return c.identity.relation === 'le' ? d > slack : Math.abs(d) > slack;
}

/** Whether the constraint holds once the cells change by the given amounts. */
export function holdsAfter(c: Constraint, delta: Map<string, Decimal>): boolean {
  let d = c.difference;
  for (const [k, v] of delta) {
    const a = c.coef.get(k);
    if (a) d = d.plus(a.mul(v));
  }
  if (c.identity.relation === 'le') return d.lte(c.tolerance);
  return d.abs().lte(c.tolerance);
}
