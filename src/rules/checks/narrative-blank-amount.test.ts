import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-blank-amount.js';

const doc = (line: string) => narrativeDoc(['三、关于支出预算情况说明', line]);
describe('narrative-blank-amount', () => {
  it('finds units with no number', () => {
    testRule(rule, {
      valid: [
        { name: 'filled', disclosure: doc('项目支出20万元，比上年增加2万元。') },
        {
          name: 'unit declaration and words ending in 元',
          disclosure: doc('金额单位：万元，支出结构多元化。'),
        },
        { name: 'a unit named in a note', disclosure: doc('注：金额转化为万元时，四舍五入可能存在尾差。') },
      ],
      invalid: [
        {
          name: 'blank change',
          disclosure: doc('项目支出20万元，主要原因是援建资金增加  万元。'),
          errors: [{ messageId: 'blank' }],
        },
        {
          name: 'blank total and blank percent',
          disclosure: doc('基本支出    万元，增长  %。'),
          errors: [{ messageId: 'blank' }, { messageId: 'blank' }],
        },
      ],
    });
  });
});
