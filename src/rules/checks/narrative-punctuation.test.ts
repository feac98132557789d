import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-punctuation.js';

const doc = (line: string) => narrativeDoc(['十一、其他重要事项的情况说明', line]);
describe('narrative-punctuation', () => {
  it('finds doubled full stops and unpaired quotation marks', () => {
    testRule(rule, {
      valid: [
        {
          name: 'paired quotes',
          disclosure: doc('“三公”经费预算1.00万元。机关运行经费按“过紧日子”要求安排。'),
        },
        { name: 'an ellipsis', disclosure: doc('主要包括办公费、印刷费……等支出。') },
        {
          name: 'a quotation cut by a line break',
          disclosure: narrativeDoc(['十一、其他重要事项', '围绕“', '首都现代化”开展研究。']),
        },
      ],
      invalid: [
        {
          name: 'doubled full stop',
          disclosure: doc('主要用于人员经费。。'),
          errors: [{ messageId: 'doubleStop' }],
        },
        {
          name: 'a quote never closed',
          disclosure: doc('机关运行经费按“过紧日子要求安排。'),
          errors: [{ messageId: 'quotes', data: { open: 1, close: 0 } }],
        },
      ],
    });
  });
});
