import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-share.js';

const doc = (line: string) => narrativeDoc(['三、关于支出预算情况说明', '支出预算100.00万元，其中：', line]);
describe('narrative-share', () => {
  it('checks 占 Y% against part ÷ whole within the rounding of all three', () => {
    testRule(rule, {
      valid: [
        { name: 'exact', disclosure: doc('基本支出25.00万元，占25%。') },
        { name: 'rounded to a whole percent', disclosure: doc('基本支出80.40万元，占80%。') },
        // 25.00/100.00 may be as low as 24.995/100.005 = 24.99375%: 24.99 stands for [24.985, 24.995].
        { name: 'at the edge of the tolerance', disclosure: doc('基本支出25.00万元，占24.99%。') },
        {
          name: 'a share without a whole is not checked',
          disclosure: narrativeDoc(['三、关于支出预算情况说明', '基本支出25万元，占99%。']),
        },
      ],
      invalid: [
        {
          name: 'just beyond the tolerance',
          disclosure: doc('基本支出25.00万元，占24.98%。'),
          errors: [{ messageId: 'mismatch', data: { rounded: '25.00' } }],
        },
        {
          name: 'plainly wrong',
          disclosure: doc('基本支出3.00万元，占7%。'),
          errors: [{ messageId: 'mismatch', data: { rounded: '3', whole: '100.00万元' } }],
        },
      ],
    });
  });
});
