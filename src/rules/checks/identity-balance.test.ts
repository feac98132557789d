import { describe, it } from 'vitest';
import { CONSISTENT_T1_ROWS, identityCase, t1, withCell } from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as balance } from './identity-balance.js';

const kase = identityCase;

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
