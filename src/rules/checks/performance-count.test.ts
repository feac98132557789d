import { describe, it } from 'vitest';
import { narrativeDoc, perfTable } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './performance-count.js';

const PERF = [
  perfTable('甲', '10', '10', '', ['100']),
  perfTable('乙', '5.5', '5.5', '', ['100']),
  perfTable('丙', '3', '', '3', ['100']),
];
const doc = (line: string) =>
  narrativeDoc(['十一、其他重要事项的情况说明', '（四）预算绩效情况', line], undefined, PERF);
describe('performance-count', () => {
  it("compares the narrative's count and amount with the performance tables", () => {
    testRule(rule, {
      valid: [
        {
          name: 'both kinds agree',
          disclosure: doc(
            '实行绩效目标管理的财政拨款项目2个，涉及预算金额15.5万元；非财政拨款项目1个，涉及预算金额3万元。',
          ),
        },
        { name: 'all projects', disclosure: doc('实行绩效目标管理的项目3个，涉及预算金额18.5万元。') },
        {
          name: 'a project printed again in its 单位 set counts once',
          disclosure: narrativeDoc(
            [
              '十一、其他重要事项的情况说明',
              '（四）预算绩效情况',
              '实行绩效目标管理的项目3个，涉及预算金额18.5万元。',
            ],
            undefined,
            [...PERF, PERF[0]],
          ),
        },
      ],
      invalid: [
        {
          name: 'count off',
          disclosure: doc('绩效管理的财政拨款项目3个，涉及预算金额15.5万元。'),
          errors: [{ messageId: 'count', data: { actual: 2 } }],
        },
        {
          name: 'amount off',
          disclosure: doc('绩效管理的非财政拨款项目1个，涉及预算金额4万元。'),
          errors: [{ messageId: 'amount', data: { actual: '3' } }],
        },
      ],
    });
  });
});
