import { describe, it } from 'vitest';
import { CONSISTENT_T3_ROWS, t3, toDisclosure, withCell } from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as codePrefix } from './code-prefix.js';

describe('code-prefix', () => {
  it('fires on a 项 whose 款 is not printed (mistyped 款 code above it)', () => {
    testRule(codePrefix, {
      valid: [{ name: 'consistent', disclosure: toDisclosure(t3()) }],
      invalid: [
        {
          name: '款 208 05 printed as 208 01',
          disclosure: toDisclosure(t3(withCell(CONSISTENT_T3_ROWS, 1, 1, '01'))),
          errors: [
            {
              messageId: 'orphan',
              location: { row: '208 05 05 机关事业单位基本养老保险缴费支出' },
              data: { parent: '208 05' },
            },
            { messageId: 'orphan', location: { row: '208 05 06 机关事业单位职业年金缴费支出' } },
          ],
        },
      ],
    });
  });
});
