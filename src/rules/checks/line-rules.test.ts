import { describe, it } from 'vitest';
import {
  CONSISTENT_T1_ROWS,
  CONSISTENT_T10_ROWS,
  evaluated,
  t1,
  t3,
  t10,
  toDisclosure,
  withCell,
} from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as balance } from './identity-balance.js';
import { rule as crossTable } from './identity-cross-table.js';
import { rule as lineSum } from './identity-line-sum.js';
import { rule as ofWhich } from './of-which-exceeds-parent.js';

function kase(name: string, ...tables: string[]) {
  const disclosure = toDisclosure(...tables);
  return { name, disclosure, identities: evaluated(disclosure) };
}

describe('identity-line-sum', () => {
  it('checks 本年收入 = Σ numbered sources and 三公 合计 = Σ its three lines', () => {
    testRule(lineSum, {
      valid: [kase('consistent 表1 and 表10', t1(), t10())],
      invalid: [
        {
          ...kase('本年收入 misprinted', t1(withCell(CONSISTENT_T1_ROWS, 0, 1, '96.50'))),
          // One misprint breaks both lines it takes part in; the localizer later names the one cell.
          errors: [
            {
              messageId: 'mismatch',
              location: { table: '表1', row: '一、本年收入' },
              data: { expected: '95.50' },
            },
            {
              messageId: 'mismatch',
              location: { table: '表1', row: '收入总计' },
              data: { expected: '101.50' },
            },
          ],
        },
        {
          ...kase('三公 vehicle subtotal misprinted', t10(withCell(CONSISTENT_T10_ROWS, 3, 1, '4.00'))),
          errors: [
            { messageId: 'mismatch', location: { row: '合计', column: '合计' } },
            { messageId: 'mismatch', location: { row: '公务用车购置及运行费', column: '合计' } },
          ],
        },
      ],
    });
  });
});

describe('identity-balance', () => {
  it('requires 收入总计 = 支出总计 exactly', () => {
    testRule(balance, {
      valid: [kase('balanced', t1())],
      invalid: [
        {
          ...kase('off by one cent', t1(withCell(CONSISTENT_T1_ROWS, 7, 3, '100.51'))),
          errors: [{ messageId: 'mismatch', data: { difference: '-0.01' } }],
        },
      ],
    });
  });
});

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

describe('of-which-exceeds-parent', () => {
  it('fires when 其中 lines add to more than their line', () => {
    testRule(ofWhich, {
      valid: [kase('consistent', t1())],
      invalid: [
        {
          ...kase('其中 larger than 单位资金', t1(withCell(CONSISTENT_T1_ROWS, 3, 1, ''))),
          errors: [{ messageId: 'mismatch', location: { row: '2.单位资金' }, data: { difference: '10.00' } }],
        },
      ],
    });
  });
});
