import { describe, expect, it } from 'vitest';
import {
  CONSISTENT_T1_ROWS,
  identityCase,
  t1,
  t3,
  withCell,
  wordTable,
} from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as crossTable } from './identity-cross-table.js';

const kase = identityCase;

describe('identity-cross-table', () => {
  it('compares each 类 of 表1 with 表3 and 表1 支出总计 with 表3 合计', () => {
    testRule(crossTable, {
      valid: [kase('consistent 表1 + 表3', t1(), t3())],
      invalid: [
        {
          ...kase('表1 212 line differs from 表3', t1(withCell(CONSISTENT_T1_ROWS, 1, 3, '70.40')), t3()),
          errors: [
            {
              messageId: 'mismatch',
              location: { table: '表1', row: '212 城乡社区支出' },
              data: { actual: '70.40', expected: '70.50' },
            },
          ],
        },
      ],
    });
  });
});

/** 烟台: 表3 prints 结转下年 by 科目 beside this year's spending; 表1 prints it below 本年支出合计. */
const CARRY_T1_ROWS = [
  ['一、本年收入', '100.50', '208 社会保障和就业支出', '30.00'],
  ['1.一般公共预算拨款', '100.50', '212 城乡社区支出', '60.50'],
  ['本年收入合计', '100.50', '本年支出合计', '90.50'],
  ['', '', '结转下年', '10.00'],
  ['收入总计', '100.50', '支出总计', '100.50'],
];
const CARRY_T3 = wordTable(
  '表3',
  '支出总体情况表',
  [
    ['功能分类科目编码', '功能分类科目名称', '合计', '基本支出', '项目支出', '结转下年'],
    ['类', '款', '项', '', '', '', '', ''],
  ],
  [
    ['208', '', '', '社会保障和就业支出', '30.00', '30.00', '', '2.00'],
    ['212', '', '', '城乡社区支出', '60.50', '50.25', '10.25', '8.00'],
    ['', '', '', '合计', '90.50', '80.25', '10.25', '10.00'],
  ],
);

describe('表3 结转下年', () => {
  it('reads it as the carry-forward, no part of the 合计, and checks its total against 表1’s 结转下年', () => {
    const outcomes = (rows: string[][]) => {
      const { disclosure, identities } = kase('烟台', t1(rows), CARRY_T3);
      const t3 = disclosure.tables.find((t) => t.kind === 'expenditure-summary')!;
      expect(t3.columns.map((c) => c.role)).toEqual(['total', 'basic', 'project', 'carry-forward']);
      return identities
        .filter((e) => /^t3-(carry-forward|row-total)/u.test(e.source) && !e.blank)
        .map((e) => `${e.source} ${e.outcome}`);
    };
    expect(outcomes(CARRY_T1_ROWS)).toEqual([
      't3-row-total exact',
      't3-row-total exact',
      't3-row-total exact',
      't3-carry-forward=t1-carry-forward exact',
    ]);
    expect(outcomes(withCell(CARRY_T1_ROWS, 3, 3, '11.00'))).toContain(
      't3-carry-forward=t1-carry-forward mismatch',
    );
  });
});
