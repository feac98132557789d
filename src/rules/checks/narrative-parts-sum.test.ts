import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-parts-sum.js';

const doc = (...lines: string[]) => narrativeDoc(['十一、其他重要事项的情况说明', ...lines]);
describe('narrative-parts-sum', () => {
  it('adds the listed parts against the stated whole', () => {
    testRule(rule, {
      valid: [
        {
          name: 'exact',
          disclosure: doc('政府采购预算50.5万元，其中：货物预算20.5万元，工程预算0万元，服务预算30万元。'),
        },
        {
          name: 'across paragraphs',
          disclosure: doc('支出预算100万元，其中：', '基本支出80万元，占80%。', '项目支出20万元。'),
        },
        {
          name: 'a selection (主要用于) below the whole',
          disclosure: doc('城乡社区支出60万元，主要用于人员经费20万元、公用经费10万元。'),
        },
        { name: 'a single 其中 part', disclosure: doc('预留预算40万元，其中：面向小微企业30万元。') },
      ],
      invalid: [
        {
          name: 'parts exceed the whole',
          disclosure: doc('城乡社区支出60万元，主要用于人员经费40万元、公用经费30万元。'),
          errors: [{ messageId: 'exceeds', data: { sum: '70', difference: '10' } }],
        },
        {
          name: 'a full list short of the whole',
          disclosure: doc('三公经费10万元，其中：公务接待费2万元，公务用车运行费5万元。'),
          errors: [{ messageId: 'short', data: { difference: '3' } }],
        },
        // 0.99 against 1.00: inside the parts' rounding intervals (±0.02), still not balanced as printed.
        {
          name: 'a gap rounding explains',
          disclosure: doc('经费1.00万元，其中：甲0.33万元，乙0.33万元，丙0.33万元。'),
          errors: [{ messageId: 'rounding' }],
        },
      ],
    });
  });
});
