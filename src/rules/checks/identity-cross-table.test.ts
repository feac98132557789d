import { describe, it } from 'vitest';
import { CONSISTENT_T1_ROWS, identityCase, t1, t3, withCell } from '../../../test/kits/disclosures.js';
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
