/**
 * Identities as other cities print the same tables: 收入总计 summing 本年收入合计 and the sources printed below
 * it, and a 类 line of 表1 compared with a 支出表 that prints only the 项 under it.
 */
import { describe, it } from 'vitest';
import { rule as crossTable } from './identity-cross-table.js';
import { rule as lineSum } from './identity-line-sum.js';
import { CONSISTENT_T3_ROWS, evaluated, t1, t3, toDisclosure, withCell } from './test-fixtures.js';
import { testRule } from './tester.js';

// 杭州/烟台 style: numbered sources, then 本年收入合计, then 上年结转 … unnumbered, then 收入总计.
const SUBTOTAL_ROWS = [
  ['一、财政拨款收入', '85.50', '208 社会保障和就业支出', '30.00'],
  ['二、事业收入', '10.00', '212 城乡社区支出', '70.50'],
  ['本年收入合计', '95.50', '', ''],
  ['上级补助收入', '0.00', '', ''],
  ['上年结转', '5.00', '', ''],
  ['收入总计', '100.50', '支出总计', '100.50'],
];

function kase(name: string, ...tables: string[]) {
  const disclosure = toDisclosure(...tables);
  return { name, disclosure, identities: evaluated(disclosure) };
}

describe('identities across layouts', () => {
  it('sums 收入总计 from 本年收入合计 and every source printed below it', () => {
    testRule(lineSum, {
      valid: [kase('本年收入合计 + 上年结转', t1(SUBTOTAL_ROWS))],
      invalid: [
        {
          ...kase('上年结转 misprinted', t1(withCell(SUBTOTAL_ROWS, 4, 1, '6.00'))),
          errors: [{ messageId: 'mismatch', location: { row: '收入总计' } }],
        },
      ],
    });
  });

  it('compares a 类 line with the sum of the finest rows a 支出表 prints under it', () => {
    const leavesOnly = CONSISTENT_T3_ROWS.filter((r) => r[2] !== '' || r[3] === '合计');
    testRule(crossTable, {
      valid: [kase('项 rows only', t1(), t3(leavesOnly))],
      invalid: [
        {
          ...kase('a 项 misprinted', t1(), t3(withCell(leavesOnly, 0, 4, '21.00'))),
          errors: [{ messageId: 'mismatch', data: { actual: '30.00' } }],
        },
      ],
    });
  });
});
