/** Amounts as OCR reads them → as printed: the mending shared by cells and prose. */

/**
 * An amount as read → as printed: blanks inside it dropped (tesseract reads "82, 096, 797. 42"), a separator read
 * twice as one comma ("4,.213,779. 28"), a comma read as a point between thousands ("1.234.56" → "1,234.56"), and
 * a decimal point read as a comma ("797,42" → "797.42": a last group of other than three digits after a comma,
 * with no point anywhere, is decimals).
 */
export function normalizeAmount(text: string): string {
  const t = text.replace(/\s/g, '').replace(/(?<=\d)(?:,\.|\.,)(?=\d{3}(?:\D|$))/g, ',');
  const parts = t.split('.');
  if (parts.length > 2 && parts.slice(1, -1).every((p) => /^\d{3}$/.test(p)))
    return `${parts.slice(0, -1).join(',')}.${parts[parts.length - 1]}`;
  const last = /^(.*\d),(\d{1,2}|\d{4,})$/.exec(t);
  if (parts.length === 1 && last) return regroup(`${last[1]}.${last[2]}`);
  return regroup(t);
}

/**
 * Thousands separators where the print has them, when one was lost ("4 213,779.28" → "4,213,779.28"). A group
 * after a comma of other than three digits ("12,72.73") lost or gained a digit: it is left as read, not well formed.
 */
function regroup(t: string): string {
  const m = /^(-?)(\d[\d,]*)(\.\d+)?$/.exec(t);
  if (!m?.[2].includes(',')) return t;
  if (m[2].split(',').some((g, i) => i > 0 && g.length !== 3)) return t;
  const digits = m[2].replace(/,/g, '');
  return `${m[1]}${digits.replace(/\B(?=(\d{3})+$)/g, ',')}${m[3] ?? ''}`;
}

/** An amount as printed: groups of three after each thousands separator, or none; or a dash for nothing. */
const WELL_FORMED = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^-+$/;

export function wellFormed(text: string): boolean {
  return WELL_FORMED.test(text);
}

/** Letters chi_sim reads for digits in a figure (bold print especially: "12,S72. 73"). */
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = {
  S: '5',
  s: '5',
  O: '0',
  o: '0',
  l: '1',
  I: '1',
  B: '8',
  Z: '2',
};

/** A reading without Chinese with its look-alike letters read as the digits they stand for. */
export function lettersAsDigits(text: string): string {
  return text.replace(/[SsOolIBZ]/g, (c) => DIGIT_LOOKALIKES[c]);
}
