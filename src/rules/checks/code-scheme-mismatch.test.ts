import { describe, it } from 'vitest';
import { codedTable, disclosureOf } from '../../../test/kits/catalog.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import type { Profile } from '../../profiles/types.js';
import { rule } from './code-scheme-mismatch.js';

const profile: Profile = {
  id: 'p',
  title: 'p',
  kind: 'budget',
  signals: [],
  tables: [
    {
      kind: 'general-budget-expenditure',
      title: '',
      printedAs: '表5',
      shape: 'coded',
      codeScheme: 'function',
      columns: [],
    },
  ],
  identities: [],
  narrative: { id: 'p', subjects: [], classTables: [] },
};

describe('code-scheme-mismatch', () => {
  it('stays quiet on valid documents and fires on invalid ones', () =>
    testRule(rule, {
      valid: [
        {
          name: 'function codes in a function table, department and government economic codes in economic tables',
          disclosure: disclosureOf([
            codedTable('表5', [['2080505', '机关事业单位基本养老保险缴费支出']]),
            codedTable(
              '表6',
              [
                ['30108', '机关事业单位基本养老保险缴费'],
                ['50101', '工资奖金津补贴'],
              ],
              'economic',
            ),
          ]),
        },
      ],
      invalid: [
        {
          name: 'an economic code in a function column and a function code in an economic column',
          disclosure: disclosureOf([
            codedTable('表5', [['30108', '机关事业单位基本养老保险缴费', 5]]),
            codedTable('表6', [['2080505', '机关事业单位基本养老保险缴费支出']], 'economic'),
          ]),
          errors: [
            {
              messageId: 'economicInFunction',
              location: { table: '表5', line: 5 },
              data: { scheme: '部门预算支出经济分类' },
            },
            { messageId: 'functionInEconomic', data: { code: '2080505', scheme: '支出功能分类' } },
          ],
        },
        {
          name: 'the profile says what the table holds, whatever the row says',
          profile,
          disclosure: disclosureOf([
            {
              ...codedTable('表5', [['50101', '工资奖金津补贴']], 'economic'),
              kind: 'general-budget-expenditure',
            },
          ]),
          errors: [{ messageId: 'economicInFunction', data: { scheme: '政府预算支出经济分类' } }],
        },
      ],
    }));
});
