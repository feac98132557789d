/**
 * The rounding policy and the money units (DESIGN §3), in one place: every printed figure stands for the interval
 * of half a unit in its last printed place, and every comparison of amounts — an identity's sum, one quantity
 * printed in 元 and in 万元, a figure of the 说明 against its table cell, a stated percentage — goes through here.
 * No rule, recognizer or localizer carries a tolerance or a unit table of its own.
 */
import { Decimal } from 'decimal.js';

export type Unit = '元' | '万元' | '千元' | '亿元';

/** A unit is 10^exponent 元. */
const UNIT_EXPONENT: Record<Unit, number> = { 元: 0, 千元: 3, 万元: 4, 亿元: 8 };

const UNIT_IN_YUAN: Record<Unit, Decimal> = {
  元: new Decimal(1),
  千元: new Decimal(1000),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

export function isUnit(unit: string): unit is Unit {
  return Object.hasOwn(UNIT_EXPONENT, unit);
}

/** Whether `a` is larger than `b` (万元 > 元). */
export function largerUnit(a: Unit, b: Unit): boolean {
  return UNIT_EXPONENT[a] > UNIT_EXPONENT[b];
}

/** Two tables in different units are compared in the smaller unit (元 beside 万元). */
export function smallerUnit(a: Unit, b: Unit): Unit {
  return UNIT_EXPONENT[a] <= UNIT_EXPONENT[b] ? a : b;
}

export function toYuan(value: Decimal, unit: Unit): Decimal {
  return value.mul(UNIT_IN_YUAN[unit]);
}

export function convert(value: Decimal, from: Unit, to: Unit): Decimal {
  if (from === to) return value;
  return value.mul(UNIT_IN_YUAN[from]).div(UNIT_IN_YUAN[to]);
}

/** 1.23 万元 stands for ±50 元: converting to a smaller unit moves the last printed place left. */
export function precisionIn(precision: number, from: Unit, to: Unit): number {
  return precision - UNIT_EXPONENT[from] + UNIT_EXPONENT[to];
}

/** Half a unit in the last printed place: 1.23 stands for [1.225, 1.235]. */
const HALF_ULP = new Map<number, Decimal>();

export function halfUlp(decimals: number): Decimal {
  let h = HALF_ULP.get(decimals);
  if (!h) {
    h = new Decimal(5).div(new Decimal(10).pow(decimals + 1));
    HALF_ULP.set(decimals, h);
  }
  return h;
}

export type Agreement = 'exact' | 'rounding' | 'mismatch';

/** A value with the decimals it stands for, in the unit of the comparison. */
export interface Term {
  value: Decimal;
  precision: number;
  sign?: 1 | -1;
}

/**
 * The one comparison for "total = Σ parts" (XBRL Calculations 1.1 style): exact when printed values agree;
 * 'rounding' when the total's interval overlaps the sum of the parts' intervals; otherwise a mismatch.
 * All values must already be in one unit.
 */
export function compareSum(
  total: Term,
  parts: Term[],
): { agreement: Agreement; sum: Decimal; difference: Decimal; tolerance: Decimal } {
  let sum = new Decimal(0);
  let tolerance = halfUlp(total.precision);
  for (const p of parts) {
    sum = p.sign === -1 ? sum.minus(p.value) : sum.plus(p.value);
    tolerance = tolerance.plus(halfUlp(p.precision));
  }
  const difference = total.value.minus(sum);
  if (difference.isZero()) return { agreement: 'exact', sum, difference, tolerance };
  // Intervals that merely touch are consistent (XBRL c11: closed intervals).
  const agreement = difference.abs().lte(tolerance) ? 'rounding' : 'mismatch';
  return { agreement, sum, difference, tolerance };
}

/**
 * One quantity printed at two precisions (元 in one table, 万元 in the 三公 table): the coarser printing is the
 * rounding of the finer one, so a difference within its half unit is no difference. Two printings at the same
 * precision must be equal exactly.
 */
export function sameAfterRounding(a: Term, b: Term, difference: Decimal): boolean {
  const coarse = Math.min(a.precision, b.precision);
  if (coarse === Math.max(a.precision, b.precision)) return false;
  return difference.abs().lte(halfUlp(coarse));
}

export interface Judgement {
  outcome: Agreement;
  /** Σ parts (signed). */
  expected: Decimal;
  difference: Decimal;
  /** How far the difference may move while the identity holds: 0 when no rounding is allowed. */
  tolerance: Decimal;
}

/**
 * The outcome of an identity: a sum or bound under the rounding policy, or (exact) the same quantity printed
 * twice, which may differ only by the rounding of the coarser printing.
 */
export function judge(total: Term, parts: Term[], relation: 'eq' | 'le', exact: boolean): Judgement {
  const cmp = compareSum(total, parts);
  let outcome = cmp.agreement;
  if (relation === 'le') outcome = cmp.difference.lte(0) ? 'exact' : cmp.agreement;
  if (exact && outcome === 'rounding')
    outcome = parts.length === 1 && sameAfterRounding(total, parts[0], cmp.difference) ? 'exact' : 'mismatch';
  return {
    outcome,
    expected: cmp.sum,
    difference: cmp.difference,
    tolerance: exact ? new Decimal(0) : cmp.tolerance,
  };
}

/** Round half up to the given decimals, as a table or the 说明 prints a figure. */
export function roundHalfUp(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** Round half up and print with exactly that many decimals ("应为 Z%" in messages). */
export function roundTo(value: Decimal, decimals: number): string {
  return roundHalfUp(value, decimals).toFixed(decimals);
}

/** Does a value, printed at the given decimals (half up), read as the printed figure? 1714.4 = 1714.40. */
export function printsAs(value: Decimal, decimals: number, printed: Decimal): boolean {
  return roundHalfUp(value, decimals).eq(printed);
}

/** The printed figure cut the value off instead of rounding it (877,080 元 written "87.70万元"). */
export function truncatesTo(value: Decimal, decimals: number, printed: Decimal): boolean {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_DOWN).eq(printed);
}

/** A figure as the 说明 prints it: its unit may be a money unit, %, or a count word. */
export interface Printed {
  value: Decimal;
  decimals: number;
  unit: string;
}

/** A printed money figure in 元 with its half-unit, so figures printed in 万元 and 元 compare. */
export function inYuan(q: Printed): { value: Decimal; half: Decimal } | undefined {
  if (!isUnit(q.unit)) return undefined;
  return { value: convert(q.value, q.unit, '元'), half: convert(halfUlp(q.decimals), q.unit, '元') };
}

const HUNDRED = new Decimal(100);

export interface PercentCheck {
  /** The percentage the amounts give, unrounded. */
  computed: Decimal;
  /** Interval the rounded inputs allow. */
  low: Decimal;
  high: Decimal;
  /** Half a unit in the last printed place of the stated percentage. */
  halfStated: Decimal;
  /** How far the inputs' rounding moves the computed percentage (the larger side). */
  inputSlack: Decimal;
  consistent: boolean;
}

/** A stated percentage is consistent when its interval meets the interval the quoted amounts allow. */
function percentInterval(stated: Printed, computed: Decimal, low: Decimal, high: Decimal): PercentCheck {
  const halfStated = halfUlp(stated.decimals);
  const consistent = high.gte(stated.value.minus(halfStated)) && low.lte(stated.value.plus(halfStated));
  const inputSlack = Decimal.max(computed.minus(low), high.minus(computed));
  return { computed, low, high, halfStated, inputSlack, consistent };
}

/** 占 Y%: Y against part / whole. Undefined when the whole is not positive. */
export function checkShare(part: Printed, whole: Printed, stated: Printed): PercentCheck | undefined {
  const x = inYuan(part);
  const b = inYuan(whole);
  if (!x || !b || b.value.minus(b.half).lte(0)) return undefined;
  const computed = x.value.div(b.value).mul(HUNDRED);
  const low = Decimal.max(0, x.value.minus(x.half)).div(b.value.plus(b.half)).mul(HUNDRED);
  const high = x.value.plus(x.half).div(b.value.minus(b.half)).mul(HUNDRED);
  return percentInterval(stated, computed, low, high);
}

export type GrowthCheck = PercentCheck | { zeroBase: true; prior: Decimal };

/**
 * 增长/下降 G%: G against D / (X − D) for an increase, D / (X + D) for a decrease, X this year's amount.
 * A prior year of zero makes any growth rate undefined ("增长100%" from nothing is wrong).
 */
export function checkGrowth(
  current: Printed,
  delta: Printed,
  increase: boolean,
  stated: Printed,
): GrowthCheck | undefined {
  const x = inYuan(current) ?? { value: current.value, half: halfUlp(current.decimals) };
  const d = inYuan(delta) ?? { value: delta.value, half: halfUlp(delta.decimals) };
  if (current.unit !== delta.unit && (!inYuan(current) || !inYuan(delta))) return undefined;
  const prior = increase ? x.value.minus(d.value) : x.value.plus(d.value);
  if (prior.lte(0)) return d.value.isZero() && stated.value.isZero() ? undefined : { zeroBase: true, prior };
  const computed = d.value.div(prior).mul(HUNDRED);
  const dLow = Decimal.max(0, d.value.minus(d.half));
  const dHigh = d.value.plus(d.half);
  const sign = increase ? -1 : 1;
  const priorFor = (dv: Decimal, xv: Decimal) => xv.plus(dv.mul(sign));
  const low = dLow.div(priorFor(dLow, x.value.plus(x.half)));
  const highPrior = priorFor(dHigh, x.value.minus(x.half));
  const high = highPrior.lte(0) ? new Decimal(Number.POSITIVE_INFINITY) : dHigh.div(highPrior);
  return percentInterval(stated, computed, low.mul(HUNDRED), high.mul(HUNDRED));
}

/** Does a table figure, in the unit the 说明 printed and rounded (half up) to its decimals, read as its figure? */
export function sameAsPrinted(claimed: Printed, cellValue: Decimal, cellUnit: Unit): boolean {
  if (!isUnit(claimed.unit)) return false;
  return printsAs(convert(cellValue, cellUnit, claimed.unit), claimed.decimals, claimed.value);
}

/** The 说明 cut the table figure off instead of rounding it (877,080 元 written "87.70万元"). */
export function truncatedFrom(claimed: Printed, cellValue: Decimal, cellUnit: Unit): boolean {
  if (!isUnit(claimed.unit)) return false;
  return truncatesTo(convert(cellValue, cellUnit, claimed.unit), claimed.decimals, claimed.value);
}

/** A stated change against the two figures it is the difference of: D against C − P, all as printed. */
export interface DifferenceCheck {
  /** C − P in the stated change's unit, signed. */
  computed: Decimal;
  consistent: boolean;
}

/**
 * "C万元，比P万元增加D万元": D (its sign from the words) against C − P; consistent when the three figures' intervals
 * allow it (each printed figure ± half a unit in its last place). Undefined when a figure is not money.
 */
export function checkDifference(
  current: Printed,
  prior: Printed,
  delta: Printed,
  increase: boolean,
): DifferenceCheck | undefined {
  const c = inYuan(current);
  const p = inYuan(prior);
  const d = inYuan(delta);
  if (!c || !p || !d || !isUnit(delta.unit)) return undefined;
  const diff = c.value.minus(p.value);
  const stated = increase ? d.value : d.value.neg();
  const consistent = stated.minus(diff).abs().lte(c.half.plus(p.half).plus(d.half));
  return { computed: convert(diff, '元', delta.unit), consistent };
}

/**
 * 增长/下降 G% against both years' figures: (C − P) / P (a decrease: (P − C) / P), over the intervals the printed
 * C and P allow. A prior year of zero has no rate.
 */
export function checkRate(
  current: Printed,
  prior: Printed,
  increase: boolean,
  stated: Printed,
): GrowthCheck | undefined {
  const c = inYuan(current);
  const p = inYuan(prior);
  if (!c || !p) return undefined;
  if (p.value.isZero())
    return c.value.isZero() && stated.value.isZero() ? undefined : { zeroBase: true, prior: prior.value };
  if (p.value.minus(p.half).lte(0)) return undefined;
  // (C − P) / P = C / P − 1 rises with C and falls with P; a decrease's rate the other way round.
  const rate = (cv: Decimal, pv: Decimal) => {
    const r = cv.div(pv).minus(1).mul(HUNDRED);
    return increase ? r : r.neg();
  };
  const [cLow, cHigh] = [c.value.minus(c.half), c.value.plus(c.half)];
  const [pLow, pHigh] = [p.value.minus(p.half), p.value.plus(p.half)];
  const low = increase ? rate(cLow, pHigh) : rate(cHigh, pLow);
  const high = increase ? rate(cHigh, pLow) : rate(cLow, pHigh);
  return percentInterval(stated, rate(c.value, p.value), low, high);
}
