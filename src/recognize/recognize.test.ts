import { describe, expect, it } from 'vitest';
import {
  CONSISTENT_T3_ROWS,
  codedTable,
  t1,
  t3,
  t10,
  toDisclosure,
  wordTable,
} from '../../test/kits/disclosures.js';
import { parseWordText } from '../ingest/text/index.js';
import { recognize } from './index.js';

describe('recognize', () => {
  it('finds tables by title, reads unit, department, columns and codes', () => {
    const d = toDisclosure(t3());
    expect(d.meta).toMatchObject({
      layout: 'national-budget',
      kind: 'budget',
      department: '测试市示例局',
      year: 2024,
      unit: '万元',
    });
    const t = d.tables[0];
    expect(t).toMatchObject({ kind: 'expenditure-summary', label: '表3', unit: '万元', precision: 2 });
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project']);
    expect(t.rows[2]).toMatchObject({
      code: '2080505',
      codeScheme: 'function',
      depth: 3,
      label: '208 05 05 机关事业单位基本养老保险缴费支出',
    });
    expect(t.rows[2].cells.total.amount.value.toFixed(2)).toBe('20.00');
    expect(t.rows.at(-1)?.kind).toBe('total');
  });

  it('splits a two-sided table into income and expenditure lines with outline structure', () => {
    const t = toDisclosure(t1()).tables[0];
    const income = t.rows.filter((r) => r.side === 'income');
    const byName = (n: string) => income.find((r) => r.label === n)!;
    expect(byName('1.一般公共预算拨款')).toMatchObject({
      role: 'general-budget-appropriation',
      depth: 2,
      parent: byName('一、本年收入').index,
    });
    expect(byName('其中：其他收入')).toMatchObject({ kind: 'of-which', parent: byName('2.单位资金').index });
    expect(
      t.rows.find((r) => r.side === 'expenditure' && r.code === '212')?.cells['expenditure.amount'].amount
        .printed,
    ).toBe('70.50');
    expect(t.rows.find((r) => r.role === 'expenditure-total')?.kind).toBe('total');
  });

  it('gives 三公 lines their roles, including a subtotal line and its 其中 lines', () => {
    const t = toDisclosure(t10()).tables[0];
    expect(t.rows.map((r) => r.role)).toEqual([
      'total',
      'overseas',
      'reception',
      'vehicle',
      'vehicle-purchase',
      'vehicle-operation',
    ]);
  });

  it('recognizes by title, not number: an unnumbered 表一-style title works, an unknown table is reported', () => {
    const d = toDisclosure(
      wordTable(
        '表十二',
        '部门支出总体情况表',
        [['科目编码', '科目名称', '合计', '基本支出', '项目支出']],
        [['2080505', '机关事业单位基本养老保险缴费支出', '1.00', '1.00', '']],
      ),
      wordTable('表十三', '资产配置预算明细表', [['项目', '金额']], [['货物', '1.00']]),
    );
    expect(d.tables.map((t) => [t.label, t.kind])).toEqual([['表十二', 'expenditure-summary']]);
    expect(d.tables[0].rows[0].code).toBe('2080505');
    expect(d.unrecognized).toHaveLength(1);
  });

  it('reads amounts exactly, whatever their decimals', () => {
    const d = toDisclosure(
      t3([
        ['208', '', '', '社会保障和就业支出', '0.1', '0.1', ''],
        ['', '', '', '合计', '0.10', '0.1', ''],
      ]),
    );
    expect(d.tables[0].rows[0].cells.total.amount.value.plus(0.2).toString()).toBe('0.3');
  });

  it('says the layout is unknown for a document without disclosure tables', () => {
    const d = recognize(parseWordText('一段文字。\n\n\t甲\n\t乙\n'));
    expect(d.meta.layout).toBe('unknown');
    expect(d.tables).toHaveLength(0);
  });

  it('reads a unit column: the unit line is the total of a table of one unit; row numbers are no amounts', () => {
    const t = toDisclosure(
      wordTable(
        '表3',
        '支出总表',
        [['序号', '预算单位', '科目编码', '科目名称', '支出总计', '基本支出', '项目支出']],
        [
          ['1', '测试市示例局（本级）', '', '', '100.50', '80.25', '20.25'],
          ['2', '', '208', '社会保障和就业支出', '30.00', '30.00', ''],
          ['3', '', '20805', '行政事业单位养老支出', '30.00', '30.00', ''],
          ['4', '', '212', '城乡社区支出', '70.50', '50.25', '20.25'],
        ],
      ),
    ).tables[0];
    expect(t.kind).toBe('expenditure-summary');
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'basic', 'project']);
    expect(t.rows[0]).toMatchObject({ kind: 'total', unitLine: true, name: '测试市示例局(本级)' });
    expect(t.rows.slice(1).map((r) => r.code)).toEqual(['208', '20805', '212']);
  });

  it('reads a unit printed with its unit code as a unit, not a 类', () => {
    const t = toDisclosure(
      wordTable(
        '表2',
        '收入总表',
        [['单位名称', '合计', '一般公共预算']],
        [
          ['合计', '10.00', '10.00'],
          ['135 测试市应急管理局', '10.00', '10.00'],
          ['015001 测试市示例中心', '0.00', '0.00'],
        ],
      ),
    ).tables[0];
    expect(t.rows.map((r) => r.code)).toEqual([undefined, undefined, undefined]);
    expect(t.rows[1]).toMatchObject({ unitLine: true });
  });

  it('gives the tail of a wrapped name back to the row above it', () => {
    const t = toDisclosure(
      wordTable(
        '表3',
        '支出总表',
        [['支出功能分类科目', '合计', '基本支出', '项目支出']],
        [
          ['2080506-机关事业单位职业年金', '10.00', '10.00', ''],
          ['缴费支出2080506-机关事业单位职业年金', '5.00', '5.00', ''],
          ['缴费支出', '', '', ''],
          ['合计', '15.00', '15.00', ''],
        ],
      ),
    ).tables[0];
    expect(t.rows[0]).toMatchObject({ code: '2080506', name: '机关事业单位职业年金缴费支出' });
    expect(t.rows[1]).toMatchObject({ code: '2080506' });
  });

  it('knows the family’s other titles for the coded tables', () => {
    const kinds = [
      ['表5', '一般公共预算拨款支出预算表', 'general-budget-expenditure'],
      ['表8', '政府性基金预算拨款支出预算表', 'gov-fund-expenditure'],
      ['表7', '一般公共预算支出表（按经济分类）', 'general-budget-economic'],
      ['公开05表', '财政拨款支出表（功能科目）', 'fiscal-expenditure'],
      ['公开06表', '财政拨款基本支出表（经济科目）', 'fiscal-basic'],
      ['表3', '支出总表', 'expenditure-summary'],
    ];
    for (const [label, title, kind] of kinds) {
      const d = toDisclosure(codedTable(label, title, CONSISTENT_T3_ROWS));
      expect([title, d.tables[0]?.kind]).toEqual([title, kind]);
    }
  });
});
