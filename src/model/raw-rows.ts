/**
 * Rows cut by a page break, shared by the PDF reader (which stitches a ruled table's pages) and recognition
 * (which joins pages that reprint the title): both see the same raw rows.
 */
import type { RawRow } from './raw.js';

function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}

const AMOUNT_CUT = /[-−]?\d[\d,]*[.,]\d*$/u;

/**
 * A row cut by the page break: the next page opens with the rest of the last row — the tail of its name
 * (驾驶员考试服务中心) with the last digits of a wrapped amount, and no amount of its own.
 */
export function restOfRow(last: RawRow, first: RawRow): boolean {
  const filled = first.cells.filter((c) => squeeze(c.text) !== '');
  // The digits are the evidence: a line of words alone may as well be the next row's label.
  if (!filled.some((c) => /^\d{1,4}$/u.test(squeeze(c.text)))) return false;
  return filled.every((c) => {
    const above = squeeze(last.cells.find((x) => x.col === c.col)?.text ?? '');
    const t = squeeze(c.text);
    if (/^\d{1,4}$/u.test(t)) return AMOUNT_CUT.test(above);
    return /[\p{Script=Han}]/u.test(t) && /[\p{Script=Han}]$/u.test(above) && !/\d/u.test(t);
  });
}

export function joinRows(last: RawRow, first: RawRow): RawRow {
  return {
    ...last,
    cells: last.cells.map((c) => {
      const rest = squeeze(first.cells.find((x) => x.col === c.col)?.text ?? '');
      return rest === '' ? c : { ...c, text: `${c.text}${rest}` };
    }),
  };
}
