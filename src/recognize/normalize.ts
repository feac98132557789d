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
