import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-numbering.js';

const doc = (...lines: string[]) => narrativeDoc(['五、关于一般公共预算当年拨款情况说明', ...lines]);
describe('narrative-numbering', () => {
  it('finds gaps, repeats and look-alike numerals', () => {
    testRule(rule, {
      valid: [
        {
          name: 'consecutive paragraphs',
          disclosure: doc('1.甲支出5万元。', '2.乙支出6万元。', '3.丙支出7万元。'),
        },
        {
          name: 'a new list restarts at 1',
          disclosure: doc('1.甲支出5万元。', '2.乙支出6万元。', '1.丙支出7万元。'),
        },
        {
          name: 'inline list with mixed 、 and .',
          disclosure: doc('依据：1、甲文件；2、乙文件；3.丙文件。'),
        },
      ],
      invalid: [
        {
          name: 'paragraph gap',
          disclosure: doc('1.甲支出5万元。', '2.乙支出6万元。', '4.丁支出7万元。'),
          errors: [{ messageId: 'gap', data: { missing: '3' } }],
        },
        {
          name: 'inline repeat',
          disclosure: doc('主要原因：一是人员增加；二是工资调整；二是项目增加。'),
          errors: [{ messageId: 'repeat' }],
        },
        {
          name: 'headings with a look-alike numeral',
          disclosure: narrativeDoc(['一、甲', '说明一。', '二、乙', '说明二。', '四、丁', '说明四。']),
          errors: [{ messageId: 'gap', data: { missing: '3' } }],
        },
        {
          name: 'look-alike',
          disclosure: doc('（十ー）其他事项说明如下，详见附件。'),
          errors: [{ messageId: 'lookalike' }],
        },
      ],
    });
  });
});
