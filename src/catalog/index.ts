/**
 * 政府收支分类科目: the function and economic classifications, versioned by year (data/catalog/*.tsv).
 * Everything here reads one catalogue built lazily on first use.
 */
import { classifyCode } from './catalogue.js';
import { getCatalogue } from './load.js';
import { normalizeCode } from './normalize.js';
import { ownersOf } from './owner.js';
import type { Classification, CodeLookup, SearchHit } from './types.js';

export { Catalogue, COVERAGE_START, describeYears, levelOf } from './catalogue.js';
export { DATA_DIR, getCatalogue, loadCatalogue } from './load.js';
export { MIN_CUT_OFF, namesMatch, normalizeCode, normalizeName } from './normalize.js';
export type { CatalogueName, Classification, CodeLookup, Evidence, Level, SearchHit } from './types.js';

/** The code (printed in any form: "208 05 05", "2080505") with its names in force in the year. */
export function lookup(code: string, year?: number): CodeLookup | undefined {
  return getCatalogue().lookup(normalizeCode(code), year);
}

/** Codes by prefix (digits) or names containing the text, exact names first. */
export function search(text: string, limit?: number): SearchHit[] {
  return getCatalogue().search(text, limit);
}

/** Which classification a code's shape belongs to: 2xx function, 3xx department economic, 5xx government economic. */
export function classify(code: string): Classification | undefined {
  return classifyCode(normalizeCode(code));
}

export function isValidIn(code: string, year: number): boolean {
  return lookup(code, year)?.validIn ?? false;
}

/** Codes close to `code` that own the printed name in the year ("住房改革支出" printed on 22101 → ["22102"]). */
export function ownersOfName(printed: string, code: string, year?: number): string[] {
  return ownersOf(getCatalogue(), printed, normalizeCode(code), year);
}
