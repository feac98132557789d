/** Text normalization shared by recognition: what two printings of one label have in common. */

/** NFKC (full-width digits and brackets to ASCII), no whitespace of any kind. */
export function norm(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000\u00a0\u200b-\u200d\ufeff]/gu, '');
}

/** Collapse layout whitespace for display: keep single spaces between ASCII words only. */
export function displayText(text: string): string {
  return text
    .replace(/[\u3000\u00a0]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/(?<=[\p{Script=Han}（）()、：:])\s+(?=[\p{Script=Han}（）()、：:])/gu, '');
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** 一…九十九 as a number (enough for table and section numbering). */
export function chineseNumeral(s: string): number | undefined {
  if (/^\d+$/u.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[2] ? CN_DIGITS[m[2]] : 0);
  return s.length === 1 ? CN_DIGITS[s] : undefined;
}

const COMPILED = new Map<string, RegExp>();

/** Profile patterns are strings (data); each is compiled once. */
export function regex(pattern: string): RegExp {
  let re = COMPILED.get(pattern);
  if (!re) {
    re = new RegExp(pattern, 'u');
    COMPILED.set(pattern, re);
  }
  return re;
}

export function matches(pattern: string | undefined, text: string): boolean {
  return pattern !== undefined && regex(pattern).test(text);
}
