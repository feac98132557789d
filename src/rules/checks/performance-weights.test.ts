import { describe, it } from 'vitest';
import { narrativeDoc, perfTable } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './performance-weights.js';

const doc = (...perf: string[]) =>
  narrativeDoc(['十一、其他重要事项的情况说明', '（四）预算绩效情况'], undefined, perf);
describe('performance-weights', () => {
  it("checks the weights against 100 or the document's scheme", () => {
    testRule(rule, {
      valid: [
        {
          name: '100 each',
          disclosure: doc(
            perfTable('甲', '1', '1', '', ['50', '30', '10', '10']),
            perfTable('乙', '1', '1', '', ['60', '40']),
          ),
        },
        {
          name: 'every table 90 (满意度 scored elsewhere)',
          disclosure: doc(
            perfTable('甲', '1', '1', '', ['50', '30', '10']),
            perfTable('乙', '1', '1', '', ['60', '20', '10']),
          ),
        },
      ],
      invalid: [
        {
          name: 'over 100',
          disclosure: doc(perfTable('甲', '1', '1', '', ['60', '50'])),
          errors: [{ messageId: 'over' }],
        },
        {
          name: 'one table off the others and missing a group',
          disclosure: doc(
            perfTable('甲', '1', '1', '', ['50', '30', '10']),
            perfTable('乙', '1', '1', '', ['60', '20', '10']),
            perfTable('丙', '1', '1', '', ['40', '20']),
          ),
          errors: [{ messageId: 'offScheme', data: { project: '丙', sum: '60', common: '90' } }],
        },
      ],
    });
  });
});
