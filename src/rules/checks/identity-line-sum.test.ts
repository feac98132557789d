import { describe, it } from 'vitest';
import {
  CONSISTENT_T1_ROWS,
  CONSISTENT_T10_ROWS,
  identityCase,
  t1,
  t10,
  withCell,
} from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as lineSum } from './identity-line-sum.js';

const kase = identityCase;

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
