import { describe, expect, it } from 'vitest';
import { t1, t3, toDisclosure } from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as tableMissing } from './table-missing.js';

describe('table-missing', () => {
  it('lists required tables of the layout that were not found', () => {
    const all = toDisclosure(t1(), t3());
    expect(all.missing.map((m) => m.kind)).toContain('general-budget-expenditure');
    testRule(tableMissing, {
      valid: [{ name: 'nothing missing', disclosure: { ...all, missing: [] } }],
      invalid: [
        {
          name: 'only 表1 and 表3',
          disclosure: all,
          errors: all.missing.map(() => ({ messageId: 'missing' })),
        },
      ],
    });
  });
});
