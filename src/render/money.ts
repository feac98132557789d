/**
 * Exact amounts: integer 分 of the document's unit (1/100 万元 or 1/100 元), printed with two decimals.
 * Percentages go through decimal.js so a printed share is the exact quotient rounded half-up.
 */
import { Decimal } from 'decimal.js';
import { roundTo } from '../model/rounding.js';

const MONEY = /^-?\d+(\.\d{1,2})?$/u;

/** "542.05" → 54205. Throws on anything that is not a decimal with at most two places. */
export function parseMoney(text: string | number | undefined, where = '金额'): number {
  if (text === undefined || text === '') return 0;
  const s = typeof text === 'number' ? String(text) : text.trim();
  if (!MONEY.test(s)) throw new Error(`${where}“${s}”不是最多两位小数的金额`);
  const [whole, frac = ''] = s.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) throw new Error(`${where}“${s}”超出范围`);
  return s.startsWith('-') ? -cents : cents;
}

/** 分 → printed amount, exactly: 12345 → "123.45"; zero prints blank unless asked. */
export function money(cents: number, zeroAsBlank = true): string {
  if (cents === 0 && zeroAsBlank) return '';
  const sign = cents < 0 ? '-' : '';
  const a = Math.abs(cents);
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** part / whole as a percentage with two decimals ("12.35"), half-up. */
export function percent(part: number, whole: number): string {
  return roundTo(new Decimal(part).mul(100).div(whole), 2);
}
