import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-placeholder.js';

const doc = (line: string) => narrativeDoc(['一、部门概况', line]);
describe('narrative-placeholder', () => {
  it('finds template placeholders', () => {
    testRule(rule, {
      valid: [{ name: 'filled in', disclosure: doc('测试市示例局负责全市示例工作，共3次*10人。') }],
      invalid: [
        {
          name: 'XX and ××',
          disclosure: doc('ＸＸ局负责20××年全市示例工作。'),
          errors: [
            { messageId: 'placeholder', data: { token: 'XX' } },
            { messageId: 'placeholder', data: { token: '××' } },
          ],
        },
        {
          name: 'empty brackets before a unit',
          disclosure: doc('项目支出（  ）万元。'),
          errors: [{ messageId: 'placeholder' }],
        },
      ],
    });
  });
});
