/**
 * Row sums of tables by source of funds as cities print them: the carry-over as one column (广州 上年结转结余, 深圳
 * 上年结余、结转, 烟台 使用非财政拨款结余 | 上年结转), 单位资金 as one column 其他资金 (广州), sources grouped under
 * 本年收入 without a 小计 (深圳), and a group's own 合计 (财政拨款/合计) summing its group only.
 */
import { describe, expect, it } from 'vitest';
import { evaluated, toDisclosure, withCell, wordTable } from '../../../test/kits/disclosures.js';

function sums(title: string, header: string[][], rows: string[][]) {
  const d = toDisclosure(wordTable('表2', title, header, rows));
  return evaluated(d)
    .filter((e) => e.family === 'row-sum' && !e.blank)
    .map((e) => [e.source, e.outcome]);
}

const GUANGZHOU_HEADER = [
  [
    '单位名称',
    '合计',
    '财政拨款收入',
    '',
    '',
    '财政专户拨款收入',
    '其他资金收入',
    '',
    '上级补助收入',
    '上年结转结余',
  ],
  ['', '', '一般公共预算', '政府性基金预算', '国有资本经营预算', '教育收费', '事业收入', '其他收入', '', ''],
];
const GUANGZHOU_ROWS = [['测试市示例局', '100.00', '60.00', '10.00', '', '', '5.00', '', '', '25.00']];

// Text copied out of Word prints an upper header row with one cell per group (see recognize/grid alignLevel).
const SHENZHEN_HEADER = [
  ['单位名称', '收入总计', '本年收入', '上年结余、结转'],
  ['', '', '一般公共预算拨款', '政府性基金预算拨款', '事业收入', ''],
];
const SHENZHEN_ROWS = [['测试市示例局', '100.00', '60.00', '10.00', '5.00', '25.00']];

const BASIC_HEADER = [
  ['经济科目编码', '经济科目名称', '总计', '财政拨款', '财政专户拨款', '其他资金'],
  ['', '', '', '合计', '一般公共预算', '政府性基金预算', '', ''],
];
const BASIC_ROWS = [
  ['', '合计', '50.00', '40.00', '40.00', '', '', '10.00'],
  ['301', '工资福利支出', '50.00', '40.00', '40.00', '', '', '10.00'],
];

describe('row sums by source of funds', () => {
  it('adds the carry-over printed as one column to the 合计 (广州 收入总体情况表)', () => {
    expect(sums('收入总体情况表', GUANGZHOU_HEADER, GUANGZHOU_ROWS)).toEqual([['t2-row-total', 'exact']]);
    expect(sums('收入总体情况表', GUANGZHOU_HEADER, withCell(GUANGZHOU_ROWS, 0, 9, '26.00'))).toEqual([
      ['t2-row-total', 'mismatch'],
    ]);
  });

  it('sums 本年收入 printed without its 小计 and the carry-over (深圳), not a part of them', () => {
    expect(sums('收入总表', SHENZHEN_HEADER, SHENZHEN_ROWS)).toEqual([['t2-row-groups', 'exact']]);
    expect(sums('收入总表', SHENZHEN_HEADER, withCell(SHENZHEN_ROWS, 0, 4, '6.00'))).toEqual([
      ['t2-row-groups', 'mismatch'],
    ]);
  });

  it('sums a group’s 合计 over its own group and 总计 over every source (广州 基本支出预算表)', () => {
    const found = (rows: string[][]) =>
      evaluated(toDisclosure(wordTable('表11', '部门预算基本支出预算表', BASIC_HEADER, rows)))
        .filter((e) => /^basic-row-(total|fiscal)$/u.test(e.source) && !e.blank)
        .map((e) => `${e.description.split('：')[1]} ${e.outcome}`);
    expect(found(BASIC_ROWS)).toEqual([
      // 财政拨款/合计 is the 财政拨款 group's subtotal (珠海, 广州), a source of the 总计 in its group's place.
      '总计 = 合计 + 财政专户拨款 + 其他资金 exact',
      '总计 = 合计 + 财政专户拨款 + 其他资金 exact',
      '合计 = 一般公共预算 + 政府性基金预算 exact',
      '合计 = 一般公共预算 + 政府性基金预算 exact',
    ]);
  });

  it('takes 上年结转和结余资金 for the carry-over source (苏州 政府采购支出表)', () => {
    const header = [
      ['采购品目大类', '资金来源', '总计'],
      ['', '一般公共预算资金', '政府性基金', '其他资金', '上年结转和结余资金', ''],
    ];
    const rows = [
      ['合计', '60.00', '', '', '40.00', '100.00'],
      ['服务', '60.00', '', '', '40.00', '100.00'],
    ];
    const found = (r: string[][]) => {
      const d = toDisclosure(wordTable('公开13表', '政府采购支出表', header, r));
      return {
        roles: d.tables[0].columns.map((c) => c.role),
        sums: evaluated(d)
          .filter((e) => e.source === 'gp-row-total' && !e.blank)
          .map((e) => e.outcome),
      };
    };
    expect(found(rows)).toEqual({
      roles: ['general-budget', 'gov-fund', 'other-revenue', 'carryover', 'total'],
      sums: ['exact', 'exact'],
    });
    expect(found(withCell(rows, 1, 4, '41.00')).sums).toEqual(['exact', 'mismatch']);
  });
});
