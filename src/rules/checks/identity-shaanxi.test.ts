/**
 * The 陕西 部门综合预算 layout as the project prints it: 明细表 by 功能 and by 经济分类 with 人员经费 | 公用经费 |
 * 专项业务经费, a 序号 column, units' lines with their unit codes, 款 printed as their own two digits.
 */
import { describe, expect, it } from 'vitest';
import { toDisclosure, withCell, wordTable } from '../../../test/kits/disclosures.js';
import { profileById } from '../../profiles/index.js';
import { runRules } from '../index.js';

const HEADER = [
  [
    '序号',
    '功能科目编码',
    '功能科目名称',
    '合计',
    '人员经费支出',
    '公用经费支出',
    '专项业务经费支出',
    '备注',
  ],
];
const FUNCTION_ROWS = [
  ['1', '', '合计', '100.00', '60.00', '10.00', '30.00', ''],
  ['2', '125001', '测试市示例局', '100.00', '60.00', '10.00', '30.00', ''],
  ['3', '208', '社会保障和就业支出', '40.00', '40.00', '', '', ''],
  ['4', '05', '行政事业单位养老支出', '40.00', '40.00', '', '', ''],
  ['5', '2080505', '机关事业单位基本养老保险缴费支出', '40.00', '40.00', '', '', ''],
  ['6', '224', '灾害防治及应急管理支出', '60.00', '20.00', '10.00', '30.00', ''],
  ['7', '01', '应急管理事务', '60.00', '20.00', '10.00', '30.00', ''],
  ['8', '2240101', '行政运行', '30.00', '20.00', '10.00', '', ''],
  ['9', '2240106', '安全监管', '30.00', '', '', '30.00', ''],
];
const ECONOMIC_HEADER = [
  [
    '序号',
    '部门经济科目编码',
    '部门经济科目名称',
    '合计',
    '人员经费支出',
    '公用经费支出',
    '专项业务经费支出',
    '备注',
  ],
];
const ECONOMIC_ROWS = [
  ['1', '', '合计', '100.00', '60.00', '10.00', '30.00', ''],
  ['2', '301', '工资福利支出', '60.00', '60.00', '', '', ''],
  ['3', '30101', '基本工资', '20.00', '20.00', '', '', ''],
  ['4', '3010201', '津贴补贴', '40.00', '40.00', '', '', ''],
  ['5', '302', '商品和服务支出', '40.00', '', '10.00', '30.00', ''],
  ['6', '30201', '办公费', '40.00', '', '10.00', '30.00', ''],
];

function doc(functionRows = FUNCTION_ROWS) {
  return toDisclosure(
    wordTable('表5', '部门综合预算一般公共预算支出明细表（按功能科目分）', HEADER, functionRows),
    wordTable(
      '表6',
      '部门综合预算一般公共预算支出明细表（按经济分类科目分）',
      ECONOMIC_HEADER,
      ECONOMIC_ROWS,
    ),
  );
}

function failures(functionRows?: string[][]) {
  const d = doc(functionRows);
  const profile = profileById(d.meta.layout ?? '');
  if (!profile) throw new Error(`no profile ${d.meta.layout}`);
  return runRules(d, profile).identities.filter((e) => e.outcome === 'mismatch');
}

