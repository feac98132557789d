/**
 * The 湖南 ten-table budget set (部门收支总表 … 国有资本经营预算支出表, 财政专户管理资金预算支出表), its tables grouped
 * by 单位 and its 基本支出 by 经济分类 类 columns, read by the national profile from its structure: each table lands on
 * its kind, every identity holds on a consistent page (within each unit and across units), and one changed amount
 * anywhere is named and, where the identities can tell, localized to its cell.
 */
import { describe, expect, it } from 'vitest';
import { readDocumentBytes } from '../src/ingest/index.js';
import { checkRaw } from '../src/pipeline/check.js';
import { sweepChanges } from './kits/change-sweep.js';
import {
  type CellChange,
  type HunanStyle,
  hunanAmountCells,
  hunanBudgetPage,
  hunanPrintedAmount,
  hunanTables,
} from './kits/hunan-set.js';

async function outcome(style: HunanStyle, change?: CellChange) {
  const raw = await readDocumentBytes('hunan.html', new TextEncoder().encode(hunanBudgetPage(style, change)));
  return checkRaw(raw, 'hunan.html');
}

async function check(style: HunanStyle, change?: CellChange) {
  return (await outcome(style, change)).report;
}

const STYLES: [string, HunanStyle][] = [
  ['units coded in the 科目编码 column', { unitColumn: false }],
  ['units coded in a 单位编码 column of their own', { unitColumn: true }],
  ['the department’s own line above its units', { unitColumn: false, departmentLine: true }],
];

describe.each(STYLES)('the 湖南 10-table set, %s', (_, style) => {
  it('lands every table on its kind and finds nothing on a consistent page', async () => {
    const report = await check(style);
    expect(report.document.layout).toBe('national-budget');
    expect(report.tables.map((t) => t.kind)).toEqual([
      'income-expenditure-summary',
      'income-summary',
      'expenditure-summary',
      'fiscal-summary',
      'general-budget-expenditure',
      'general-budget-basic',
      'three-public',
      'gov-fund-expenditure',
      'state-capital-expenditure',
      'special-account-expenditure',
    ]);
    expect(report.unrecognized).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.summary.identities.failed).toBe(0);
    expect(report.summary.identities.held).toBeGreaterThan(200);
  });

  it('reads the columns by role, the 经济分类 类 under 基本支出 included', async () => {
    const report = await check(style);
    const roles = (kind: string) => report.tables.find((t) => t.kind === kind)!.columns.map((c) => c.role);
    expect(roles('general-budget-expenditure')).toEqual([
      'total',
      'basic',
      'econ-301',
      'econ-302',
      'econ-303',
      'project',
    ]);
    expect(roles('general-budget-basic')).toEqual(['total', 'econ-301', 'econ-302', 'econ-303']);
    expect(roles('income-summary')).toEqual([
      'total',
      'general-budget',
      'gov-fund',
      'state-capital',
      'special-account',
      'unit-revenue',
      'operating-revenue',
      'superior-subsidy',
      'affiliated-remit',
      'other-revenue',
      'carryover',
    ]);
  });

  it('reads the units as the lines that head their 科目, and the 基本支出表 as keyed by 功能科目', async () => {
    const { disclosure } = await outcome(style);
    const basic = disclosure.tables.find((t) => t.kind === 'general-budget-basic')!;
    expect(basic.rows.filter((r) => r.unitLine).map((r) => r.label)).toEqual([
      ...(style.departmentLine ? ['湖南省示例厅'] : []),
      '湖南省示例厅本级',
      '湖南省示例中心',
    ]);
    expect(basic.codeScheme).toBe('function');
    expect(new Set(basic.rows.flatMap((r) => (r.codeScheme ? [r.codeScheme] : [])))).toEqual(
      new Set(['function']),
    );
  });

  it('names every changed amount, and localizes most to their cell', async () => {
    // Every cell of the first printing; every other cell of the rest (the same figures, printed otherwise).
    const first = !style.unitColumn && !style.departmentLine;
    const cells = hunanAmountCells(style).filter((_, i) => first || i % 2 === 0);
    const { missed, exact } = await sweepChanges(
      cells,
      (at, by) => hunanPrintedAmount(style, at, by),
      (change) => check(style, change),
    );
    expect(missed).toEqual([]);
    expect(exact / cells.length).toBeGreaterThanOrEqual(0.7);
  }, 180_000);
});

describe('the 湖南 10-table set: seeded defects', () => {
  it('a unit line that is not the sum of its 科目 lines in the 一般公共预算基本支出表', async () => {
    const style = { unitColumn: false };
    const rows = hunanTables(style)[5].rows;
    const row = rows.findIndex((r) => r[1] === '湖南省示例中心');
    const report = await check(style, { table: 6, row, col: 3, by: 100 });
    const unit = report.findings.find((f) => f.rule === 'identity-hierarchy');
    expect(unit).toMatchObject({
      severity: 'error',
      location: { table: '表6', row: '湖南省示例中心', column: '工资福利支出' },
      actual: '201.00',
      expected: '200.00',
    });
    expect(report.suspects).toEqual([
      expect.objectContaining({ row: '湖南省示例中心', actual: '201.00', suggested: '200.00' }),
    ]);
  });
});
