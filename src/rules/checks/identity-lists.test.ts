/**
 * Tables printed as lists instead of by 科目: a project table's 合计 = its projects, a 政府采购 table's 合计 = its
 * lines (A 货物, B 工程, C 服务) and each line's 合计 = its sources, a 政府购买服务 list, and a 收入总体情况表 by
 * 单位名称 (广州): 合计 = the units' lines. Lists with an outline or subtotals of their own are not summed.
 */
import { describe, expect, it } from 'vitest';
import { evaluated, toDisclosure, withCell, wordTable } from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule as lineSum } from './identity-line-sum.js';
import { rule as rowSum } from './identity-row-sum.js';

const PROJECTS = [
  ['合计', '300.00', '300.00', ''],
  ['信息化建设与运维', '113.75', '113.75', ''],
  ['市级预算项目评审', '171.25', '171.25', ''],
  ['财政票据综合管理', '15.00', '15.00', ''],
];

const projects = (rows: string[][]) =>
  wordTable('表11', '项目支出预算表', [['项目名称', '合计', '一般公共预算', '政府性基金']], rows);

const PROCUREMENT = [
  ['合计', '1,100.00', '1,000.00', '100.00'],
  ['A 货物', '300.00', '300.00', ''],
  ['B 工程', '100.00', '', '100.00'],
  ['C 服务', '700.00', '700.00', ''],
];

const procurement = (rows: string[][]) =>
  wordTable('表12', '政府采购预算明细表', [['采购类别', '总计', '一般公共预算', '政府性基金预算']], rows);

const BY_UNIT = [
  ['合计', '150.00', '150.00', ''],
  ['示例市住房和城乡建设局', '100.00', '100.00', ''],
  ['示例市住房保障办公室', '50.00', '50.00', ''],
];

const byUnit = (rows: string[][]) =>
  wordTable('表2', '收入总体情况表', [['单位名称', '合计', '一般公共预算', '政府性基金预算']], rows);

function kase(name: string, ...tables: string[]) {
  const disclosure = toDisclosure(...tables);
  return { name, disclosure, identities: evaluated(disclosure) };
}

describe('list tables', () => {
  it('recognizes 政府采购, 政府购买服务 and 机关运行经费 tables as their own kinds', () => {
    const d = toDisclosure(
      procurement(PROCUREMENT),
      wordTable('表13', '财政拨款政府购买服务明细表', [['一级', '二级', '预算金额']], [['合计', '', '5.00']]),
      wordTable(
        '表14',
        '一般公共预算机关运行经费支出预算表',
        [['科目编码', '科目名称', '机关运行经费支出']],
        [],
      ),
    );
    expect(d.tables.map((t) => t.kind)).toEqual(['procurement', 'purchase-services', 'agency-operating']);
  });

  it('sums a project list, a procurement list and a table by unit to its 合计', () => {
    testRule(lineSum, {
      valid: [kase('projects', projects(PROJECTS)), kase('procurement', procurement(PROCUREMENT))],
      invalid: [
        {
          ...kase('a project misprinted', projects(withCell(PROJECTS, 2, 1, '170.25'))),
          errors: [{ messageId: 'mismatch', location: { row: '合计' }, data: { expected: '299.00' } }],
        },
        {
          ...kase('a procurement line misprinted', procurement(withCell(PROCUREMENT, 3, 1, '710.00'))),
          errors: [{ messageId: 'mismatch', location: { row: '合计' }, data: { expected: '1110.00' } }],
        },
      ],
    });
  });

  it("checks each procurement line's 合计 against its sources", () => {
    testRule(rowSum, {
      valid: [kase('procurement', procurement(PROCUREMENT))],
      invalid: [
        {
          ...kase('B 工程 misprinted', procurement(withCell(PROCUREMENT, 2, 3, '90.00'))),
          errors: [{ messageId: 'mismatch', location: { row: 'B 工程' } }],
        },
      ],
    });
  });

  it('does not sum a list with numbered levels or a list whose lines add to twice the total', () => {
    const outline = [
      ['合计', '300.00', '300.00', ''],
      ['一、一级项目', '300.00', '300.00', ''],
      ['1.二级项目', '300.00', '300.00', ''],
    ];
    const twoLevels = [
      ['合计', '300.00', '300.00', ''],
      ['一级项目', '300.00', '300.00', ''],
      ['二级项目', '300.00', '300.00', ''],
    ];
    for (const rows of [outline, twoLevels]) {
      const ids = evaluated(toDisclosure(projects(rows))).filter((i) => i.source === 'projects-list-total');
      expect(ids.filter((i) => i.outcome === 'mismatch')).toEqual([]);
    }
  });

  it('does not sum a list headed by units: a project may be named like a unit', () => {
    const ids = evaluated(toDisclosure(byUnit(withCell(BY_UNIT, 1, 1, '90.00')))).filter(
      (i) => i.source === 'projects-list-total' || i.source === 't2-list-total',
    );
    expect(ids).toEqual([]);
  });
});

// 广州 表12: each unit's line, then its projects.
const GROUPED = [
  ['合计', '100.00', '90.00', '10.00'],
  ['测试市示例局', '60.00', '60.00', ''],
  ['道路维护', '40.00', '40.00', ''],
  ['设备购置', '20.00', '20.00', ''],
  ['测试市示例中心', '40.00', '30.00', '10.00'],
  ['档案数字化', '25.00', '15.00', '10.00'],
  ['业务培训', '15.00', '15.00', ''],
];

describe('a list grouped under units’ lines', () => {
  const sums = (rows: string[][]) =>
    evaluated(toDisclosure(projects(rows))).filter((i) => i.source === 'projects-list-total' && !i.blank);

  it('sums each unit’s projects to its line and the units to the 合计, where the figures bear that out', () => {
    const held = sums(GROUPED);
    expect(held.map((i) => i.description)).toContain('表11 测试市示例中心 = 其下各行之和');
    expect(held.length).toBeGreaterThanOrEqual(6);
    expect(held.every((i) => i.outcome === 'exact')).toBe(true);
    const wrong = sums(withCell(GROUPED, 2, 2, '41.00')).filter((i) => i.outcome === 'mismatch');
    expect(wrong.map((i) => i.description)).toEqual(['表11 测试市示例局 = 其下各行之和']);
  });

  it('sums nothing where a project is named like a unit, or most groups do not add up', () => {
    expect(sums(withCell(GROUPED, 2, 0, '示例路养护站'))).toEqual([]);
    const shifted = withCell(withCell(GROUPED, 3, 1, '25.00'), 5, 1, '20.00');
    expect(sums(shifted)).toEqual([]);
  });
});
