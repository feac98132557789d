/**
 * Narrative text normalization; its numbering markers (一、 （一） 1. 1、 （1） 一是) are model/numbering's.
 * After normalize(), full-width digits and punctuation are ASCII (NFKC): patterns elsewhere use ',' ';' ':' '(' ')'.
 */
import type { Marker, MarkerStyle } from '../../model/claims.js';

export { inlineMarkers, leadingMarker, parseChineseNumeral } from '../../model/numbering.js';
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
