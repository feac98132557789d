/**
 * Exact amounts as printed: parsing a cell's text into a Decimal with its printed decimals. How amounts compare
 * (units, rounding, tolerances) is model/rounding.
 */
import { Decimal } from 'decimal.js';

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

/** Format a Decimal for messages with a fixed number of decimals (at least the given, trailing zeros kept). */
export function formatDecimal(value: Decimal, decimals = 2): string {
  return value.toFixed(Math.max(decimals, Math.min(value.decimalPlaces(), 6)));
}
