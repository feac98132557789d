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