describe('陕西 部门综合预算', () => {
  it('reads the 明细表 as their own layout, with every identity holding', () => {
    const d = doc();
    expect(d.meta.layout).toBe('shaanxi-comprehensive-budget');
    expect(d.tables.map((t) => t.kind)).toEqual(['general-budget-expenditure', 'general-budget-economic']);
    expect(d.tables[0].columns.map((c) => c.key)).toEqual(['total', 'personnel', 'operating', 'project']);
    expect(d.tables[0].rows.map((r) => r.code ?? r.name)).toEqual([
      '合计',
      '测试市示例局',
      '208',
      '20805',
      '2080505',
      '224',
      '22401',
      '2240101',
      '2240106',
    ]);
    expect(failures()).toEqual([]);
  });

  it('finds a misprinted 专项业务经费 in its row and in the 款 above it', () => {
    const sources = failures(withCell(FUNCTION_ROWS, 8, 6, '31.00')).map((e) => e.source);
    expect(sources).toContain('sx5-row-total');
    expect(sources).toContain('sx5-hierarchy');
  });

  it('checks the 收入总表 by unit: each unit’s 合计 = its sources, the 其中 column no part of it', () => {
    const header = [
      [
        '单位编码',
        '单位名称',
        '合计',
        '一般公共预算拨款',
        '',
        '政府性基金拨款',
        '事业收入',
        '上年结转',
        '其他收入',
      ],
      ['', '', '', '小计', '其中：专项资金列入部门预算项目', '', '', '', ''],
    ];
    const rows = [
      ['', '合计', '110.00', '100.00', '40.00', '', '6.00', '4.00', ''],
      ['125', '测试市示例局', '110.00', '100.00', '40.00', '', '6.00', '4.00', ''],
      ['125001', '测试市示例中心', '110.00', '100.00', '40.00', '', '6.00', '4.00', ''],
    ];
    const income = (r: string[][]) => {
      const d = toDisclosure(
        wordTable('表2', '部门综合预算收入总表', header, r),
        wordTable('表5', '部门综合预算一般公共预算支出明细表（按功能科目分）', HEADER, FUNCTION_ROWS),
      );
      return runRules(d, profileById(d.meta.layout)!).identities.filter((e) => e.source === 'sx2-row-total');
    };
    const held = income(rows);
    expect(held).toHaveLength(3);
    expect(held.every((e) => e.outcome === 'exact')).toBe(true);
    expect(income(withCell(rows, 2, 6, '7.00')).filter((e) => e.outcome === 'mismatch')).toHaveLength(1);
  });
});

/** 收支总表 with its three expenditure views side by side: 收入 | 功能分类 | 部门预算经济分类 | 政府预算经济分类. */
const SUMMARY_HEADER = [
  [
    '项目',
    '预算数',
    '支出功能分类科目（按大类）',
    '预算数',
    '部门预算支出经济分类科目（按大类）',
    '预算数',
    '政府预算支出经济分类科目（按大类）',
    '预算数',
  ],
];
const HEADING = '一、部门预算';
const SUMMARY_ROWS = [
  [HEADING, '100.00', HEADING, '100.00', HEADING, '100.00', HEADING, '100.00'],
  [
    '1、财政拨款',
    '100.00',
    '1、一般公共服务支出',
    '60.00',
    '1、人员经费和公用经费支出',
    '70.00',
    '1、机关工资福利支出',
    '50.00',
  ],
  [
    '(1)一般公共预算拨款收入',
    '100.00',
    '2、社会保障和就业支出',
    '40.00',
    '(1)工资福利支出',
    '50.00',
    '2、机关商品和服务支出',
    '50.00',
  ],
  ['(2)政府性基金拨款', '', '', '', '(2)商品和服务支出', '20.00', '', ''],
  ['2、事业收入', '', '', '', '2、专项业务经费支出', '30.00', '', ''],
  ['', '', '', '', '(1)商品和服务支出', '30.00', '', ''],
  ['本年收入合计', '100.00', '本年支出合计', '100.00', '本年支出合计', '100.00', '本年支出合计', '100.00'],
  ['上年结转', '10.00', '结转下年', '10.00', '结转下年', '10.00', '结转下年', '10.00'],
  ['收入总计', '110.00', '支出总计', '110.00', '支出总计', '110.00', '支出总计', '110.00'],
];

function summaryFailures(rows = SUMMARY_ROWS) {
  const d = toDisclosure(wordTable('表1', '2024年部门综合预算收支总表', SUMMARY_HEADER, rows));
  const profile = profileById(d.meta.layout ?? '');
  if (!profile) throw new Error(`no profile ${d.meta.layout}`);
  const { identities } = runRules(d, profile);
  return {
    d,
    identities,
    mismatched: identities.filter((e) => e.outcome === 'mismatch').map((e) => e.source),
  };
}

