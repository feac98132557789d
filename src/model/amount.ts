/**
 * Exact amounts and the rounding policy (DESIGN §3). Every rule that compares amounts goes through here:
 * no rule carries its own tolerance.
 */
import { Decimal } from 'decimal.js';

export type Unit = '元' | '万元' | '千元' | '亿元';

const UNIT_IN_YUAN: Record<Unit, Decimal> = {
  元: new Decimal(1),
  千元: new Decimal(1000),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

/** How a cell was printed when it means zero or nothing: kept for reporting ("blank" vs "0.00"). */
export type BlankKind = 'empty' | 'dash' | 'zero';

export interface Amount {
  /** Exact value in the table's own unit. */
  value: Decimal;
  /** Decimal places as printed ("1.20" → 2, "3" → 0). */
  decimals: number;
  /** The text as printed, after normalization (for messages). */
  printed: string;
  /** Set when the cell printed no number (blank, "—", "-") or an explicit zero. */
  blank?: BlankKind;
}

const DASHES = /^[-－—–―‐ー一]+$/u;

/** Strip thousands separators, full-width forms and layout spaces; NFKC folds full-width digits. */
export function normalizeNumberText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0,，]/gu, '')
    .replace(/^[(（](.*)[)）]$/u, '-$1');
}

/**
 * Parse a printed amount. Returns undefined when the text is not an amount at all (a name, a note).
 * Empty text and dashes are amounts of zero with a blank kind.
 */
export function parseAmount(text: string): Amount | undefined {
  const t = normalizeNumberText(text);
  if (t === '') return { value: new Decimal(0), decimals: 0, printed: '', blank: 'empty' };
  if (DASHES.test(t)) return { value: new Decimal(0), decimals: 0, printed: t, blank: 'dash' };
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/u.test(t)) return undefined;
  const value = new Decimal(t);
  const dot = t.indexOf('.');
  const decimals = dot < 0 ? 0 : t.length - dot - 1;
  return { value, decimals, printed: t, blank: value.isZero() ? 'zero' : undefined };
}

export function zeroAmount(): Amount {
  return { value: new Decimal(0), decimals: 0, printed: '', blank: 'empty' };
}

export function toYuan(value: Decimal, unit: Unit): Decimal {
  return value.mul(UNIT_IN_YUAN[unit]);
}

export function convert(value: Decimal, from: Unit, to: Unit): Decimal {
  if (from === to) return value;
  return value.mul(UNIT_IN_YUAN[from]).div(UNIT_IN_YUAN[to]);
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

/** Format a Decimal for messages with a fixed number of decimals (at least the given, trailing zeros kept). */
export function formatDecimal(value: Decimal, decimals = 2): string {
  return value.toFixed(Math.max(decimals, Math.min(value.decimalPlaces(), 6)));
}

export type Agreement = 'exact' | 'rounding' | 'mismatch';

/**
 * The one comparison every rule uses for "total = Σ parts" (XBRL Calculations 1.1 style):
 * exact when printed values agree; 'rounding' when the total's interval overlaps the sum of the parts'
 * intervals; otherwise a mismatch. `precision` is the decimals a value stands for (see tablePrecision).
 * All values must already be in one unit.
 */
export function compareSum(
  total: { value: Decimal; precision: number },
  parts: { value: Decimal; precision: number; sign?: 1 | -1 }[],
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

/** Two printings of the same quantity must be equal exactly (DESIGN §3). */
export function sameQuantity(a: Decimal, b: Decimal): boolean {
  return a.eq(b);
}
