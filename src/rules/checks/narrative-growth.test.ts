import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-growth.js';

const doc = (line: string) => narrativeDoc(['三、关于支出预算情况说明', line]);
describe('narrative-growth', () => {
  it('checks G against D / (X − D) within rounding', () => {
    testRule(rule, {
      valid: [
        { name: 'increase', disclosure: doc('基本支出110.00万元，比上年增加10.00万元，增长10%。') },
        { name: 'decrease', disclosure: doc('项目支出90.00万元，比上年减少10.00万元，下降10%。') },
        // 10.00/100.00 may be as low as 9.995/100.01 = 9.9940%: 9.99 stands for [9.985, 9.995].
        {
          name: 'at the edge of the tolerance',
          disclosure: doc('基本支出110.00万元，比上年增加10.00万元，增长9.99%。'),
        },
        { name: 'no change', disclosure: doc('公务接待费0万元，比上年增加0万元，增长0%。') },
        {
          name: 'full-width digits and a spaced %',
          disclosure: doc('基本支出１１０万元，比上年增加１０万元，增长１０ ％。'),
        },
      ],
      invalid: [
        {
          name: 'just beyond the tolerance',
          disclosure: doc('基本支出110.00万元，比上年增加10.00万元，增长9.98%。'),
          errors: [{ messageId: 'mismatch', data: { rounded: '10.00' } }],
        },
        {
          name: 'decrease computed on the wrong base',
          disclosure: doc('项目支出80万元，比上年减少20万元，下降25%。'),
          errors: [{ messageId: 'mismatch', data: { rounded: '20' } }],
        },
        {
          name: 'growth from a zero base',
          disclosure: doc('职业年金12.5万元，比上年增加12.5万元，增长100%。'),
          errors: [{ messageId: 'zeroBase' }],
        },
        {
          name: 'direction words disagree',
          disclosure: doc('基本支出110万元，比上年增加10万元，下降10%。'),
          errors: [{ messageId: 'direction' }],
        },
      ],
    });
  });
});
