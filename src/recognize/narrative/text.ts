/**
 * Narrative text normalization and numbering markers (一、 （一） 1. 1、 （1） 一是).
 * After normalize(), full-width digits and punctuation are ASCII (NFKC): patterns elsewhere use ',' ';' ':' '(' ')'.
 */
import type { Marker, MarkerStyle } from '../../model/claims.js';

export type { Marker, MarkerStyle };

const SPACE = '[ \\t\\u00a0]';
const SPLIT_NUMBER_NEWLINE = new RegExp(`(\\d\\.?)${SPACE}*\\n${SPACE}*(?=[\\d.])`, 'gu');
const SPACE_BEFORE_DOT = new RegExp(`(\\d)${SPACE}+(?=\\.\\d)`, 'gu');
const SPACE_BEFORE_UNIT = new RegExp(`(\\d)${SPACE}+(?=%|万|亿|千元|元|个|人|辆|台|套|项|家|名|次)`, 'gu');
const SPACED_UNIT = new RegExp(`(万|亿|千)${SPACE}+元`, 'gu');
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/gu;

/**
 * NFKC; join numbers that a line break or a PDF space cut ("137\n.15", "579 .89"); drop spaces between a
 * number and its unit ("9 %", "0 万元", "万 元"); drop thousands separators. Spaces elsewhere are kept: a run of
 * spaces where an amount should be is how a blank shows ("增加  万元").
 */
const NORMALIZED = new Map<string, string>();

export function normalizeNarrative(text: string): string {
  // Resolution compares the same row names against every claim: memoize (bounded, so a batch cannot grow it).
  let out = NORMALIZED.get(text);
  if (out === undefined) {
    out = normalizeUncached(text);
    if (NORMALIZED.size > 50_000) NORMALIZED.clear();
    NORMALIZED.set(text, out);
  }
  return out;
}

/**
 * A justified line spreads a number's characters apart ("1 5 4 , 7 2 8 . 0 9万元", "2 0 2 6 年"): three or more
 * single digits, commas or points each one space apart are one number.
 */
const SPACED_DIGITS = /(?<![\d,.])(?:[\d,.] ){2,}[\d,.](?![\d,.])/gu;

function normalizeUncached(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\r\n?/gu, '\n')
    .replace(SPLIT_NUMBER_NEWLINE, '$1')
    .replace(SPACED_DIGITS, (m) => m.replace(/ /gu, ''))
    .replace(SPACE_BEFORE_DOT, '$1')
    .replace(SPACE_BEFORE_UNIT, '$1')
    .replace(SPACED_UNIT, '$1元')
    .replace(THOUSANDS, '$1')
    .replace(/[“”"‘’']/gu, '');
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** Characters that look like 一/二 and turn up in copied numbering: katakana ー ニ, dashes. */
const LOOKALIKES: Record<string, string> = { ー: '一', '-': '一', '—': '一', '―': '一', ニ: '二' };

/** Parse a Chinese numeral up to 99 ("十一", "二十三"); undefined when not one. */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '' || !/^[零〇一二两三四五六七八九十]+$/u.test(text)) return undefined;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? CN_DIGITS[text] : undefined;
  const tens = ten === 0 ? 1 : CN_DIGITS[text.slice(0, ten)];
  const unitText = text.slice(ten + 1);
  const units = unitText === '' ? 0 : CN_DIGITS[unitText];
  if (tens === undefined || units === undefined || unitText.length > 1 || ten > 1) return undefined;
  return tens * 10 + units;
}

const CN_CHARS = '零〇一二两三四五六七八九十ーニ\\-—―';
const LEADING = [
  { style: 'cn-paren' as const, re: new RegExp(`^\\(([${CN_CHARS}]{1,3})\\)[.、]?`, 'u') },
  { style: 'arabic-paren' as const, re: /^\((\d{1,2})\)[.、]?/u },
  { style: 'cn' as const, re: new RegExp(`^([${CN_CHARS}]{1,3})[、.]`, 'u') },
  { style: 'arabic' as const, re: /^(\d{1,2})(?:[、]|\.(?!\d))/u },
  { style: 'cn-shi' as const, re: /^([一二三四五六七八九十]{1,3})是/u },
];

function numeral(style: MarkerStyle, raw: string): { n: number; lookalike: boolean } | undefined {
  if (style === 'arabic' || style === 'arabic-paren') return { n: Number(raw), lookalike: false };
  const folded = [...raw].map((c) => LOOKALIKES[c] ?? c).join('');
  const n = parseChineseNumeral(folded);
  return n === undefined ? undefined : { n, lookalike: folded !== raw };
}

/** The numbering marker at the start of a (normalized) text, if any. */
export function leadingMarker(text: string): Marker | undefined {
  const t = text.trimStart();
  const offset = text.length - t.length;
  for (const { style, re } of LEADING) {
    const m = re.exec(t);
    if (!m) continue;
    const parsed = numeral(style, m[1]);
    if (!parsed) continue;
    const marker: Marker = { style, number: parsed.n, printed: m[0], length: offset + m[0].length };
    if (parsed.lookalike) marker.lookalike = true;
    return marker;
  }
  return undefined;
}

/** Markers inside a text: each must follow the start or a separator, so amounts are never taken for one. */
export function inlineMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  const re = /(?:^|[:;,。\s])(?=\(?[\d一二三四五六七八九十])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    const marker = leadingMarker(text.slice(at, at + 8));
    if (marker && marker.style !== 'cn') out.push(marker);
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  return out;
}
