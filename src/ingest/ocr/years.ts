/**
 * Years in OCR'd lines. chi_sim reads the figures of a bold title unsteadily: the 福州 copy's "2026 年度…预算表"
 * read 2025 or 20256 at the scan's size on 8 of its 10 titles, and the table, its year and the catalogue of that
 * year followed the slip. Read again at ¾ and ½ size the same titles gave 2026 at ½ every time, and at ¾ most
 * times. A line with a year is read at those sizes too, and each year takes the four-digit value most readings
 * give; a tie goes to the smaller reading, where bold strokes stand apart. A year every reading gave with five
 * digits (福州's p. 10 title: 20256 three times) is the four-digit year, one digit less, that the document's other
 * lines name most.
 */

/** Sizes a line with a year is read at besides its own, larger first. */
export const YEAR_SHRINKS = [0.75, 0.5];

/** A year as read: 20xx, or 20xxx with a digit too many, before 年. */
const YEAR = /(?<![\d.,])20\d{2,3}(?= ?年)/gu;

export function hasYear(text: string): boolean {
  return text.search(YEAR) >= 0;
}

/**
 * `readings[0]` with each year replaced by the four-digit value most readings give at its place (ties to the later
 * reading), when every reading holds as many years; otherwise readings[0] as read.
 */
export function settleYears(readings: readonly string[]): string {
  const years = readings.map((r) => [...r.matchAll(YEAR)].map((m) => m[0]));
  const count = years[0].length;
  if (count === 0 || years.some((y) => y.length !== count)) return readings[0];
  let i = 0;
  return readings[0].replace(YEAR, (read) => {
    const votes = new Map<string, number>();
    years.forEach((y, r) => {
      if (y[i].length === 4) votes.set(y[i], (votes.get(y[i]) ?? 0) + 1 + r / 100);
    });
    i++;
    const best = [...votes].sort((p, q) => q[1] - p[1])[0];
    return best ? best[0] : read;
  });
}

/** A year read with a digit too many. */
const FIVE_DIGITS = /(?<![\d.,])20\d{3}(?= ?年)/gu;

/**
 * `lines` (a document's OCR'd lines, all pages) with each five-digit year put back to the year one digit less that
 * the other lines name most (none named: left as read).
 */
export function settleFiveDigitYears(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines)
    for (const m of line.matchAll(YEAR)) if (m[0].length === 4) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return lines.map((line) =>
    line.replace(FIVE_DIGITS, (read) => {
      const shorter = [...read]
        .map((_, i) => read.slice(0, i) + read.slice(i + 1))
        .filter((y) => y.startsWith('20'));
      const best = shorter.sort((p, q) => (counts.get(q) ?? 0) - (counts.get(p) ?? 0))[0];
      return (counts.get(best) ?? 0) > 0 ? best : read;
    }),
  );
}
