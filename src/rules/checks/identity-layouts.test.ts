/**
 * Identities as other cities print the same tables: 收入总计 summing 本年收入合计 and the sources printed below
 * it, 本年支出合计 then 年终结转结余 (北京, 深圳), a 类 line of 表1 compared with a 支出表 that prints only the 项
 * under it or a flat list of mixed levels, and a lone 其中 line that is no breakdown.
 */
import { describe, expect, it } from 'vitest';
import {
  CONSISTENT_T1_ROWS,
  CONSISTENT_T3_ROWS,
  codedTable,
  evaluated,
  t1,
  t3,
  toDisclosure,
  withCell,
  wordTable,
} from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as crossTable } from './identity-cross-table.js';
import { rule as lineSum } from './identity-line-sum.js';
import { rule as rowSum } from './identity-row-sum.js';
import { rule as totalRow } from './identity-total-row.js';

// 杭州/烟台 style: numbered sources, then 本年收入合计, then 上年结转 … unnumbered, then 收入总计.
const SUBTOTAL_ROWS = [
  ['一、财政拨款收入', '85.50', '208 社会保障和就业支出', '30.00'],
  ['二、事业收入', '10.00', '212 城乡社区支出', '70.50'],
  ['本年收入合计', '95.50', '', ''],
  ['上级补助收入', '0.00', '', ''],
  ['上年结转', '5.00', '', ''],
  ['收入总计', '100.50', '支出总计', '100.50'],
];

// 深圳/北京 style: numbered sources, 本年收入合计, then 上年结余、结转 with numbered parts; 本年支出合计 then
// 年终结转结余 on the expenditure side.
const CARRY_ROWS = [
  ['一、财政拨款', '85.50', '208 社会保障和就业支出', '30.00'],
  ['1.一般公共预算拨款', '85.50', '212 城乡社区支出', '65.50'],
  ['二、单位资金', '10.00', '', ''],
  ['1.事业收入', '10.00', '', ''],
  ['本年收入合计', '95.50', '本年支出合计', '95.50'],
  ['上年结余、结转', '5.00', '年终结转结余', '5.00'],
  ['1.财政拨款结余、结转', '5.00', '', ''],
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

  it('closes the outline at 本年收入合计 and sums 支出总计 from 本年支出合计 and the carryover below it', () => {
    testRule(lineSum, {
      valid: [kase('both sides balance', t1(CARRY_ROWS))],
      invalid: [
        {
          ...kase('年终结转结余 misprinted', t1(withCell(CARRY_ROWS, 5, 3, '6.00'))),
          errors: [{ messageId: 'mismatch', location: { row: '支出总计' } }],
        },
        {
          ...kase('上年结余、结转 misprinted', t1(withCell(CARRY_ROWS, 5, 1, '6.00'))),
          errors: [
            { messageId: 'mismatch', location: { row: '上年结余、结转' } },
            { messageId: 'mismatch', location: { row: '收入总计' } },
          ],
        },
      ],
    });
  });

  it('sums the 类 into 本年支出合计 when it stands between them and the total', () => {
    testRule(totalRow, {
      valid: [kase('类 = 本年支出合计', t1(CARRY_ROWS))],
      invalid: [
        {
          ...kase('a 类 misprinted', t1(withCell(CARRY_ROWS, 1, 3, '66.50'))),
          errors: [{ messageId: 'mismatch', location: { row: '本年支出合计' } }],
        },
      ],
    });
  });

  it('sums a flat list of mixed levels, each row its own top, into the total', () => {
    const flat = [
      ['215', '08', '05', '中小企业发展专项', '18.00', '', '18.00'],
      ['215', '98', '', '超长期特别国债安排的支出', '82.50', '', '82.50'],
      ['', '', '', '合计', '100.50', '', '100.50'],
    ];
    testRule(totalRow, {
      valid: [kase('项 and 款 rows, no 类', codedTable('表3', '部门支出总体情况表', flat))],
      invalid: [
        {
          ...kase('total misprinted', codedTable('表3', '部门支出总体情况表', withCell(flat, 2, 4, '82.50'))),
          errors: [{ messageId: 'mismatch' }],
        },
      ],
    });
  });

  it('takes a lone 其中 line for a part picked out, not a breakdown of its line', () => {
    const d = toDisclosure(t1(withCell(CONSISTENT_T1_ROWS, 2, 1, '50.00')));
    const failed = evaluated(d).filter((e) => e.outcome === 'mismatch');
    expect(failed.map((e) => e.source)).toEqual([]);
  });

  it('checks a 基本支出表 printed by source of funds row by row, as 表2', () => {
    const header = [
      ['部门经济科目编码', '部门经济科目名称', '总计', '一般公共预算拨款', '政府性基金预算拨款', '事业收入'],
    ];
    const rows = [
      ['', '合计', '40.00', '30.00', '', '10.00'],
      ['301', '工资福利支出', '40.00', '30.00', '', '10.00'],
      ['30101', '基本工资', '40.00', '30.00', '', '10.00'],
    ];
    const table = (r: string[][]) => wordTable('表4', '基本支出总表', header, r);
    expect(toDisclosure(table(rows)).tables[0].kind).toBe('basic-by-source');
    testRule(rowSum, {
      valid: [kase('总计 = 各来源', table(rows))],
      invalid: [
        {
          ...kase('事业收入 misprinted', table(withCell(rows, 2, 5, '11.00'))),
          errors: [{ messageId: 'mismatch', location: { row: '301 01 基本工资' } }],
        },
      ],
    });
  });

  it('sums no column of rates (中央 一般公共预算支出表: 执行数 | 预算数 | 增减%)', () => {
    const header = [['科目编码', '科目名称', '2024年执行数', '2025年预算数', '增减%']];
    const rows = [
      ['208', '社会保障和就业支出', '40.00', '44.00', '10.00'],
      ['20805', '行政事业单位养老支出', '40.00', '44.00', '10.00'],
      ['2080505', '机关事业单位基本养老保险缴费支出', '30.00', '32.00', '6.67'],
      ['2080506', '机关事业单位职业年金缴费支出', '10.00', '12.00', '20.00'],
      ['', '合计', '40.00', '44.00', '10.00'],
    ];
    const d = toDisclosure(wordTable('表5', '一般公共预算支出表', header, rows));
    expect(d.tables[0].columns).toHaveLength(2);
    expect(evaluated(d).filter((e) => e.outcome === 'mismatch')).toEqual([]);
  });
});
