import { describe, it } from 'vitest';
import { rule } from './narrative-count.js';
import { narrativeDoc } from './narrative-testkit.js';
import { testRule } from './tester.js';

const doc = (line: string) => narrativeDoc(['二、机构设置及人员情况', line]);
describe('narrative-count', () => {
  it('compares a count with the items listed after it', () => {
    testRule(rule, {
      valid: [
        { name: 'as many as stated', disclosure: doc('本局下设3个科室，分别是：办公室、财务科、规划科。') },
        { name: 'a count with no list', disclosure: doc('财政拨款项目5个，涉及金额20万元。') },
      ],
      invalid: [
        {
          name: 'one listed too few',
          disclosure: doc('本局下设4个科室，分别是：办公室、财务科、规划科。'),
          errors: [{ messageId: 'mismatch', data: { listed: 3 } }],
        },
        {
          name: 'listed with ;',
          disclosure: doc('共有2个项目，包括：甲项目;乙项目;丙项目。'),
          errors: [{ messageId: 'mismatch', data: { listed: 3 } }],
        },
      ],
    });
  });
});
