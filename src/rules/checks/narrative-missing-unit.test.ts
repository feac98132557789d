import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-missing-unit.js';

const doc = (line: string) => narrativeDoc(['二、关于收入预算情况说明', line]);
describe('narrative-missing-unit', () => {
  it('finds a bare amount among amounts with units', () => {
    testRule(rule, {
      valid: [
        { name: 'all with units', disclosure: doc('收入包括：一般公共预算90万元，单位资金10万元。') },
        { name: 'a bare number with no money around', disclosure: doc('目标1：完成巡检任务。') },
      ],
      invalid: [
        {
          name: 'bare carry-over',
          disclosure: doc('收入包括：一般公共预算90万元，财政拨款结转结余8.5。'),
          errors: [{ messageId: 'missing', data: { printed: '8.5', unit: '万元' } }],
        },
      ],
    });
  });
});
