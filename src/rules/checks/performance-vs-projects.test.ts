import { describe, it } from 'vitest';
import { narrativeDoc, perfTable, T1, T3, T5, T7 } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './performance-vs-projects.js';

const TABLES = [T1, T3, T5, T7];
const SECTION = '七、关于一般公共预算项目支出情况说明';
const doc = (narrative: string[], perf: string[]) => narrativeDoc([SECTION, ...narrative], TABLES, perf);
const ok = [perfTable('河道保洁', '10', '10', '', ['100']), perfTable('路灯维修项目', '5', '5', '', ['100'])];
describe('performance-vs-projects', () => {
  it('matches projects of 表7, the performance tables and the narrative', () => {
    testRule(rule, {
      valid: [
        {
          name: 'all agree',
          disclosure: doc(
            ['项目名称：河道保洁项目', '预算安排规模：10万元', '项目名称：路灯维修', '预算安排规模：5万元'],
            ok,
          ),
        },
        { name: 'no narrative project list', disclosure: doc(['本年无其他项目。'], ok) },
      ],
      invalid: [
        {
          name: 'amount, funding source, missing project',
          disclosure: doc(
            [],
            [
              perfTable('河道保洁', '12', '12', '', ['100']),
              perfTable('路灯维修', '5', '', '5', ['100']),
              perfTable('公园绿化', '8', '8', '', ['100']),
            ],
          ),
          errors: [
            { messageId: 'amountVsPerformance', data: { project: '河道保洁项目', otherAmount: '12' } },
            { messageId: 'fundingSource', data: { project: '路灯维修项目' } },
            { messageId: 'missingInT7', data: { project: '公园绿化' } },
          ],
        },
        {
          name: 'narrative list disagrees',
          disclosure: doc(
            ['项目名称：河道保洁项目', '预算安排规模：9万元', '项目名称：桥梁检测', '预算安排规模：5万元'],
            ok,
          ),
          errors: [
            { messageId: 'narrativeNotInT7', data: { project: '桥梁检测' } },
            { messageId: 't7NotInNarrative', data: { project: '路灯维修项目' } },
            { messageId: 'narrativeVsPerformance', data: { project: '河道保洁项目', otherAmount: '10' } },
          ],
        },
      ],
    });
  });
});
