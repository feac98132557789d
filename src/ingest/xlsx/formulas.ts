/**
 * Cached formula values. A workbook stores each formula's last computed value; that is what Excel shows and what
 * a published sheet prints. A file written by a tool that does not recalculate (or edited by hand) can carry a
 * stale or missing value — a common cause of wrong published totals — so for simple sums (SUM(B5:B9), SUM(B5,B7),
 * B5+B6+B7, on the same sheet) the cells are added up again and a difference is reported as a warning.
 */
import { Decimal } from 'decimal.js';

const REF = String.raw`\$?([A-Z]{1,3})\$?(\d{1,7})`;
const RANGE = new RegExp(`^${REF}(?::${REF})?$`, 'u');

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The cells a simple sum adds, as [row, col]; undefined when the formula is anything else. */
export function sumCells(formula: string): [number, number][] | undefined {
  const f = formula.replace(/\s+/gu, '').toUpperCase();
  let parts: string[];
  const sum = /^SUM\(([^()]*)\)$/u.exec(f);
  if (sum) parts = sum[1].split(',');
  else if (/^[$A-Z0-9]+(\+[$A-Z0-9]+)+$/u.test(f)) parts = f.split('+');
  else return undefined;
  const cells: [number, number][] = [];
  for (const part of parts) {
    const m = RANGE.exec(part);
    if (!m) return undefined;
    const [c0, r0] = [colNumber(m[1]), Number(m[2])];
    const [c1, r1] = m[3] ? [colNumber(m[3]), Number(m[4])] : [c0, r0];
    if ((Math.abs(r1 - r0) + 1) * (Math.abs(c1 - c0) + 1) > 100_000) return undefined;
    for (let r = Math.min(r0, r1); r <= Math.max(r0, r1); r++)
      for (let c = Math.min(c0, c1); c <= Math.max(c0, c1); c++) cells.push([r, c]);
  }
  return cells;
}

/**
 * Whether a cached value and the sum of the numbers it covers agree. Both come from binary doubles (Excel adds in
 * doubles: 0.1 + 0.2 is cached as 0.30000000000000004), so they agree when they differ by less than a billionth
 * of the amount — far below a cent, far above the doubles' own error.
 */
export function sameSum(cached: number, parts: number[]): boolean {
  const sum = parts.reduce((s, p) => s.plus(new Decimal(p)), new Decimal(0));
  const diff = sum.minus(new Decimal(cached)).abs();
  return diff.lte(Decimal.max(1, sum.abs()).times(1e-9));
}

export function sumOf(parts: number[]): number {
  return parts.reduce((s, p) => s.plus(new Decimal(p)), new Decimal(0)).toNumber();
}
