import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-count.js';

const doc = (line: string) => narrativeDoc(['二、机构设置及人员情况', line]);
describe('narrative-count', () => {
  it('compares a count with the items listed after it', () => {
    testRule(rule, {
      valid: [
        { name: 'as many as stated', disclosure: doc('本局下设3个科室，分别是：办公室、财务科、规划科。') },
        { name: 'a count with no list', disclosure: doc('财政拨款项目5个，涉及金额20万元。') },
        {
          name: 'the list ends at its clause',
          disclosure: doc(
            '内设处室3个，分别是办公室、财务处、规划处，另设置机关党委、离退休人员工作处等2个处室。',
          ),
        },
        {
          name: 'the count names part of the list (及)',
          disclosure: doc('局本级内设3个处室及机关党委，分别是办公室、财务处、规划处、机关党委。'),
        },
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
