/**
 * Harvest (code, name, year) pairs from documents so the catalogue's observed evidence grows with the corpus.
 * A pair marks a catalogue line as observed only when the printed name is that line's name (or a known variant)
 * in the document's year; everything else is returned for a person to review, never written automatically.
 */
import { basename } from 'node:path';
import type { Disclosure } from '../model/disclosure.js';
import { appliesIn, classifyCode } from './catalogue.js';
import { namesMatch, normalizeCode, normalizeName } from './normalize.js';
import type { CatalogueName, Classification } from './types.js';

export interface Observation {
  code: string;
  name: string;
  year?: number;
  /** Corpus file name (no folder), as written to observed_in. */
  file: string;
}

export function observationsFromDisclosure(d: Disclosure, file = basename(d.source.path)): Observation[] {
  const out: Observation[] = [];
  for (const table of d.tables) {
    for (const row of table.rows) {
      if (!row.code || normalizeName(row.name) === '') continue;
      out.push({ code: normalizeCode(row.code), name: row.name, year: d.meta.year, file });
    }
  }
  return out;
}

const CJK = /\p{Script=Han}/u;
/** "201 05 07 专项普查活动", "2010507 专项普查活动", "201一般公共服务支出" at the start of a cell or a layout line. */
const CODE_NAME = /^(\d{3}(?:[ \t]*\d{2}){0,2})[ \t\u3000]*([^\d\s][^\s]*)/u;

function pairFrom(text: string): { code: string; name: string } | undefined {
  const m = CODE_NAME.exec(text.trim());
  if (!m) return undefined;
  const code = normalizeCode(m[1]);
  const name = m[2];
  if (!classifyCode(code) || [...name].filter((c) => CJK.test(c)).length < 2) return undefined;
  return { code, name };
}

/** Cells of a Word-copied table row (TAB-led lines): 类 / 款 / 项 code cells followed by the name cell. */
function pairFromCells(cells: string[]): { code: string; name: string } | undefined {
  if (!/^\d{3}$/u.test(cells[0] ?? '')) return undefined;
  let code = cells[0];
  let i = 1;
  for (; i < Math.min(cells.length, 3); i++) {
    if (/^\d{2}$/u.test(cells[i])) code += cells[i];
    else if (cells[i] !== '') break;
  }
  const name = cells.slice(i).find((c) => c !== '');
  if (!name || !CJK.test(name) || !classifyCode(code)) return undefined;
  return { code, name };
}

function textRows(text: string): string[][] {
  const rows: string[][] = [];
  let cells: string[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (line.startsWith('\t')) {
      cells.push(
        line
          .slice(1)
          .replace(/[\s\u3000]+$/u, '')
          .trim(),
      );
      continue;
    }
    if (cells.length > 0) rows.push(cells);
    cells = [];
    if (line.trim() !== '') rows.push([line]);
  }
  if (cells.length > 0) rows.push(cells);
  return rows;
}

/** The document's year: the most frequent "2025年部门预算" / "2024年度决算"-like phrase. */
export function detectYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(
    /(20\d{2})\s*年度?\s*(?:部门|单位)?\s*[(（]?(?:部门|单位)?[)）]?\s*(?:预算|决算)/gu,
  )) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

/**
 * Pairs from plain text: Word copies (TAB-led cells, a blank line ends a row) and `pdftotext -layout` output
 * (codes and names at the start of a line). Until the full pipeline runs on every file, this is how the
 * corpus is harvested.
 */
export function observationsFromText(text: string, file: string, year = detectYear(text)): Observation[] {
  const out: Observation[] = [];
  for (const cells of textRows(text)) {
    const found = cells.length > 1 ? pairFromCells(cells) : undefined;
    const pairs = found ? [found] : cells.map(pairFrom).filter((p) => p !== undefined);
    for (const p of pairs) out.push({ ...p, year, file });
  }
  return out;
}

export interface MergeResult {
  /** Catalogue lines, with evidence and observed_in updated. */
  rows: Record<Classification, CatalogueName[]>;
  /** Observations that marked a line (new marks only). */
  marked: Observation[];
  /** Known code, but the printed name is none of its names: a document error, a wrap, or a catalogue gap. */
  nameMismatch: Observation[];
  /** Known code and name, but the catalogue says the name was not in force that year. */
  outOfYears: Observation[];
  /** Code not in the catalogue. */
  unknown: Observation[];
}

function exactly(printed: string, name: string): boolean {
  // A name cut off at a cell edge is no evidence for the full name: accept variants, not prefixes.
  return namesMatch(printed, name) && normalizeName(printed).length >= normalizeName(name).length - 2;
}

function mark(row: CatalogueName, file: string): boolean {
  if (row.observedIn.includes(file)) return false;
  row.observedIn = [...row.observedIn, file].sort();
  row.evidence = row.evidence === 'observed' ? 'observed' : 'reference+observed';
  return true;
}

/** Merge observations into catalogue lines (copied, not mutated). */
export function mergeObservations(
  catalogue: Record<Classification, CatalogueName[]>,
  observations: Observation[],
): MergeResult {
  const rows = Object.fromEntries(
    Object.entries(catalogue).map(([k, v]) => [k, v.map((r) => ({ ...r }))]),
  ) as Record<Classification, CatalogueName[]>;
  const result: MergeResult = { rows, marked: [], nameMismatch: [], outOfYears: [], unknown: [] };
  for (const o of observations) {
    const classification = classifyCode(o.code);
    const lines = classification ? rows[classification].filter((r) => r.code === o.code) : [];
    if (lines.length === 0) {
      result.unknown.push(o);
      continue;
    }
    const named = lines.filter((r) => exactly(o.name, r.name));
    const inYear = named.filter((r) => o.year === undefined || appliesIn(r, o.year));
    if (named.length === 0) result.nameMismatch.push(o);
    else if (inYear.length === 0) result.outOfYears.push(o);
    else if (inYear.map((r) => mark(r, o.file)).some(Boolean)) result.marked.push(o);
  }
  return result;
}
