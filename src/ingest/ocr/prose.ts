/**
 * A line of prose as OCR reads it → as printed, where the print is certain. Amounts: tesseract puts blanks after
 * separators ("收入预算9, 101. 68万元"), which prose readers take for three numbers; the blanks inside a figure
 * that a unit follows are dropped, as in cells. Brackets: chi_sim reads the full-width （ of "办公厅（室）" as 〈,
 * 【〈 or 《〈, which no budget prose prints (《》 around a title is kept).
 */
import { normalizeAmount } from './amount.js';

/** A figure with blanks around its separators, followed by its unit (a unit makes it an amount, not a list's "1. "). */
const SPACED_AMOUNT =
  /(?<![\d.,])(?:\d{1,3}(?: ?, ?\d{3})+|\d+)(?: ?\. ?\d+)?(?= ?(?:[万亿千]?元|%|％|个百分点))/gu;

const OPEN = /《?[【〈]+/gu;
const CLOSE = /〉/gu;

export function mendProse(text: string): string {
  return text
    .replace(SPACED_AMOUNT, (m) => (m.includes(' ') ? normalizeAmount(m) : m))
    .replace(OPEN, '（')
    .replace(CLOSE, '）');
}

/** A percentage as read: its decimals, before the sign. */
const PERCENT = /(?<![\d.])(\d+)\.(\d+)(?= ?[%％])/gu;

/**
 * The percentages of a page's lines as printed. chi_sim reads the left ring of % as a 9 in some fonts ("增长
 * 5.559%" for 5.55%, "占 14.529%"): a page's percentages print one number of decimals, so a percentage with one
 * more, ending in 9, when at least two others show the usual number, lost its 9 to the sign.
 */
export function mendPercents(lines: readonly string[]): string[] {
  const counts = new Map<number, number>();
  for (const line of lines)
    for (const m of line.matchAll(PERCENT)) counts.set(m[2].length, (counts.get(m[2].length) ?? 0) + 1);
  const [usual, n] = [...counts].sort((p, q) => q[1] - p[1])[0] ?? [0, 0];
  if (n < 2) return [...lines];
  return lines.map((line) =>
    line.replace(PERCENT, (m, whole: string, decimals: string) =>
      decimals.length === usual + 1 && decimals.endsWith('9') ? `${whole}.${decimals.slice(0, -1)}` : m,
    ),
  );
}