describe('陕西 收支总表: income and three expenditure views side by side', () => {
  it('reads each further view as a list of its own, every identity holding', () => {
    const { d, identities, mismatched } = summaryFailures();
    expect(d.tables.map((t) => t.label)).toEqual([
      '表1',
      '表1（按部门预算支出经济分类）',
      '表1（按政府预算支出经济分类）',
    ]);
    expect(new Set(identities.map((e) => e.source)).size).toBeGreaterThanOrEqual(18);
    expect(mismatched).toEqual([]);
  });

  it('finds a view whose lines do not make its 本年支出合计', () => {
    const { mismatched } = summaryFailures(withCell(SUMMARY_ROWS, 2, 7, '40.00'));
    expect(mismatched).toEqual(['sx1-government-economic-heading', 'sx1-government-economic-current']);
  });

  it('finds a view whose 支出总计 differs from the income side', () => {
    const { mismatched } = summaryFailures(withCell(SUMMARY_ROWS, 8, 5, '111.00'));
    expect(mismatched).toContain('sx1-department-economic-total');
    expect(mismatched).toContain('sx1-department-economic-expenditure-total');
  });
});

/** 收支总表 rows with 上年结转 broken down (其中：财政拨款资金结转), for the 结转资金支出表. */
const CARRYOVER_SUMMARY_ROWS = [
  ...SUMMARY_ROWS.slice(0, 8),
  ['其中：财政拨款资金结转', '10.00', '', '', '', '', '', ''],
  ...SUMMARY_ROWS.slice(8),
];
const SPECIAL_HEADER = [['单位编码', '单位（项目）名称', '项目金额', '项目简介']];
const SPECIAL_ROWS = [
  // 合计 printed in the code column, the name cell blank (西安 表10).
  ['合计', '', '30.00', ''],
  ['125', '测试市示例局', '30.00', ''],
  ['', '安全生产业务费', '30.00', '开展安全生产检查'],
];
const CARRYOVER_HEADER = [
  [
    '序号',
    '预算单位代码',
    '预算单位名称',
    '预算项目名称',
    '金额',
    '功能分类科目代码',
    '功能分类科目名称',
    '资金性质',
  ],
];
const CARRYOVER_ROWS = [
  ['', '', '合计', '', '10.00', '', '', ''],
  [
    '1',
    '125001',
    '测试市示例局',
    '拨付省级专项资金',
    '7.50',
    '2150510',
    '工业和信息产业支持',
    '一般公共预算',
  ],
  ['2', '125001', '测试市示例局', '安全生产专项', '2.50', '2240106', '安全监管', '一般公共预算'],
];

function listsCase(special = SPECIAL_ROWS, carryover = CARRYOVER_ROWS) {
  const d = toDisclosure(
    wordTable('表1', '2024年部门综合预算收支总表', SUMMARY_HEADER, CARRYOVER_SUMMARY_ROWS),
    wordTable('表10', '2024年部门综合预算专项业务经费支出表', SPECIAL_HEADER, special),
    wordTable('表11', '2024年部门综合预算财政拨款上年结转资金支出表', CARRYOVER_HEADER, carryover),
  );
  const { identities } = runRules(d, profileById(d.meta.layout)!);
  const of = (prefix: string) => identities.filter((e) => e.source.startsWith(prefix) && !e.blank);
  return { d, sx10: of('sx10'), sx11: of('sx11') };
}

