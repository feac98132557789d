/**
 * Column widths of a Word table fitted to its content, in twips: an amount or a code column as wide as its longest
 * printed value (so that it never wraps — a wrapped "1048.05" or "208" reads back as two lines), the text columns
 * sharing what is left of the landscape page. Wide tables (表2, 表7: 16 columns) print in a smaller font.
 */
import type { RenderedTable } from './table.js';

/** Landscape A4 is 16838 × 11906 twips; 0.5 inch margins leave 15398 for the table. */
export const PAGE = { width: 16838, margin: 720, cellPadding: 60 };

/** Width of a printed string in em: a CJK character one em, a digit or a Latin letter a little over half. */
const ems = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 1 : 0.56), 0);

export function columnWidths(t: RenderedTable): { widths: number[]; size: number } {
  const size = t.width > 10 ? 14 : 18; // half-points: 7pt or 9pt
  const em = size * 10; // one em in twips (a point is 20 twips, a half-point 10)
  const usable = PAGE.width - 2 * PAGE.margin;
  const longest = (k: number) => Math.max(0, ...t.rows.map((r) => ems(r[k] ?? '')));
  const numeric = (k: number) => t.rows.every((r) => /^[\d.-]*$/u.test(r[k] ?? ''));
  const fixed = Array.from({ length: t.width }, (_, k) =>
    numeric(k) ? Math.ceil(Math.max(longest(k), 2) * em + 2 * PAGE.cellPadding + em / 2) : 0,
  );
  // Amount columns hold header text too ("上级一般公共预算安排的转移支付"): give them room for a few characters.
  const amount = new Set(t.amountColumns);
  for (const k of amount) fixed[k] = Math.max(fixed[k], 4 * em + 2 * PAGE.cellPadding);
  const texts = fixed.filter((w) => w === 0).length;
  const left = usable - fixed.reduce((a, b) => a + b, 0);
  const share = texts === 0 ? 0 : Math.max(Math.floor(left / texts), 6 * em);
  const snug = (k: number) => Math.ceil(Math.max(longest(k), 6) * em + 2 * PAGE.cellPadding);
  const widths = fixed.map((w, k) => (w === 0 ? Math.min(share, snug(k)) : w));
  // What a short name column leaves over widens the amounts (their headers wrap less), as a printed table fills
  // the page.
  const spare = usable - widths.reduce((a, b) => a + b, 0);
  if (spare > 0 && amount.size > 0) for (const k of amount) widths[k] += Math.floor(spare / amount.size);
  return { widths, size };
}
