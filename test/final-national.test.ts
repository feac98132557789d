/**
 * 决算 in the national style (财政部's 部门决算 template, as most provinces print it): nine tables numbered 公开01表…,
 * 表一… or 附表1…, codes in one column or in 类 | 款 | 项, 行次 and 栏次, the 基本支出 table in two or three column
 * blocks, the 三公 table nested either way. Each variant is read by the 决算 profile from its structure: every table
 * lands on its kind, every identity holds on the consistent page, and one changed amount anywhere is named and,
 * where the identities can tell, localized to its cell.
 */
import { describe, expect, it } from 'vitest';
import { readDocumentBytes } from '../src/ingest/index.js';
import { checkRaw } from '../src/pipeline/check.js';
import { sweepChanges } from './kits/change-sweep.js';
import {
  ATTACHED_STYLE,
  CENTRAL_STYLE,
  type CellChange,
  type FinalStyle,
  finalAccountPage,
  finalAmountCells,
  finalPrintedAmount,
  finalTables,
  PROVINCIAL_STYLE,
} from './kits/final-national.js';

async function check(style: FinalStyle, change?: CellChange) {
  const raw = await readDocumentBytes(
    'final.html',
    new TextEncoder().encode(finalAccountPage(style, change)),
  );
  return checkRaw(raw, 'final.html').report;
}

const KINDS = [
  'income-expenditure-summary',
  'income-summary',
  'expenditure-summary',
  'fiscal-summary',
  'general-budget-expenditure',
  'general-budget-basic',
  'three-public',
  'gov-fund-expenditure',
  'state-capital-expenditure',
];

const STYLES: [string, FinalStyle, string][] = [
  ['公开01表, 类 | 款 | 项, 行次 and 栏次, three 基本支出 blocks', CENTRAL_STYLE, '公开05表'],
  ['表一, joined codes, items outermost in the 三公 table', PROVINCIAL_STYLE, '表五'],
  ['附表1, a 调整 column in the carry-over tables', ATTACHED_STYLE, '附表5'],
];

describe.each(STYLES)('决算 in the national style: %s', (_, style, label5) => {
  it('lands every table on its kind, under its printed number, and finds nothing on a consistent page', async () => {
    const report = await check(style);
    expect(report.document.layout).toBe('department-final-account');
    expect(report.tables.map((t) => t.kind)).toEqual(KINDS);
    expect(report.tables[4].label).toBe(label5);
    expect(report.findings).toEqual([]);
    expect(report.summary.identities.failed).toBe(0);
    expect(report.summary.identities.held).toBeGreaterThan(150);
  });

  it('reads every column by its role', async () => {
    const report = await check(style);
    const roles = (kind: string) => report.tables.find((t) => t.kind === kind)!.columns.map((c) => c.role);
    expect(roles('income-expenditure-summary')).toEqual(['actual', 'actual']);
    expect(roles('fiscal-summary')).toEqual([
      'actual',
      'total',
      'general-budget',
      'gov-fund',
      'state-capital',
    ]);
    expect(roles('general-budget-expenditure')).toEqual(
      style.basicSplit
        ? ['total', 'basic', 'personnel', 'operating', 'project']
        : ['total', 'basic', 'project'],
    );
    expect(roles('general-budget-basic')).toEqual(['amount', 'amount']);
    expect(roles('gov-fund-expenditure')).toEqual([
      'opening-balance',
      'current-income',
      'current-expenditure',
      'basic',
      'project',
      ...(style.adjustmentColumn ? ['adjustment'] : []),
      'closing-balance',
    ]);
    expect(new Set(roles('three-public'))).toEqual(
      new Set(
        ['total', 'overseas', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'reception'].flatMap(
          (r) => [`${r}.budget`, `${r}.actual`],
        ),
      ),
    );
  });

  it('names every changed amount, and localizes most to their cell', async () => {
    // Every cell of the first style; every other cell of the rest (the tables are the same, only printed otherwise).
    const cells = finalAmountCells(style).filter((_, i) => style === CENTRAL_STYLE || i % 2 === 0);
    const { missed, exact } = await sweepChanges(
      cells,
      (at, by) => finalPrintedAmount(style, at, by),
      (change) => check(style, change),
    );
    expect(missed).toEqual([]);
    expect(exact / cells.length).toBeGreaterThanOrEqual(0.8);
  }, 180_000);
});

