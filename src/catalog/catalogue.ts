/**
 * The catalogue in memory: every code in one Map (built once), every normalized name to its codes. Years: a
 * name applies in a year when the year lies in [from, to]; before the covered period (COVERAGE_START) a name
 * recorded "from COVERAGE_START" may have applied too, so both it and older names are accepted.
 */
import { normalizeName } from './normalize.js';
import type { CatalogueName, Classification, CodeLookup, Level, SearchHit } from './types.js';

/** The first year the catalogue is transcribed for: a from_year equal to it means "in force by then". */
export const COVERAGE_START = 2019;

interface Entry {
  code: string;
  classification: Classification;
  level: Level;
  history: CatalogueName[];
  /** Each history name normalized (normalizeName), in the same order: search compares these, computed once. */
  keys: string[];
  all: CodeLookup;
  /** Views per year, built on first ask: the same year is asked for every row of a document. */
  byYear: Map<number, CodeLookup>;
}

const LEVELS: Record<number, Level> = { 3: 'class', 5: 'section', 7: 'item' };

export function levelOf(code: string): Level | undefined {
  return LEVELS[code.length];
}

/** Shape of the code alone: 2xx function, 3xx department economic, 5xx government economic. */
export function classifyCode(code: string): Classification | undefined {
  if (/^2\d{2}(\d{2}){0,2}$/u.test(code)) return 'function';
  if (/^3\d{2}(\d{2})?$/u.test(code)) return 'economic-dept';
  if (/^5\d{2}(\d{2})?$/u.test(code)) return 'economic-gov';
  return undefined;
}

export function appliesIn(name: CatalogueName, year: number): boolean {
  const from = name.from ?? Number.NEGATIVE_INFINITY;
  const to = name.to ?? Number.POSITIVE_INFINITY;
  if (year < COVERAGE_START) return from <= COVERAGE_START && year <= to;
  return from <= year && year <= to;
}

/** "2019年起", "2020—2021年", "2018年及以前". */
export function describeYears(names: { from?: number; to?: number }[]): string {
  const froms = names.map((n) => n.from ?? Number.NEGATIVE_INFINITY);
  const tos = names.map((n) => n.to ?? Number.POSITIVE_INFINITY);
  const from = Math.min(...froms);
  const to = Math.max(...tos);
  if (to === Number.POSITIVE_INFINITY) return from === Number.NEGATIVE_INFINITY ? '各年' : `${from}年起`;
  if (from === Number.NEGATIVE_INFINITY) return `${to}年及以前`;
  return from === to ? `${from}年` : `${from}—${to}年`;
}

export class Catalogue {
  private readonly byCode = new Map<string, Entry>();
  private readonly byName = new Map<string, string[]>();

  constructor(rows: { classification: Classification; names: CatalogueName[] }[]) {
    for (const { classification, names } of rows) {
      for (const n of names) this.add(classification, n);
    }
    for (const e of this.byCode.values()) {
      e.history.sort((a, b) => (a.from ?? 0) - (b.from ?? 0));
      e.keys = e.history.map((n) => normalizeName(n.name));
      e.all = this.view(e, e.history, true);
    }
  }

  private add(classification: Classification, n: CatalogueName): void {
    let e = this.byCode.get(n.code);
    if (!e) {
      const level = levelOf(n.code);
      if (!level) throw new Error(`科目代码 ${n.code} 位数不对`);
      e = {
        code: n.code,
        classification,
        level,
        history: [],
        keys: [],
        all: undefined as unknown as CodeLookup,
        byYear: new Map(),
      };
      this.byCode.set(n.code, e);
    } else if (e.classification !== classification) {
      throw new Error(`科目代码 ${n.code} 同时出现在 ${e.classification} 与 ${classification}`);
    }
    e.history.push(n);
    const key = normalizeName(n.name);
    const codes = this.byName.get(key) ?? [];
    if (!codes.includes(n.code)) codes.push(n.code);
    this.byName.set(key, codes);
  }

  private view(e: Entry, names: CatalogueName[], validIn: boolean): CodeLookup {
    return {
      code: e.code,
      classification: e.classification,
      level: e.level,
      names,
      history: e.history,
      validIn,
      years: describeYears(e.history),
    };
  }

  get size(): number {
    return this.byCode.size;
  }

  codes(): IterableIterator<string> {
    return this.byCode.keys();
  }

  lookup(code: string, year?: number): CodeLookup | undefined {
    const e = this.byCode.get(code);
    if (!e) return undefined;
    if (year === undefined) return e.all;
    let view = e.byYear.get(year);
    if (!view) {
      const names = e.history.filter((n) => appliesIn(n, year));
      view = this.view(e, names, names.length > 0);
      e.byYear.set(year, view);
    }
    return view;
  }

  /** Codes whose name (any year) normalizes to the given one. */
  codesNamed(name: string): readonly string[] {
    return this.byName.get(normalizeName(name)) ?? [];
  }

  search(text: string, limit = 50): SearchHit[] {
    const digits = text.replace(/\s/gu, '');
    const byCode = /^\d+$/u.test(digits);
    const needle = normalizeName(text);
    const hits: (SearchHit & { rank: number })[] = [];
    for (const e of this.byCode.values()) {
      for (const [i, n] of e.history.entries()) {
        const key = e.keys[i];
        const found = byCode ? e.code.startsWith(digits) : key.includes(needle);
        if (!found) continue;
        const rank = byCode ? e.code.length : key === needle ? 0 : key.startsWith(needle) ? 1 : 2;
        hits.push({
          code: e.code,
          name: n.name,
          classification: e.classification,
          level: e.level,
          from: n.from,
          to: n.to,
          rank,
        });
      }
    }
    hits.sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code) || (b.to ?? 9999) - (a.to ?? 9999));
    return hits.slice(0, limit).map(({ rank: _rank, ...hit }) => hit);
  }
}
