import { describe, expect, it } from 'vitest';
import { parseWordText } from '../ingest/text/index.js';
import { t1, t3, t10, toDisclosure, wordTable } from '../rules/test-fixtures.js';
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
      wordTable('表十三', '政府采购预算明细表', [['项目', '金额']], [['货物', '1.00']]),
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
});