/** The body row of table n (from 1) that prints this 科目 code, in either code layout. */
function rowOf(style: FinalStyle, n: number, code: string): number {
  const rows = finalTables(style)[n - 1].rows;
  const width = style.codes === 'joined' ? 1 : 3;
  return rows.findIndex((r) => r.slice(0, width).join('') === code);
}

describe('决算 in the national style: seeded defects', () => {
  it('a 项 line whose 基本支出 is misprinted: the row and its parents fail, the cell is the suspect', async () => {
    const row = rowOf(CENTRAL_STYLE, 5, '2010101');
    const report = await check(CENTRAL_STYLE, { table: 5, row, col: 5, by: 100 });
    const rowSum = report.findings.find((f) => f.rule === 'identity-row-sum');
    expect(rowSum).toMatchObject({
      severity: 'error',
      location: { table: '公开05表', row: '201 01 01 行政运行', column: '小计' },
    });
    expect(report.findings.some((f) => f.rule === 'identity-hierarchy' && f.severity === 'error')).toBe(true);
    expect(report.suspects).toHaveLength(1);
    expect(report.suspects[0]).toMatchObject({ actual: '501.00', suggested: '500.00' });
  });

  it('a fund balance that does not carry over: 年末 ≠ 年初 + 本年收入 − 本年支出 in the 财政拨款收入支出决算总表', async () => {
    const rows = finalTables(PROVINCIAL_STYLE)[3].rows;
    const row = rows.findIndex((r) => r[2] === '年末财政拨款结转和结余');
    const report = await check(PROVINCIAL_STYLE, { table: 4, row, col: 4, by: 100 });
    const balance = report.findings.find((f) => f.identity?.startsWith('fa-t4-general-budget-balance'));
    expect(balance).toMatchObject({
      rule: 'identity-cross-table',
      severity: 'error',
      location: { table: '表四', row: '年末财政拨款结转和结余', column: '一般公共预算财政拨款' },
      actual: '11.00',
      expected: '10.00',
    });
  });

  it('a carry-over table with a 调整 column: 年末 ≠ 年初 + 收入 − 支出 is a warning, the parent sums still errors', async () => {
    const row = rowOf(ATTACHED_STYLE, 8, '2120803');
    const report = await check(ATTACHED_STYLE, { table: 8, row, col: 10, by: 100 });
    const balance = report.findings.find((f) => f.identity?.startsWith('fa-t8-row-balance'));
    expect(balance).toMatchObject({ rule: 'identity-row-sum', severity: 'warning' });
    expect(balance?.message).toContain('调整');
    expect(report.findings.some((f) => f.rule === 'identity-hierarchy' && f.severity === 'error')).toBe(true);
    const plain = await check(PROVINCIAL_STYLE, {
      table: 8,
      row: rowOf(PROVINCIAL_STYLE, 8, '2120803'),
      col: 7,
      by: 100,
    });
    const strict = plain.findings.find((f) => f.identity?.startsWith('fa-t8-row-balance'));
    expect(strict).toMatchObject({ rule: 'identity-row-sum', severity: 'error' });
  });
});

describe('决算 in the national style: amounts said with or without the carry-over', () => {
  const said = async (sentence: string) => {
    const html = finalAccountPage(PROVINCIAL_STYLE, undefined, ['一、收入支出决算总体情况说明', sentence]);
    const raw = await readDocumentBytes('final.html', new TextEncoder().encode(html));
    return checkRaw(raw, 'final.html').report.findings.filter((f) => f.rule === 'narrative-amount-mismatch');
  };

  it('reads "含年初结转和结余" as the 总计 and "不含上年结转" as 本年收入合计', async () => {
    expect(await said('2024年度收入1600.00万元（含年初结转和结余130.00万元）。')).toEqual([]);
    expect(await said('2024年度收入1470.00万元（不含上年结转）。')).toEqual([]);
    expect(await said('2024年度收入支出总计1600.00万元。')).toEqual([]);
    const wrong = await said('2024年度收入1470.00万元（含年初结转和结余130.00万元）。');
    expect(wrong).toMatchObject([{ severity: 'error', actual: '1470.00万元' }]);
    expect(wrong[0].message).toContain('总计');
    expect(await said('2024年度收入1600.00万元（不含上年结转）。')).toMatchObject([{ severity: 'error' }]);
  });

  it('an amount of this year said to count the carry-over restates no cell', async () => {
    expect(await said('本年收入合计1.00万元（含年初结转和结余）。')).toEqual([]);
  });
});
