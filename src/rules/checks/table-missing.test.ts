import { describe, expect, it } from 'vitest';
import { htmlDisclosure, t1, t3, toDisclosure } from '../../../test/kits/disclosures.js';
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

  it('takes the 基本支出 column of a table by economic class for the 基本支出 table (深圳 prints no other)', async () => {
    const head =
      '<tr><th>科目编码</th><th>科目名称</th><th>支出总计</th><th>基本支出</th><th>项目支出</th></tr>';
    const rows = [
      ['', '合计', '30.00', '20.00', '10.00'],
      ['301', '工资福利支出', '20.00', '20.00', ''],
      ['30101', '基本工资', '20.00', '20.00', ''],
      ['302', '商品和服务支出', '10.00', '', '10.00'],
      ['30201', '办公费', '10.00', '', '10.00'],
    ];
    const byEconomic = await htmlDisclosure('表8 一般公共预算支出表（按经济分类）', head, rows);
    expect(byEconomic.tables.map((t) => t.kind)).toEqual(['general-budget-economic']);
    expect(byEconomic.missing.map((m) => m.kind)).not.toContain('general-budget-basic');
    const withoutBasic = await htmlDisclosure(
      '表8 一般公共预算支出表（按经济分类）',
      head.replace('<th>基本支出</th><th>项目支出</th>', '<th>项目支出</th>'),
      rows.map((r) => [...r.slice(0, 3), r[4]]),
    );
    expect(withoutBasic.missing.map((m) => m.kind)).toContain('general-budget-basic');
  });
});