describe('陕西 专项业务经费 and 结转资金 tables', () => {
  it('reads a 合计 printed in the code column as the total line, and checks it against the 收支总表', () => {
    const { d, sx10 } = listsCase();
    const special = d.tables.find((t) => t.kind === 'special-operations-projects')!;
    expect(special.rows[0].kind).toBe('total');
    expect(special.rows[0].name).toBe('合计');
    // The unit's line = its project, the 合计 = the unit (the grouping borne out), and the 收支总表's line.
    expect(sx10.map((e) => [e.source, e.outcome])).toEqual([
      ['sx10-list-total', 'exact'],
      ['sx10-list-total', 'exact'],
      ['sx10-total=sx1-special-operations', 'exact'],
    ]);
    // A 合计 its units do not make: the grouping is no longer borne out, the 收支总表 still disagrees.
    const wrong = listsCase(withCell(SPECIAL_ROWS, 0, 2, '31.00')).sx10;
    expect(wrong.map((e) => [e.source, e.outcome])).toEqual([
      ['sx10-total=sx1-special-operations', 'mismatch'],
    ]);
  });

  it('checks the 结转资金支出表: its 合计 = its projects = the 收支总表 财政拨款资金结转', () => {
    const { d, sx11 } = listsCase();
    expect(d.tables.map((t) => t.kind)).toContain('carryover-spending');
    expect(sx11.map((e) => [e.source, e.outcome])).toEqual([
      ['sx11-list-total', 'exact'],
      ['sx11-total=sx1-fiscal-carryover', 'exact'],
    ]);
    const wrongLine = listsCase(SPECIAL_ROWS, withCell(CARRYOVER_ROWS, 2, 4, '3.50')).sx11;
    expect(wrongLine.map((e) => e.outcome)).toEqual(['mismatch', 'exact']);
    const wrongTotal = listsCase(SPECIAL_ROWS, withCell(CARRYOVER_ROWS, 0, 4, '11.00')).sx11;
    expect(wrongTotal.map((e) => e.outcome)).toEqual(['mismatch', 'mismatch']);
  });

  it('takes the projects of a 结转资金支出表 printed without 合计 together, against the 收支总表', () => {
    const lines = CARRYOVER_ROWS.slice(1);
    const { sx11 } = listsCase(SPECIAL_ROWS, lines);
    expect(sx11.map((e) => [e.source, e.outcome])).toEqual([['sx11-lines=sx1-fiscal-carryover', 'exact']]);
    const wrong = listsCase(SPECIAL_ROWS, withCell(lines, 1, 4, '3.50')).sx11;
    expect(wrong.map((e) => e.outcome)).toEqual(['mismatch']);
  });
});

/** 财政拨款收支总表 (表4): 序号 | 收入 | the three expenditure views, each side under 一、财政拨款. */
const FISCAL_HEADER = [
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
];
const FISCAL = '一、财政拨款';
const FISCAL_ROWS = [
  ['1', FISCAL, '100.00', FISCAL, '100.00', FISCAL, '100.00', FISCAL, '100.00'],
  [
    '2',
    '1、一般公共预算拨款',
    '100.00',
    '1、一般公共服务支出',
    '60.00',
    '1、人员经费和公用经费支出',
    '70.00',
    '1、机关工资福利支出',
    '50.00',
  ],
  [
    '3',
    '2、政府性基金拨款',
    '',
    '2、社会保障和就业支出',
    '40.00',
    '(1)工资福利支出',
    '50.00',
    '2、机关商品和服务支出',
    '50.00',
  ],
  ['4', '3、国有资本经营预算收入', '', '', '', '(2)商品和服务支出', '20.00', '', ''],
  ['5', '', '', '', '', '2、专项业务经费支出', '30.00', '', ''],
  ['6', '', '', '', '', '(1)商品和服务支出', '30.00', '', ''],
  [
    '7',
    '本年收入合计',
    '100.00',
    '本年支出合计',
    '100.00',
    '本年支出合计',
    '100.00',
    '本年支出合计',
    '100.00',
  ],
  ['8', '上年结转', '10.00', '结转下年', '10.00', '结转下年', '10.00', '结转下年', '10.00'],
  ['9', '收入总计', '110.00', '支出总计', '110.00', '支出总计', '110.00', '支出总计', '110.00'],
];

