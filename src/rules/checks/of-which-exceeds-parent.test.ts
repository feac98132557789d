import { describe, it } from 'vitest';
import { CONSISTENT_T1_ROWS, identityCase, t1, withCell } from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as ofWhich } from './of-which-exceeds-parent.js';

const kase = identityCase;

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
