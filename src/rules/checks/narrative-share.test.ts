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
        {
          name: 'the whole the words name',
          disclosure: narrativeDoc([
            '三、关于支出预算情况说明',
            '本年支出合计100.00万元。',
            '一般公共预算财政拨款支出80.00万元，占本年支出合计的80.00%。',
          ]),
        },
        // The words name a whole nowhere stated: the share is unresolved, never of its list's whole.
        { name: 'a named whole not stated', disclosure: doc('基本支出25.00万元，占部门预算总额的7%。') },
      ],
      invalid: [
        {
          name: 'the named whole, just beyond the tolerance',
          disclosure: narrativeDoc([
            '三、关于支出预算情况说明',
            '本年支出合计100.00万元。',
            '一般公共预算财政拨款支出80.00万元，占本年支出合计的80.02%。',
          ]),
          errors: [{ messageId: 'mismatch', data: { whole: '100.00万元' }, severity: 'error' }],
        },
        // 29.42/307.82 = 9.5575% prints as 9.56; 9.55 makes the four shares add to exactly 100.00%.
        {
          name: 'a last share nudged to make 100%',
          disclosure: narrativeDoc([
            '三、关于支出预算情况说明',
            '支出307.82万元，其中：一般公共服务支出264.87万元，占86.05%；社会保障和就业支出10.82万元，占3.52%；卫生健康支出2.71万元，占0.88%；住房保障支出29.42万元，占9.55%。',
          ]),
          errors: [{ messageId: 'balancing', severity: 'warning' }],
        },
        {
          name: 'one unit off, but the shares do not add to 100%',
          disclosure: narrativeDoc([
            '三、关于支出预算情况说明',
            '支出307.82万元，其中：一般公共服务支出264.87万元，占86.05%；社会保障和就业支出10.82万元，占3.52%；卫生健康支出2.71万元，占0.88%；住房保障支出29.42万元，占9.54%。',
          ]),
          errors: [{ messageId: 'mismatch', severity: 'error' }],
        },
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
