/**
 * Every column with its meaning: columns of words named by the profiles' header vocabulary (项目简介, 资金性质, a
 * 指导性目录's levels), and the label columns of a table printed empty, which only its header and its 合计 show.
 */
import { describe, expect, it } from 'vitest';
import { toDisclosure, wordTable } from '../../test/kits/disclosures.js';

const unnamed = (d: ReturnType<typeof toDisclosure>) =>
  d.tables.flatMap((t) =>
    t.columns.filter((c) => /^col\d+$/u.test(c.role)).map((c) => `${t.label} ${c.key}`),
  );

describe('columns of words', () => {
  it('names a blank 项目简介 column by its header instead of taking it for amounts', () => {
    const d = toDisclosure(
      wordTable(
        '表10',
        '2024年部门综合预算专项业务经费支出表',
        [['单位编码', '单位（项目）名称', '项目金额', '项目简介']],
        [
          ['', '合计', '30.00', ''],
          ['125', '测试市示例局', '30.00', ''],
          ['', '安全生产业务费', '30.00', ''],
        ],
      ),
    );
    const t = d.tables[0];
    expect(t.columns.map((c) => c.role)).toEqual(['amount']);
    expect(t.textColumns).toEqual([
      { key: 'description', role: 'description', header: ['项目简介'], label: '项目简介' },
    ]);
    expect(unnamed(d)).toEqual([]);
  });

  it('keeps 项目类别 and 资金性质 as each row’s texts', () => {
    const d = toDisclosure(
      wordTable(
        '表11',
        '2024年部门综合预算财政拨款上年结转资金支出表',
        [['预算单位名称', '预算项目名称', '金额', '项目类别', '资金性质', '备注']],
        [
          ['合计', '', '10.00', '', '', ''],
          ['测试市示例局', '安全生产专项', '10.00', '一般项目', '一般公共预算', ''],
        ],
      ),
    );
    const t = d.tables[0];
    expect(t.textColumns?.map((c) => c.role)).toEqual(['category', 'fund-nature']);
    expect(t.rows[1].texts).toMatchObject({ category: '一般项目', 'fund-nature': '一般公共预算' });
    expect(t.rows[1].name).toBe('安全生产专项');
    expect(unnamed(d)).toEqual([]);
  });

  it('names a list without a name column by its 指导性目录 levels, and reads its 合计 there', () => {
    // As Word's text copy prints merged headers: 指导性目录 over three cells, 预算金额 over two rows.
    const header = [
      ['指导性目录', '预算金额'],
      ['一级', '二级', '三级', ''],
    ];
    const filled = toDisclosure(
      wordTable('预算11表', '财政拨款政府购买服务明细表', header, [
        ['合计', '', '', '80.00'],
        ['01-公共服务', '0106-生态保护和环境治理服务', '环境保护成果交流与管理服务', '80.00'],
      ]),
    ).tables[0];
    expect(filled.kind).toBe('purchase-services');
    expect(filled.textColumns?.map((c) => c.role)).toEqual(['catalogue-1', 'catalogue-2', 'catalogue-3']);
    expect(filled.rows.map((r) => [r.kind, r.name])).toEqual([
      ['total', '合计'],
      ['item', '01-公共服务'],
    ]);
    expect(filled.rows[1].texts?.['catalogue-3']).toBe('环境保护成果交流与管理服务');
    // Printed with its 合计 line only.
    const empty = toDisclosure(
      wordTable('预算11表', '财政拨款政府购买服务明细表', header, [['合计', '', '', '80.00']]),
    );
    expect(empty.tables[0].columns.map((c) => c.role)).toEqual(['total']);
    expect(empty.tables[0].rows.map((r) => r.kind)).toEqual(['total']);
    expect(unnamed(empty)).toEqual([]);
  });
});

describe('tables printed empty', () => {
  it('takes a column that prints only 合计 for the label column, not for amounts', () => {
    const d = toDisclosure(
      wordTable(
        '表6',
        '一般公共预算基本支出情况表（按经济分类科目）',
        [['部门预算支出经济科目', '预算']],
        [['合计', '0.00']],
      ),
    );
    expect(d.tables[0].columns.map((c) => [c.key, c.role])).toEqual([['total', 'total']]);
    expect(d.tables[0].rows[0].kind).toBe('total');
  });

  it('reads an empty 政府性基金收支表 by its header: income, and each expenditure view with its amounts', () => {
    const blank = ['', '', '', '', '', '', '', '', ''];
    const d = toDisclosure(
      wordTable(
        '表9',
        '2024年部门综合预算政府性基金收支表（不含上年结转）',
        [
          [
            '序号',
            '项目',
            '预算数',
            '支出功能分类科目（按大类）',
            '预算数',
            '部门预算支出经济分类科目（按大类）',
            '预算数',
            '政府预算支出经济分类科目（按大类）',
            '预算数',
          ],
        ],
        [blank, blank],
        '元',
      ),
    );
    expect(d.tables.map((t) => t.kind)).toEqual([
      'gov-fund-summary',
      'gov-fund-summary-department-economic',
      'gov-fund-summary-government-economic',
    ]);
    expect(d.tables[0].columns.map((c) => c.key)).toEqual(['income.amount', 'expenditure.amount']);
    expect(unnamed(d)).toEqual([]);
  });
});
