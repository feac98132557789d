import { describe, it } from 'vitest';
import { codedTable, disclosureOf } from '../../../test/kits/catalog.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './catalog-code-out-of-years.js';

describe('catalog-code-out-of-years', () => {
  it('stays quiet on valid documents and fires on invalid ones', () =>
    testRule(rule, {
      valid: [
        {
          name: 'codes in force in the year',
          disclosure: disclosureOf(
            [
              codedTable('表5', [
                ['20138', '市场监督管理事务'],
                ['21398', '超长期特别国债安排的支出'],
              ]),
            ],
            2025,
          ),
        },
        {
          name: 'no year, no check',
          disclosure: disclosureOf([codedTable('表5', [['234', '抗疫特别国债安排的支出']])], undefined),
        },
        {
          name: 'a retired code before it was retired',
          disclosure: disclosureOf([codedTable('表5', [['20115', '工商行政管理事务']])], 2018),
        },
      ],
      invalid: [
        {
          name: 'a retired code and a code not yet created',
          disclosure: disclosureOf(
            [
              codedTable('表5', [
                ['20115', '工商行政管理事务', 3],
                ['21398', '超长期特别国债安排的支出'],
              ]),
            ],
            2023,
          ),
          errors: [
            {
              messageId: 'outOfYears',
              location: { table: '表5', line: 3 },
              data: { code: '20115', years: '2018年及以前', year: 2023 },
            },
            { messageId: 'outOfYears', data: { code: '21398', years: '2024年起' } },
          ],
        },
        {
          name: '234 before 2020',
          disclosure: disclosureOf([codedTable('表1', [['234', '抗疫特别国债安排的支出']])], 2019),
          errors: [{ messageId: 'outOfYears', data: { years: '2020年起' } }],
        },
      ],
    }));
});
