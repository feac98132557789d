import { describe, it } from 'vitest';
import { CONSISTENT_T3_ROWS, identityCase, t3, withCell } from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as hierarchy } from './identity-hierarchy.js';

const kase = (name: string, rows: string[][]) => identityCase(name, t3(rows));

describe('identity-hierarchy', () => {
  it('fires when a 款 is not the sum of its 项', () => {
    testRule(hierarchy, {
      valid: [kase('consistent', CONSISTENT_T3_ROWS)],
      invalid: [
        {
          ...kase(
            '项 basic changed so 款 basic ≠ Σ项',
            withCell(withCell(CONSISTENT_T3_ROWS, 2, 5, '21.00'), 2, 4, '21.00'),
          ),
          errors: [
            { messageId: 'mismatch', location: { row: '208 05 行政事业单位养老支出', column: '合计' } },
            { messageId: 'mismatch', location: { row: '208 05 行政事业单位养老支出', column: '基本支出' } },
          ],
        },
      ],
    });
  });
});
