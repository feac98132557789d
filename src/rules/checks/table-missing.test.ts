import { describe, expect, it } from 'vitest';
import { t1, t3, toDisclosure, wordTable } from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as tableMissing } from './table-missing.js';

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

describe('a required table whose figures another table prints', () => {
  // 深圳 prints no 表6: its 基本支出 by 经济分类 is the 基本支出 column of 一般公共预算支出表（按经济分类）.
  const economic = (columns: string[], row: string[]) =>
    wordTable(
      '表8',
      '一般公共预算支出表（按经济分类）',
      [['科目编码', '科目名称', ...columns]],
      [
        ['301', '工资福利支出', ...row],
        ['', '合计', ...row],
      ],
    );
  const missing = (table: string) => toDisclosure(t1(), t3(), table).missing.map((m) => m.kind);

  it('is not missing where the document prints those figures', () => {
    expect(missing(economic(['支出总计', '基本支出', '项目支出'], ['30.00', '30.00', '']))).not.toContain(
      'general-budget-basic',
    );
  });

  it('is missing where the other table does not print them (福建: one 预算数 column)', () => {
    expect(missing(economic(['预算数'], ['30.00']))).toContain('general-budget-basic');
  });
});
