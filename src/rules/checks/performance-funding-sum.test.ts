import { describe, it } from 'vitest';
import { narrativeDoc, perfTable } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './performance-funding-sum.js';

const doc = (...perf: string[]) =>
  narrativeDoc(['十一、其他重要事项的情况说明', '（四）预算绩效情况'], undefined, perf);
describe('performance-funding-sum', () => {
  it('checks 年度预算总额 = 财政拨款 + 其他资金', () => {
    testRule(rule, {
      valid: [
        { name: 'fiscal only, other blank', disclosure: doc(perfTable('河道保洁', '10', '10', '', ['100'])) },
        { name: 'two sources', disclosure: doc(perfTable('路灯维修', '12.50', '10.00', '2.50', ['100'])) },
      ],
      invalid: [
        {
          name: 'sources short of the total',
          disclosure: doc(perfTable('河道保洁', '12', '10', '0', ['100'])),
          errors: [{ messageId: 'mismatch', data: { difference: '2' } }],
        },
      ],
    });
  });
});
