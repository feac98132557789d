import { describe, expect, it } from 'vitest';
import { codedTable, disclosureOf } from '../../test/kits/catalog.js';
import {
  detectYear,
  mergeObservations,
  observationsFromDisclosure,
  observationsFromText,
} from './harvest.js';
import type { CatalogueName, Classification } from './types.js';

const WORD_COPY = [
  '2023年部门预算公开表',
  '表2',
  '\t208',
  '\t05',
  '\t05',
  '\t机关事业单位基本养老保险缴费支出',
  '\t120.35\u3000',
  '',
  '\t一、本年收入',
  '\t1986.59',
  '\t201 一般公共服务支出',
  '',
  '\t302',
  '\t',
  '\t商品和服务支出',
  '\t134.64',
  '',
].join('\n');

const LAYOUT = [
  '                 2025年部门预算',
  '201   05   07   专项普查活动                  438,300      438,300',
  '2080506   机关事业单位职业年金缴费支出     4.64      4.64',
  '          机关事业单位基本养老保险缴费',
  '2080505                      6.18      6.18',
  '   365     天',
].join('\n');

describe('observationsFromText', () => {
  it('reads Word-copied cells and code-name cells', () => {
    const got = observationsFromText(WORD_COPY, 'seed.txt').map((o) => [o.code, o.name, o.year]);
    expect(got).toEqual([
      ['2080505', '机关事业单位基本养老保险缴费支出', 2023],
      ['201', '一般公共服务支出', 2023],
      ['302', '商品和服务支出', 2023],
    ]);
  });

  it('reads pdftotext -layout lines and skips lines without a name', () => {
    const got = observationsFromText(LAYOUT, 'x.pdf').map((o) => [o.code, o.name]);
    expect(got).toEqual([
      ['2010507', '专项普查活动'],
      ['2080506', '机关事业单位职业年金缴费支出'],
    ]);
    expect(detectYear(LAYOUT)).toBe(2025);
  });
});

describe('observationsFromDisclosure', () => {
  it('takes every coded row with the document year and file name', () => {
    const d = disclosureOf([codedTable('表5', [['2210201', '住房公积金']])], 2024);
    expect(observationsFromDisclosure(d, 'a.pdf')).toEqual([
      { code: '2210201', name: '住房公积金', year: 2024, file: 'a.pdf' },
    ]);
  });
});

describe('mergeObservations', () => {
  const line = (code: string, name: string, from?: number, to?: number): CatalogueName => ({
    code,
    name,
    from,
    to,
    evidence: 'reference',
    observedIn: [],
  });
  const catalogue: Record<Classification, CatalogueName[]> = {
    function: [
      line('210', '卫生健康支出', 2019),
      line('210', '医疗卫生与计划生育支出', undefined, 2018),
      line('22102', '住房改革支出', 2019),
    ],
    'economic-dept': [],
    'economic-gov': [],
  };

  it('marks matching lines, and lists mismatches, out-of-year names and unknown codes for review', () => {
    const r = mergeObservations(catalogue, [
      { code: '210', name: '卫生健康支出', year: 2023, file: 'b.pdf' },
      { code: '210', name: '卫生健康支出', year: 2023, file: 'a.pdf' },
      { code: '210', name: '卫生健康', year: 2023, file: 'c.pdf' },
      { code: '210', name: '医疗卫生与计划生育支出', year: 2023, file: 'a.pdf' },
      { code: '22102', name: '住房改', year: 2023, file: 'a.pdf' },
      { code: '22101', name: '住房改革支出', year: 2023, file: 'a.pdf' },
    ]);
    expect(r.rows.function[0]).toMatchObject({
      evidence: 'reference+observed',
      observedIn: ['a.pdf', 'b.pdf', 'c.pdf'],
    });
    expect(r.rows.function[1].evidence).toBe('reference');
    expect(catalogue.function[0].observedIn).toEqual([]);
    expect(r.outOfYears.map((o) => o.name)).toEqual(['医疗卫生与计划生育支出']);
    expect(r.nameMismatch.map((o) => o.name)).toEqual(['住房改']);
    expect(r.unknown.map((o) => o.code)).toEqual(['22101']);
  });
});
