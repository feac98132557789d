import { describe, expect, it } from 'vitest';
import {
  CONSISTENT_T3_ROWS,
  codedTable,
  t1,
  t3,
  toDisclosure,
  withCell,
} from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { nationalBudget } from '../../profiles/national-budget.js';
import { rule as codePrefix } from './code-prefix.js';
import { rule as duplicateCode } from './duplicate-code.js';
import { rule as emptyTableNote } from './empty-table-note.js';
import { rule as tableMissing } from './table-missing.js';

const EMPTY_T8 = codedTable('表8', '政府性基金预算支出情况表', [
  ['', '', '', '', '', '', ''],
  ['', '', '', '合计', '', '', ''],
]);

describe('code-prefix', () => {
  it('fires on a 项 whose 款 is not printed (mistyped 款 code above it)', () => {
    testRule(codePrefix, {
      valid: [{ name: 'consistent', disclosure: toDisclosure(t3()) }],
      invalid: [
        {
          name: '款 208 05 printed as 208 01',
          disclosure: toDisclosure(t3(withCell(CONSISTENT_T3_ROWS, 1, 1, '01'))),
          errors: [
            {
              messageId: 'orphan',
              location: { row: '208 05 05 机关事业单位基本养老保险缴费支出' },
              data: { parent: '208 05' },
            },
            { messageId: 'orphan', location: { row: '208 05 06 机关事业单位职业年金缴费支出' } },
          ],
        },
      ],
    });
  });
});

describe('duplicate-code', () => {
  it('fires when a code appears twice in one table', () => {
    const rows = [
      ...CONSISTENT_T3_ROWS.slice(0, 4),
      ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '0.00', '', ''],
      ...CONSISTENT_T3_ROWS.slice(4),
    ];
    testRule(duplicateCode, {
      valid: [{ name: 'consistent', disclosure: toDisclosure(t3()) }],
      invalid: [
        {
          name: 'duplicated 项',
          disclosure: toDisclosure(t3(rows)),
          errors: [{ messageId: 'duplicate', data: { code: '2080505' } }],
        },
      ],
    });
  });
});

describe('duplicate-code in flat lists of codes', () => {
  const leaf = (code: string, name: string, amount: string) => [
    code.slice(0, 3),
    code.slice(3, 5),
    code.slice(5),
    name,
    amount,
    amount,
    '',
  ];
  const unitA = [
    leaf('2010501', '行政运行', '50.00'),
    leaf('2080505', '机关事业单位基本养老保险缴费支出', '8.00'),
  ];
  const unitB = [
    leaf('2010501', '行政运行', '30.00'),
    leaf('2080505', '机关事业单位基本养老保险缴费支出', '5.00'),
  ];
  const total = ['', '', '', '合计', '93.00', '93.00', ''];
  const five = (amount: string) =>
    ['2010501', '2010502', '2080505', '2080506', '2210201'].map((c) => leaf(c, '行政运行', amount));
  it('reads ascending runs that repeat as units stacked without names, and warns on unsorted repeats', () => {
    testRule(duplicateCode, {
      valid: [
        { name: 'two blocks in code order', disclosure: toDisclosure(t3([...unitA, ...unitB, total])) },
      ],
      invalid: [
        {
          name: 'one code twice, different amounts, no parent rows',
          disclosure: toDisclosure(t3([...unitA, unitB[0], total])),
          errors: [{ messageId: 'stacked', severity: 'warning', data: { code: '2010501' } }],
        },
        {
          name: 'many codes repeated out of order: one warning for the table',
          disclosure: toDisclosure(t3([...five('1.00'), ...five('2.00').reverse(), total])),
          errors: [{ messageId: 'stackedMany', severity: 'warning', data: { count: 5 } }],
        },
        {
          name: 'the same line printed twice',
          disclosure: toDisclosure(t3([...unitA, unitA[0], total])),
          errors: [{ messageId: 'duplicate', severity: 'error', data: { code: '2010501' } }],
        },
      ],
    });
  });
});

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

describe('table-missing', () => {
  it('lists required tables of the layout that were not found', () => {
    const all = toDisclosure(t1(), t3());
    expect(all.missing.map((m) => m.kind)).toContain('general-budget-expenditure');
    testRule(tableMissing, {
      valid: [{ name: 'nothing missing', disclosure: { ...all, missing: [] } }],
      invalid: [
        {
          name: 'only 表1 and 表3',
          disclosure: all,
          errors: all.missing.map(() => ({ messageId: 'missing' })),
        },
      ],
    });
  });
});
