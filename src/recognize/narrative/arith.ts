/**
 * The narrative's arithmetic under the rounding policy of DESIGN §3: every printed figure stands for the
 * interval of half a unit in its last place, and a stated percentage is consistent when its interval meets the
 * interval the quoted amounts allow. Uses model/amount's halfUlp; no tolerance constant of its own.
 */
import { Decimal } from 'decimal.js';
import { convert, halfUlp, type Unit } from '../../model/amount.js';
import type { Quantity } from './claims.js';

const HUNDRED = new Decimal(100);
const MONEY_UNITS = new Set(['元', '千元', '万元', '亿元']);

/** A printed money figure in 元 with its half-unit, so figures printed in 万元 and 元 compare. */
export function inYuan(q: Quantity): { value: Decimal; half: Decimal } | undefined {
  if (!MONEY_UNITS.has(q.unit)) return undefined;
  const unit = q.unit as Unit;
  return { value: convert(q.value, unit, '元'), half: convert(halfUlp(q.decimals), unit, '元') };
}

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

function judge(stated: Quantity, computed: Decimal, low: Decimal, high: Decimal): PercentCheck {
  const halfStated = halfUlp(stated.decimals);
  const consistent = high.gte(stated.value.minus(halfStated)) && low.lte(stated.value.plus(halfStated));
  const inputSlack = Decimal.max(computed.minus(low), high.minus(computed));
  return { computed, low, high, halfStated, inputSlack, consistent };
}

/** 占 Y%: Y against part / whole. Undefined when the whole is not positive. */
export function checkShare(part: Quantity, whole: Quantity, stated: Quantity): PercentCheck | undefined {
  const x = inYuan(part);
  const b = inYuan(whole);
  if (!x || !b || b.value.minus(b.half).lte(0)) return undefined;
  const computed = x.value.div(b.value).mul(HUNDRED);
  const low = Decimal.max(0, x.value.minus(x.half)).div(b.value.plus(b.half)).mul(HUNDRED);
  const high = x.value.plus(x.half).div(b.value.minus(b.half)).mul(HUNDRED);
  return judge(stated, computed, low, high);
}

export type GrowthCheck = PercentCheck | { zeroBase: true; prior: Decimal };

/**
 * 增长/下降 G%: G against D / (X − D) for an increase, D / (X + D) for a decrease, X this year's amount.
 * A prior year of zero makes any growth rate undefined ("增长100%" from nothing is wrong).
 */
export function checkGrowth(
  current: Quantity,
  delta: Quantity,
  increase: boolean,
  stated: Quantity,
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
  return judge(stated, computed, low.mul(HUNDRED), high.mul(HUNDRED));
}

/** Round half up to the stated decimals, for "应为 Z%" in messages. */
export function roundTo(value: Decimal, decimals: number): string {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
}

/** Does a table figure, rounded to the decimals the text printed, equal the text's figure? */
/** The text cut the table figure off instead of rounding it (877,080 元 written "87.70万元"). */
export function truncatedFrom(claimed: Quantity, cellValue: Decimal, cellUnit: Unit): boolean {
  if (!MONEY_UNITS.has(claimed.unit)) return false;
  const inClaimUnit = convert(cellValue, cellUnit, claimed.unit as Unit);
  return inClaimUnit.toDecimalPlaces(claimed.decimals, Decimal.ROUND_DOWN).eq(claimed.value);
}

export function sameAsPrinted(claimed: Quantity, cellValue: Decimal, cellUnit: Unit): boolean {
  if (!MONEY_UNITS.has(claimed.unit)) return false;
  const inClaimUnit = convert(cellValue, cellUnit, claimed.unit as Unit);
  return inClaimUnit.toDecimalPlaces(claimed.decimals, Decimal.ROUND_HALF_UP).eq(claimed.value);
}
