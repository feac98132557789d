import { describe, it } from 'vitest';
import { codedTable, disclosureOf } from '../../../test/kits/catalog.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './catalog-unknown-code.js';

describe('catalog-unknown-code', () => {
  it('stays quiet on valid documents and fires on invalid ones', () =>
    testRule(rule, {
      valid: [
        {
          name: 'known codes of both classifications, a retired one, and non-classification numbers',
          disclosure: disclosureOf([
            codedTable('表5', [
              ['2120101', '行政运行'],
              ['20115', '工商行政管理事务'],
              ['101', '税收收入'],
            ]),
            codedTable('表6', [['30101', '基本工资']], 'economic'),
          ]),
        },
      ],
      invalid: [
        {
          name: 'a typo in a 项 code, pointing at the owner of the name',
          disclosure: disclosureOf([codedTable('表5', [['2120111', '行政运行', 7]])]),
          errors: [
            {
              messageId: 'unknownNamed',
              location: { table: '表5', line: 7 },
              data: { code: '2120111', owner: '2120101' },
            },
          ],
        },
        {
          name: 'a code printed on many rows of one table (units stacked) is told once',
          disclosure: disclosureOf([
            codedTable('表5', [
              ['2160298', '商业流通发展支出', 3],
              ['2160298', '商业流通发展支出', 9],
            ]),
          ]),
          errors: [{ messageId: 'unknown', location: { table: '表5', line: 3 } }],
        },
        {
          name: 'an economic code nobody has',
          disclosure: disclosureOf([codedTable('表6', [['30298', '某费']], 'economic')]),
          errors: [{ messageId: 'unknown', data: { code: '30298', name: '某费' } }],
        },
      ],
    }));
});