function fiscalCase(rows = FISCAL_ROWS) {
  const d = toDisclosure(
    wordTable('表4', '2024年部门综合预算财政拨款收支总表', FISCAL_HEADER, rows, '元'),
    wordTable('表5', '部门综合预算一般公共预算支出明细表（按功能科目分）', HEADER, FUNCTION_ROWS),
  );
  const { identities } = runRules(d, profileById(d.meta.layout)!);
  const of = identities.filter((e) => /^(sx4|t4)-/u.test(e.source) && !e.blank);
  return { d, of, mismatched: of.filter((e) => e.outcome === 'mismatch').map((e) => e.source) };
}

describe('陕西 财政拨款收支总表: the national lines, and three expenditure views side by side', () => {
  it('reads every column with its role and checks each view against the first and the income', () => {
    const { d, of, mismatched } = fiscalCase();
    const fiscal = d.tables.filter((t) => t.kind.startsWith('fiscal-summary'));
    expect(fiscal.map((t) => [t.label, t.columns.map((c) => c.key)])).toEqual([
      ['表4', ['income.amount', 'expenditure.total']],
      ['表4（按部门预算支出经济分类）', ['amount']],
      ['表4（按政府预算支出经济分类）', ['amount']],
    ]);
    const sources = new Set(of.map((e) => e.source));
    for (const id of [
      't4-fiscal-appropriation',
      't4-income-total',
      't4-balance',
      'sx4-function-current',
      'sx4-function-total',
      'sx4-department-economic-current-year-expenditure',
      'sx4-department-economic-expenditure-total',
      'sx4-department-economic-personnel-and-operating',
      'sx4-government-economic-current',
      'sx4-government-economic-expenditure-total',
    ])
      expect(sources).toContain(id);
    expect(mismatched).toEqual([]);
  });

  it('finds a view line that its group does not add up to', () => {
    const { mismatched } = fiscalCase(withCell(FISCAL_ROWS, 3, 6, '21.00'));
    expect(mismatched).toEqual(['sx4-department-economic-personnel-and-operating']);
  });

  it('finds a view whose 支出总计 is not the first view’s', () => {
    const { mismatched } = fiscalCase(withCell(FISCAL_ROWS, 8, 8, '111.00'));
    expect(mismatched).toContain('sx4-government-economic-expenditure-total');
    expect(mismatched).toContain('sx4-government-economic-total');
  });
});

describe('陕西 收入总表 with 其他收入 printed beside the 部门预算 group (2019)', () => {
  // As Word's text copy prints merged headers: 部门预算 over three columns, the others over two rows.
  const header = [
    ['单位编码', '单位名称', '总计', '部门预算', '其他收入'],
    ['', '', '', '合计', '一般公共预算拨款', '上年结转', ''],
  ];
  const rows = [
    ['', '合计', '114.00', '110.00', '100.00', '10.00', '4.00'],
    ['125001', '测试市示例局', '114.00', '110.00', '100.00', '10.00', '4.00'],
  ];
  const sums = (r: string[][]) => {
    const d = toDisclosure(
      wordTable('表2', '2019年部门综合预算收入总表', header, r),
      wordTable('表5', '部门综合预算一般公共预算支出明细表（按功能科目分）', HEADER, FUNCTION_ROWS),
    );
    const income = d.tables.find((t) => t.kind === 'income-summary')!;
    const { identities } = runRules(d, profileById(d.meta.layout)!);
    return {
      roles: income.columns.map((c) => c.role),
      outcomes: identities
        .filter((e) => /^sx2-/u.test(e.source))
        .map((e) => `${e.source} ${e.outcome}`)
        .sort(),
    };
  };

  it('reads it outside the group: no part of the 合计, the rest of the 总计', () => {
    const { roles, outcomes } = sums(rows);
    expect(roles).toEqual(['grand-total', 'total', 'general-budget', 'carryover', 'other-revenue-outside']);
    expect(outcomes).toEqual([
      'sx2-grand-total exact',
      'sx2-grand-total exact',
      'sx2-row-total exact',
      'sx2-row-total exact',
    ]);
    expect(sums(withCell(rows, 1, 6, '5.00')).outcomes).toContain('sx2-grand-total mismatch');
  });
});
