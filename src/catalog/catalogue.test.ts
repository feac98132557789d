import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, getCatalogue, isValidIn, lookup, ownersOfName, search } from './index.js';
import { DATA_DIR } from './load.js';
import { FILES, formatCatalogueTsv, parseCatalogueTsv } from './tsv.js';
import type { Classification } from './types.js';

const FUNCTION_CLASSES =
  '201 202 203 204 205 206 207 208 209 210 211 212 213 214 215 216 217 219 220 221 222 223 224 227 229 230 231 232 233 234';
/** 款 of the function classes departments use most, as listed in the Ministry's catalogue. */
const FUNCTION_SECTIONS = {
  201: '01 02 03 04 05 06 07 08 11 13 23 26 28 29 31 32 33 34 36 37 38 99',
  205: '01 02 03 04 05 06 07 08 09 99',
  206: '01 02 03 04 05 06 07 08 09 99',
  207: '01 02 03 06 08 99',
  208: '01 02 05 07 08 09 10 11 16 19 20 21 25 26 27 28 99',
  210: '01 02 03 04 06 07 11 12 13 14 15 99',
  211: '01 02 03 04 05 06 07 08 09 10 11 12 13 14 99',
  212: '01 02 03 05 06 99',
  213: '01 02 03 05 07 08 99',
  220: '01 05 99',
  221: '01 02 03',
  224: '01 02 03 04 05 06 07 99',
  229: '02 99',
};
const DEPT_SECTIONS = {
  301: '01 02 03 06 07 08 09 10 11 12 13 14 99',
  302: '01 02 03 04 05 06 07 08 09 11 12 13 14 15 16 17 18 24 25 26 27 28 29 31 39 40 99',
  303: '01 02 03 04 05 06 07 08 09 10 11 99',
  307: '01 02 03 04',
  309: '01 02 03 05 06 07 08 13 19 21 22 99',
  310: '01 02 03 05 06 07 08 09 10 11 12 13 19 21 22 99',
  311: '01 99',
  312: '01 03 04 05 99',
  313: '02 03',
  399: '06 07 08 99',
};
const GOV_CLASSES = '501 502 503 504 505 506 507 508 509 510 511 512 513 514 599';

function expand(spec: Record<number, string>): string[] {
  return Object.entries(spec).flatMap(([c, s]) => s.split(' ').map((k) => c + k));
}

describe('catalogue data', () => {
  const catalogue = getCatalogue();
  const codes = [...catalogue.codes()];

  it('has every function 类 and the common 款, every economic 类 and 款', () => {
    const missing = [
      ...FUNCTION_CLASSES.split(' '),
      ...expand(FUNCTION_SECTIONS),
      ...Object.keys(DEPT_SECTIONS),
      ...expand(DEPT_SECTIONS),
      ...GOV_CLASSES.split(' '),
    ].filter((c) => !catalogue.lookup(c));
    expect(missing).toEqual([]);
    expect(codes.filter((c) => c.startsWith('5') && c.length === 5).length).toBeGreaterThanOrEqual(50);
  });

  it('gives every 款 and 项 a parent that exists', () => {
    const orphans = codes.filter((c) => c.length > 3 && !catalogue.lookup(c.slice(0, -2)));
    expect(orphans).toEqual([]);
  });

  it('keeps evidence and observed_in consistent, and no two names of a code overlap except where noted', () => {
    for (const code of codes) {
      const { history } = catalogue.lookup(code)!;
      for (const n of history)
        expect(n.observedIn.length > 0, `${code} ${n.name}`).toBe(n.evidence !== 'reference');
      for (let y = 2019; y <= 2026; y++) {
        const inYear = history.filter((n) => (n.from ?? 0) <= y && y <= (n.to ?? 9999));
        if (inYear.length > 1)
          expect(
            inYear.some((n) => n.note),
            `${code} ${y}`,
          ).toBe(true);
      }
    }
  });

  it('round-trips the files through parse and format', () => {
    for (const f of Object.values(FILES)) {
      const text = readFileSync(new URL(f, DATA_DIR), 'utf8');
      expect(formatCatalogueTsv(parseCatalogueTsv(text, f))).toBe(text);
    }
  });

  it('rejects a malformed line with its file and line number', () => {
    const head = 'code\tname\tfrom_year\tto_year\tevidence\tobserved_in\tnote\n';
    expect(() => parseCatalogueTsv(`${head}2010\t名称\t2019\t\treference\t\t\n`, 'x.tsv')).toThrow(
      /x.tsv:2/u,
    );
    expect(() => parseCatalogueTsv(`${head}201\t名称\t2019\t\tguess\t\t\n`, 'x.tsv')).toThrow(/证据/u);
    expect(() => parseCatalogueTsv(`${head}201\t名称\t2021\t2019\treference\t\t\n`, 'x.tsv')).toThrow(
      /颠倒/u,
    );
  });
});

describe('lookup by year', () => {
  it.each([
    ['210', 2019, '卫生健康支出'],
    ['210', 2017, '医疗卫生与计划生育支出'],
    ['207', 2023, '文化旅游体育与传媒支出'],
    ['224', 2020, '灾害防治及应急管理支出'],
    ['2080505', 2025, '机关事业单位基本养老保险缴费支出'],
    ['2080506', 2025, '机关事业单位职业年金缴费支出'],
    ['22102', 2023, '住房改革支出'],
    ['21011', 2023, '行政事业单位医疗'],
    ['30110', 2026, '职工基本医疗保险缴费'],
  ])('%s in %i is %s', (code, year, name) => {
    expect(lookup(code, year)?.names.map((n) => n.name)).toContain(name);
  });

  it('knows when codes were created and retired', () => {
    expect(isValidIn('234', 2019)).toBe(false);
    expect(isValidIn('234', 2021)).toBe(true);
    expect(isValidIn('20115', 2023)).toBe(false);
    expect(isValidIn('20138', 2023)).toBe(true);
    expect(isValidIn('21398', 2023)).toBe(false);
    expect(isValidIn('21398', 2025)).toBe(true);
    expect(lookup('234', 2019)?.years).toBe('2020年起');
    expect(lookup('9999999')).toBeUndefined();
  });

  it('accepts printed code forms', () => {
    expect(lookup('208 05 05', 2023)?.code).toBe('2080505');
  });
});

describe('classify, search, owners', () => {
  it('classifies codes by shape', () => {
    const cases: [string, Classification | undefined][] = [
      ['2080505', 'function'],
      ['30108', 'economic-dept'],
      ['50101', 'economic-gov'],
      ['3010801', undefined],
      ['101', undefined],
    ];
    for (const [code, c] of cases) expect(classify(code), code).toBe(c);
  });

  it('searches names and code prefixes, exact names first', () => {
    expect(search('住房改革支出')[0].code).toBe('22102');
    expect(search('2210').map((h) => h.code)).toEqual(expect.arrayContaining(['22102', '2210201']));
    expect(search('医疗卫生与计划生育').map((h) => h.code)).toContain('210');
    expect(search('没有这个科目')).toEqual([]);
  });

  it('names the code a misplaced name belongs to, only when unambiguous', () => {
    expect(ownersOfName('住房改革支出', '22101', 2023)).toEqual(['22102']);
    expect(ownersOfName('行政单位医疗', '21011', 2023)).toEqual(['2101101']);
    expect(ownersOfName('行政运行', '2120102', 2023)).toEqual(['2120101']);
    expect(ownersOfName('其他支出', '20101', 2023)).toEqual([]);
  });
});
