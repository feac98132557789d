import { describe, expect, it } from 'vitest';
import { CONSISTENT_T3_ROWS, identityCase, t3, withCell } from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as rowSum } from './identity-row-sum.js';

const kase = (name: string, rows: string[][]) => identityCase(name, t3(rows));

describe('identity-row-sum', () => {
  it('fires on a row whose 合计 is not 基本 + 项目, and stays quiet on a balanced table', () => {
    testRule(rowSum, {
      valid: [kase('consistent 表3', CONSISTENT_T3_ROWS)],
      invalid: [
        {
          ...kase('行政运行 合计 changed', withCell(CONSISTENT_T3_ROWS, 6, 4, '51.25')),
          errors: [
            {
              messageId: 'mismatch',
              location: { table: '表3', row: '212 01 01 行政运行', column: '合计' },
              data: { expected: '50.25', actual: '51.25' },
            },
          ],
        },
      ],
    });
  });

  it('calls a one-cent gap that rounding explains a warning, not an error', () => {
    const rows = withCell(withCell(CONSISTENT_T3_ROWS, 6, 4, '50.26'), 5, 4, '70.51');
    const c = kase('one cent', withCell(rows, 4, 4, '70.51'));
    const reports: { severity?: string }[] = [];
    rowSum.check({
      ...c,
      profile: {
        id: 'x',
        title: 'x',
        kind: 'budget',
        signals: [],
        tables: [],
        identities: [],
        narrative: { id: 'x', subjects: [], classTables: [] },
      },
      report: (r) => reports.push(r),
    });
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((r) => r.severity === 'warning')).toBe(true);
  });
});
