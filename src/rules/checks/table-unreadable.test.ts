import { describe, expect, it } from 'vitest';
import { CONSISTENT_T3_ROWS, evaluated, t3, toDisclosure, withCell } from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { nationalBudget } from '../../profiles/national-budget.js';
import { runRules } from '../index.js';
import { rule } from './table-unreadable.js';

/** Every amount row with its 合计 column doubled: what a misread column gives, not a misprint. */
const SHIFTED = CONSISTENT_T3_ROWS.map((r) =>
  r[4] === '' ? r : [...r.slice(0, 4), (Number(r[4]) * 2).toFixed(2), ...r.slice(5)],
);

function kase(name: string, rows: string[][]) {
  const disclosure = toDisclosure(t3(rows));
  return { name, disclosure, identities: evaluated(disclosure) };
}

describe('table-unreadable', () => {
  it('doubts a table where most identities fail, and not one with a single misprint', () => {
    testRule(rule, {
      valid: [
        kase('consistent', CONSISTENT_T3_ROWS),
        kase('one misprint', withCell(CONSISTENT_T3_ROWS, 6, 4, '51.25')),
      ],
      invalid: [
        {
          ...kase('合计 column misread', SHIFTED),
          errors: [{ messageId: 'doubtful', data: { table: '表3' } }],
        },
      ],
    });
  });

  it('lowers the doubtful table’s errors to warnings, and keeps a single misprint an error', () => {
    const errors = (rows: string[][]) =>
      runRules(toDisclosure(t3(rows)), nationalBudget).findings.filter((f) => f.severity === 'error');
    expect(errors(SHIFTED)).toEqual([]);
    expect(errors(withCell(CONSISTENT_T3_ROWS, 6, 4, '51.25')).length).toBeGreaterThan(0);
  });
});
