/**
 * The seed document (national 表1–表10, text copied from Word): every table recognized, and the table defects a
 * careful reviewer finds are reported — each one below was checked by hand against the document.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseWordText } from '../src/ingest/index.js';
import { checkRaw } from '../src/pipeline/check.js';
import type { DocumentReport } from '../src/report/types.js';
import { HAS_CORPUS, SEED, SKIP_MESSAGE } from './corpus.js';

describe.skipIf(!HAS_CORPUS)(`seed document ${HAS_CORPUS ? '' : SKIP_MESSAGE}`, () => {
  let report: DocumentReport;
  beforeAll(() => {
    report = checkRaw(parseWordText(readFileSync(SEED, 'utf8'), 'seed.txt'), 'seed.txt').report;
  });

  const has = (rule: string, text: string) =>
    report.findings.some((f) => f.rule === rule && f.message.includes(text));

  it('recognizes all ten tables with their kinds and the document facts', () => {
    expect(report.tables.map((t) => t.label)).toEqual([
      '表1',
      '表2',
      '表3',
      '表4',
      '表5',
      '表6',
      '表7',
      '表8',
      '表9',
      '表10',
    ]);
    expect(new Set(report.tables.map((t) => t.kind)).size).toBe(10);
    expect(report.document).toMatchObject({
      kind: 'budget',
      year: 2023,
      unit: '万元',
      layout: 'national-budget',
      department: '昌吉州住房和城乡建设局',
    });
    expect(report.summary.tables.missing).toEqual([]);
  });

  it('finds the 表1 income-side defects', () => {
    expect(has('identity-line-sum', '表1 一、本年收入 预算数：应为 1714.40')).toBe(true);
    expect(has('identity-line-sum', '表1 二、上年结转结余 预算数：应为 132.19')).toBe(true);
    expect(has('identity-line-sum', '表1 收入总计 预算数：应为 2198.68')).toBe(true);
    expect(has('of-which-exceeds-parent', '表1 5.单位资金')).toBe(true);
    expect(has('of-which-exceeds-parent', '表1 2.非财政拨款结转结余')).toBe(true);
  });

  it('finds the 表2 合计 row left blank and the 表3 212 rows that do not add up', () => {
    expect(has('identity-total-row', '表2 合计 一般公共预算：合计应为各类之和 1843.56')).toBe(true);
    expect(has('identity-row-sum', '表3 212 城乡社区支出 合计：应为 1629.09')).toBe(true);
    expect(has('identity-total-row', '表3 合计 项目支出：合计应为各类之和 632.79')).toBe(true);
  });

  it('finds the cross-table differences, including one-cent ones, and the misnumbered 221 01', () => {
    expect(has('identity-cross-table', '表4 201 一般公共服务支出')).toBe(true);
    expect(has('identity-cross-table', '表4 210 卫生健康支出 一般公共预算 = 表5 210 卫生健康支出 合计')).toBe(
      true,
    );
    expect(has('identity-cross-table', '表5 合计 项目支出 = 表7 合计')).toBe(true);
    expect(has('identity-cross-table', '表6 302 31 公务用车运行维护费')).toBe(true);
    expect(has('code-prefix', '221 02 01 住房公积金：上级科目 221 02 不在本表中')).toBe(true);
  });

  it('reports sums that only rounding explains as warnings, never as errors', () => {
    const t6 = report.findings.filter((f) => f.location.table === '表6' && f.rule === 'identity-hierarchy');
    expect(t6.length).toBeGreaterThan(0);
    expect(t6.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('raises no table finding on the tables that are consistent (表8, 表9, 表10 sums)', () => {
    const quiet = report.findings.filter(
      (f) =>
        ['表8', '表9'].includes(f.location.table ?? '') ||
        (f.location.table === '表10' && f.rule.startsWith('identity')),
    );
    expect(quiet).toEqual([]);
  });
});
