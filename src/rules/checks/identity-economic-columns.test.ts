/**
 * 基本支出 and 项目支出 broken down by economic 类 under their group (工资福利支出 | 商品和服务支出 | 对个人和家庭的补助),
 * as several provinces print their 一般公共预算支出表: each group's 小计 is the sum of its own 类 columns, and a bare
 * 其他支出 column beside the groups is no 经济分类.
 */
import { describe, expect, it } from 'vitest';
import { htmlDisclosure, withCell } from '../../../test/kits/disclosures.js';
import { nationalBudget } from '../../profiles/national-budget.js';
import { runRules } from '../index.js';

const HEAD = `<tr><th rowspan="2">科目编码</th><th rowspan="2">科目名称</th><th rowspan="2">合计</th>
<th colspan="4">基本支出</th><th colspan="3">项目支出</th></tr>
<tr><th>小计</th><th>工资福利支出</th><th>商品和服务支出</th><th>对个人和家庭的补助</th>
<th>小计</th><th>商品和服务支出</th><th>资本性支出</th></tr>`;

const ROWS = [
  ['', '合计', '180.00', '130.00', '100.00', '25.00', '5.00', '50.00', '30.00', '20.00'],
  ['201', '一般公共服务支出', '180.00', '130.00', '100.00', '25.00', '5.00', '50.00', '30.00', '20.00'],
  [
    '20103',
    '政府办公厅（室）及相关机构事务',
    '180.00',
    '130.00',
    '100.00',
    '25.00',
    '5.00',
    '50.00',
    '30.00',
    '20.00',
  ],
  ['2010301', '行政运行', '130.00', '130.00', '100.00', '25.00', '5.00', '', '', ''],
  ['2010302', '一般行政管理事务', '50.00', '', '', '', '', '50.00', '30.00', '20.00'],
];

async function findings(rows: string[][]) {
  const d = await htmlDisclosure('表5 一般公共预算支出表', HEAD, rows);
  return { d, findings: runRules(d, nationalBudget).findings.filter((f) => f.rule !== 'table-missing') };
}

describe('economic 类 columns under 基本支出 and 项目支出', () => {
  it('reads each 类 column under its group and finds nothing on a consistent table', async () => {
    const { d, findings: found } = await findings(ROWS);
    expect(d.tables[0].columns.map((c) => c.role)).toEqual([
      'total',
      'basic',
      'econ-301',
      'econ-302',
      'econ-303',
      'project',
      'econ-302',
      'econ-310',
    ]);
    expect(found).toEqual([]);
  });

  it('names a 类 cell that does not add up to its group’s 小计, and only within that group', async () => {
    const { findings: found } = await findings(withCell(ROWS, 3, 5, '26.00'));
    const errors = found.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toContain('identity-row-sum');
    expect(errors.every((f) => !f.message.includes('资本性支出'))).toBe(true);
  });
});
