/**
 * The central departments' tables (中央部门预算, 9 tables with …总表 titles) print the year before beside the budget:
 * 2023年执行数 | 2024年预算数 | 2024年预算数比2023年执行数 增减额 | 增减%. Each row's 增减额 = 预算数 − 执行数; the
 * rates are never summed, and the 执行数 columns are not this year's figures.
 */
import { describe, expect, it } from 'vitest';
import { evaluated, toDisclosure, withCell, wordTable } from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as rowSum } from './identity-row-sum.js';

const HEADER = [
  ['科目编码', '科目名称', '2023年执行数', '2024年预算数', '', '', '2024年预算数比2023年执行数', ''],
  ['', '', '', '合计', '基本支出', '项目支出', '增减额', '增减%'],
];

const ROWS = [
  ['208', '社会保障和就业支出', '28.00', '30.00', '30.00', '', '2.00', '7.14'],
  ['20805', '行政事业单位养老支出', '28.00', '30.00', '30.00', '', '2.00', '7.14'],
  ['212', '城乡社区支出', '75.50', '70.50', '50.25', '20.25', '-5.00', '-6.62'],
  ['21201', '城乡社区管理事务', '75.50', '70.50', '50.25', '20.25', '-5.00', '-6.62'],
  ['', '合计', '103.50', '100.50', '80.25', '20.25', '-3.00', '-2.90'],
];

const t5 = (rows: string[][]) => wordTable('表5', '2024年一般公共预算支出表', HEADER, rows);

function kase(name: string, table: string) {
  const disclosure = toDisclosure(table);
  return { name, disclosure, identities: evaluated(disclosure) };
}

describe('central tables: 执行数 | 预算数 | 增减额', () => {
  it('reads 执行数 as the prior year, 增减额 as the change and 增减% as a rate', () => {
    const t = toDisclosure(t5(ROWS)).tables[0];
    expect(t.columns.map((c) => c.role)).toEqual([
      'prior-total',
      'total',
      'basic',
      'project',
      'change-total',
    ]);
  });

  it('checks 增减额 = 预算数 − 执行数 on every row', () => {
    testRule(rowSum, {
      valid: [kase('consistent', t5(ROWS))],
      invalid: [
        {
          ...kase('增减额 misprinted', t5(withCell(ROWS, 2, 6, '-4.00'))),
          errors: [{ messageId: 'mismatch', data: { expected: '-5.00' } }],
        },
      ],
    });
  });
});
