import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-year.js';

// The fixture's tables and part headings are of 2024 (第三部分 2024年部门预算情况说明): a 2024 budget.
const doc = (...lines: string[]) => narrativeDoc(['一、关于2024年收支预算情况的总体说明', ...lines]);
describe('narrative-year', () => {
  it('finds years that contradict the document year', () => {
    testRule(rule, {
      valid: [
        {
          name: 'compared with the year before',
          disclosure: doc('收入预算100万元，比2023年预算增加5万元。'),
        },
        { name: 'spaced year', disclosure: doc('与 2023 年度相比，支出增加5万元。') },
        { name: 'assets as of last year end', disclosure: doc('截至2023年12月31日，共有车辆2辆。') },
        { name: 'assets as of mid-year', disclosure: doc('截至2024年8月31日，共有车辆2辆。') },
      ],
      invalid: [
        {
          name: 'compared with the same year',
          disclosure: doc('收入预算100万元，比2024年预算增加5万元。'),
          errors: [{ messageId: 'compared', data: { said: 2024, expected: 2023 }, severity: 'error' }],
        },
        {
          name: 'compared with a year long gone',
          disclosure: doc('收入预算100万元，比2021年预算增加5万元。'),
          errors: [{ messageId: 'compared', severity: 'warning' }],
        },
        {
          name: 'a budget speaking of the end of its own year',
          disclosure: doc('截至2024年12月31日，共有车辆2辆。'),
          errors: [{ messageId: 'asOf' }],
        },
        {
          name: 'a part heading of another year',
          disclosure: narrativeDoc(['第四部分 2023年部门绩效目标情况说明', '本部门绩效目标见下表。']),
          errors: [{ messageId: 'part', data: { said: '2023' } }],
        },
      ],
    });
  });
});
