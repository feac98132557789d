/**
 * The numbering of Chinese official documents, in one place: Chinese numerals, the markers that number the
 * narrative's items (一、 （一） 1. 1、 （1） 一是, read on normalized text), and the outline shapes that start a
 * paragraph (readers), a heading (第X部分 / 一、 / （一）) or a numbered table row. Readers and recognition both use
 * it; nothing here knows a layout.
 */
import type { Marker, MarkerStyle } from './claims.js';

/** The Chinese numerals of outline numbering and table numbers (十一, 二十 … are runs of them). */
export const CN = '一二三四五六七八九十';

/**
 * 表1 表十 表3-1 附表1 公开表6, and the 决算/北京 numbering 公开01表 预算01表: a table's printed number (pattern source,
 * to build the readers' and recognition's patterns).
 */
export const TABLE_LABEL_SOURCE = `(?:(?:附|公开)?表(?:[0-9]+|[${CN}]+)(?:[-－—]\\d+)?|(?:公开|预算|决算)\\d{1,2}表)`;
/** A text that is a table's number and nothing else. */
export const TABLE_LABEL = new RegExp(`^${TABLE_LABEL_SOURCE}$`, 'u');
/** 表1 表十 (no sub-number): a text that is a bare table number, figures or numerals, and nothing else. */
export const TABLE_NUMBER_ONLY = new RegExp(`^表[0-9${CN}]+$`, 'u');

/** 第X部分: a part of the disclosure (第二部分 …公开表). */
export const PART_HEADING = new RegExp(`^第[${CN}]+部分`, 'u');
/** "第一部分：" — a part's number with the colon that introduces its name (no sentence's colon). */
export const PART_COLON = new RegExp(`^第[${CN}]+部分\\s*[:：]`, 'u');
/** 一、: a first-level heading or outline item. */
export const CN_ITEM = new RegExp(`^[${CN}]+、`, 'u');
/** 一、 一. 一．: a first-level item as tables print it. */
export const CN_ITEM_ANY_STOP = new RegExp(`^[${CN}]+[、.．]`, 'u');
/** （一）: a second-level heading or item. */
export const CN_PAREN_ITEM = new RegExp(`^[(（][${CN}]+[)）]`, 'u');
/** 1、 1. 1． (not a decimal point): an item numbered in figures. */
export const ARABIC_ITEM = /^\d{1,2}[、.．](?!\d)/u;
/** (1) （1）: an item numbered in figures in brackets. */
export const ARABIC_PAREN_ITEM = /^[(（]\d{1,2}[)）]/u;
/** Any marker that starts a new paragraph: 一、 （一） 1. 1、 (1) ① 第X部分 (hundreds and long counts too). */
export const PARAGRAPH_START = new RegExp(
  `^([${CN}百]+、|[（(][${CN}\\d]+[)）]|\\d+[.．、](?!\\d)|[①-⑳]|第[${CN}]+部分)`,
);

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
  { style: 'cn-shi' as const, re: new RegExp(`^([${CN}]{1,3})是`, 'u') },
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
  const re = new RegExp(`(?:^|[:;,。\\s])(?=\\(?[\\d${CN}])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    const marker = leadingMarker(text.slice(at, at + 8));
    if (marker && marker.style !== 'cn') out.push(marker);
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  return out;
}
