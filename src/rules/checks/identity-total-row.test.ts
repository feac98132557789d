import { describe, it } from 'vitest';
import { CONSISTENT_T3_ROWS, identityCase, t3, withCell } from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as totalRow } from './identity-total-row.js';

const kase = (name: string, rows: string[][]) => identityCase(name, t3(rows));

describe('identity-total-row', () => {
  it('fires when 合计 is not the sum of the 类 rows', () => {
    testRule(totalRow, {
      valid: [kase('consistent', CONSISTENT_T3_ROWS)],
      invalid: [
        {
          ...kase('合计 changed', withCell(CONSISTENT_T3_ROWS, 8, 5, '80.35')),
          errors: [
            {
              messageId: 'mismatch',
              location: { row: '合计', column: '基本支出' },
              data: { expected: '80.25' },
            },
          ],
        },
      ],
    });
  });
});
