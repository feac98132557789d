import { describe, it } from 'vitest';
import { CONSISTENT_T3_ROWS, t3, toDisclosure } from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as duplicateCode } from './duplicate-code.js';

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
