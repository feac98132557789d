import { describe, it } from 'vitest';
import { CONSISTENT_T3_ROWS, codedTable, t3, toDisclosure } from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { nationalBudget } from '../../profiles/national-budget.js';
import { rule as emptyTableNote } from './empty-table-note.js';

const EMPTY_T8 = codedTable('表8', '政府性基金预算支出情况表', [
  ['', '', '', '', '', '', ''],
  ['', '', '', '合计', '', '', ''],
]);

describe('empty-table-note', () => {
  it('wants a note under an empty 表8 and no "empty" note under a table with amounts', () => {
    const note = '本单位没有使用政府性基金预算拨款安排的支出，本表为空表。';
    testRule(emptyTableNote, {
      valid: [
        {
          name: 'empty with note',
          disclosure: toDisclosure(`${EMPTY_T8}\n${note}\n`),
          profile: nationalBudget,
        },
        {
          name: 'empty with the note 深圳 prints',
          disclosure: toDisclosure(`${EMPTY_T8}\n注：本表本年无发生额。\n`),
          profile: nationalBudget,
        },
        { name: 'table with amounts, no note', disclosure: toDisclosure(t3()), profile: nationalBudget },
      ],
      invalid: [
        {
          name: 'empty without note',
          disclosure: toDisclosure(EMPTY_T8),
          profile: nationalBudget,
          errors: [{ messageId: 'missingNote', data: { table: '表8' } }],
        },
        {
          name: 'note says empty but amounts printed',
          disclosure: toDisclosure(
            `${codedTable('表8', '政府性基金预算支出情况表', CONSISTENT_T3_ROWS)}\n${note}\n`,
          ),
          profile: nationalBudget,
          errors: [{ messageId: 'contradictingNote' }],
        },
      ],
    });
  });
});
