/**
 * The identities of the national 表1–表10 layout (DESIGN §4), as data: evaluated generically by rules/engine/identities.
 */
import { ECONOMIC_CLASS_ROLES } from './economic-columns.js';
import { bySource, change, coded } from './identity-kit.js';
import type { IdentitySpec } from './types.js';

export const NATIONAL_IDENTITIES: IdentitySpec[] = [
  // 表1
  {
    id: 't1-current-year-income',
    family: 'line-sum',
    table: 'income-expenditure-summary',
    total: 'current-year-income',
    parts: 'children',
    column: 'income.amount',
  },
  {
    id: 't1-prior-carryover',
    family: 'line-sum',
    table: 'income-expenditure-summary',
    total: 'prior-carryover',
    parts: 'children',
    column: 'income.amount',
  },
  {
    id: 't1-income-total',
    family: 'line-sum',
    table: 'income-expenditure-summary',
    total: 'income-total',
    parts: 'top-level',
    // 本年收入合计 and the sources printed below it (上级补助收入 …, 上年结转结余), where the numbered lines
    // above it (一、财政拨款 … 七、其他收入) are the current year's sources.
    sumFrom: 'current-year-income',
    column: 'income.amount',
  },
  { id: 't1-expenditure-total', family: 'total-row', table: 'income-expenditure-summary' },
  {
    id: 't1-expenditure-lines',
    family: 'line-sum',
    table: 'income-expenditure-summary',
    total: 'expenditure-total',
    parts: 'top-level',
    // 本年支出合计 and what is printed below it (年终结转结余, 结转下年), where the template prints them.
    sumFrom: 'current-year-expenditure',
    column: 'expenditure.amount',
  },

  {
    // Named lines (一、一般公共服务支出 …) that could not all be given their 类 code; coded ones are summed by
    // t1-expenditure-total.
    id: 't1-current-year-expenditure',
    family: 'line-sum',
    table: 'income-expenditure-summary',
    total: 'current-year-expenditure',
    parts: 'top-level',
    column: 'expenditure.amount',
  },
  { id: 't1-of-which', family: 'bound', table: 'income-expenditure-summary' },
  // The template's 其中 lines under these income lines name every source, so they add up to the line.
  ...[
    'general-budget-appropriation',
    'gov-fund-appropriation',
    'state-capital-appropriation',
    'unit-funds',
    'fiscal-carryover',
    'nonfiscal-carryover',
  ].map((role) => ({
    id: `t1-${role}-breakdown`,
    family: 'line-sum' as const,
    table: 'income-expenditure-summary',
    total: role,
    parts: 'of-which' as const,
    column: 'income.amount',
  })),
  {
    id: 't1-balance',
    family: 'balance',
    table: 'income-expenditure-summary',
    a: { table: 'income-expenditure-summary', row: { role: 'income-total' }, column: 'income.amount' },
    b: {
      table: 'income-expenditure-summary',
      row: { role: 'expenditure-total' },
      column: 'expenditure.amount',
    },
  },
  {
    id: 't1-income-total=t2-total',
    family: 'cross-table',
    a: { table: 'income-expenditure-summary', row: { role: 'income-total' }, column: 'income.amount' },
    b: { table: 'income-summary', row: { total: true }, column: 'total' },
    exact: true,
  },
  {
    // 表1's 一般公共预算拨款 is 一般财力 + 上级一般公共预算安排转移支付; 表2 prints the two in their own columns
    // (一般公共预算 | 上级一般公共预算安排的转移支付), so the line is their sum (the first alone where 表2 has no
    // transfer column).
    id: 't1-general-budget=t2-general-budget',
    family: 'cross-table',
    a: {
      table: 'income-expenditure-summary',
      row: { role: 'general-budget-appropriation' },
      column: 'income.amount',
    },
    b: [
      { table: 'income-summary', row: { total: true }, column: 'general-budget' },
      { table: 'income-summary', row: { total: true }, column: 'general-transfer' },
    ],
    exact: true,
  },
  {
    id: 't1-unit-funds=t2-unit-funds',
    family: 'cross-table',
    a: { table: 'income-expenditure-summary', row: { role: 'unit-funds' }, column: 'income.amount' },
    b: { table: 'income-summary', row: { total: true }, column: 'unit-funds' },
    exact: true,
  },
  {
    id: 't1-class=t3-class',
    family: 'cross-table',
    codes: {
      a: { table: 'income-expenditure-summary', column: 'expenditure.amount' },
      b: { table: 'expenditure-summary', column: 'total' },
    },
    exact: true,
  },
  // 表2
  ...bySource('income-summary', 't2'),
  {
    id: 't2-code=t3-code',
    family: 'cross-table',
    codes: {
      a: { table: 'income-summary', column: 'total' },
      b: { table: 'expenditure-summary', column: 'total' },
    },
    exact: true,
  },
  // 表3
  ...coded('expenditure-summary', 't3', [
    ['total', ['basic', 'project', 'business-operating', 'subsidiary-grants', 'remit-superior']],
    ['basic', ['personnel', 'operating']],
  ]),
  {
    // What 表3 carries into next year by 科目 adds up to 表1's 结转下年 line (烟台).
    id: 't3-carry-forward=t1-carry-forward',
    family: 'cross-table',
    a: { table: 'expenditure-summary', row: { total: true }, column: 'carry-forward' },
    b: { table: 'income-expenditure-summary', row: { role: 'carry-forward' }, column: 'expenditure.amount' },
    exact: true,
  },
  {
    id: 't3-total=t1-expenditure-total',
    family: 'cross-table',
    // 表3 is this year's spending: 表1's 本年支出合计 where 表1 prints one (then 年终结转结余 makes up 支出总计).
    a: {
      table: 'income-expenditure-summary',
      row: { role: 'current-year-expenditure' },
      column: 'expenditure.amount',
    },
    aIfAbsent: {
      table: 'income-expenditure-summary',
      row: { role: 'expenditure-total' },
      column: 'expenditure.amount',
    },
    b: { table: 'expenditure-summary', row: { total: true }, column: 'total' },
    exact: true,
  },
  // 表4
  {
    id: 't4-fiscal-appropriation',
    family: 'line-sum',
    table: 'fiscal-summary',
    total: 'fiscal-appropriation',
    parts: ['general-budget', 'gov-fund', 'state-capital'],
    column: 'income.amount',
  },
  {
    id: 't4-income-total',
    family: 'line-sum',
    table: 'fiscal-summary',
    total: 'income-total',
    parts: ['fiscal-appropriation', 'prior-carryover'],
    column: 'income.amount',
  },
  {
    id: 't4-row-total',
    family: 'row-sum',
    table: 'fiscal-summary',
    total: 'total',
    parts: ['general-budget', 'gov-fund', 'state-capital'],
  },
  { id: 't4-total-row', family: 'total-row', table: 'fiscal-summary' },
  {
    id: 't4-balance',
    family: 'balance',
    table: 'fiscal-summary',
    a: { table: 'fiscal-summary', row: { role: 'income-total' }, column: 'income.amount' },
    b: { table: 'fiscal-summary', row: { role: 'expenditure-total' }, column: 'total' },
  },
  {
    id: 't4-income=t1-fiscal',
    family: 'cross-table',
    a: { table: 'fiscal-summary', row: { role: 'income-total' }, column: 'income.amount' },
    // Where 表4 prints 上年结转 below 一、财政拨款, its total includes the carry-over and the line is the match.
    orA: { table: 'fiscal-summary', row: { role: 'fiscal-appropriation' }, column: 'income.amount' },
    b: [
      {
        table: 'income-expenditure-summary',
        row: { role: 'general-budget-appropriation' },
        column: 'income.amount',
      },
      {
        table: 'income-expenditure-summary',
        row: { role: 'gov-fund-appropriation' },
        column: 'income.amount',
      },
      {
        table: 'income-expenditure-summary',
        row: { role: 'state-capital-appropriation' },
        column: 'income.amount',
      },
      { table: 'income-expenditure-summary', row: { role: 'fiscal-carryover' }, column: 'income.amount' },
    ],
  },
  {
    id: 't4-general=t5-code',
    family: 'cross-table',
    codes: {
      a: { table: 'fiscal-summary', column: 'general-budget' },
      b: { table: 'general-budget-expenditure', column: 'total' },
    },
    exact: true,
  },
  {
    id: 't4-general=t5-total',
    family: 'cross-table',
    a: { table: 'fiscal-summary', row: { role: 'expenditure-total' }, column: 'general-budget' },
    b: { table: 'general-budget-expenditure', row: { total: true }, column: 'total' },
    exact: true,
  },
  {
    id: 't4-gov-fund=t8-total',
    family: 'cross-table',
    a: { table: 'fiscal-summary', row: { role: 'expenditure-total' }, column: 'gov-fund' },
    b: { table: 'gov-fund-expenditure', row: { total: true }, column: 'total' },
    exact: true,
  },
  {
    id: 't4-state-capital=t9-total',
    family: 'cross-table',
    a: { table: 'fiscal-summary', row: { role: 'expenditure-total' }, column: 'state-capital' },
    b: { table: 'state-capital-expenditure', row: { total: true }, column: 'total' },
    exact: true,
  },
  // 表5
  ...coded('general-budget-expenditure', 't5', [
    ['total', ['basic', 'project']],
    ['basic', ['personnel', 'operating']],
  ]),
  {
    id: 't5-basic=t6-total',
    family: 'cross-table',
    a: { table: 'general-budget-expenditure', row: { total: true }, column: 'basic' },
    b: { table: 'general-budget-basic', row: { total: true }, column: 'total' },
    exact: true,
  },
  {
    id: 't5-project=t7-total',
    family: 'cross-table',
    a: { table: 'general-budget-expenditure', row: { total: true }, column: 'project' },
    b: { table: 'general-budget-projects', row: { total: true }, column: 'total' },
    exact: true,
  },
  {
    id: 't5-code<=t3-code',
    family: 'cross-table',
    codes: {
      a: { table: 'general-budget-expenditure', column: 'total' },
      b: { table: 'expenditure-summary', column: 'total' },
    },
    relation: 'le',
  },
  // 表5 by 经济分类
  ...coded('general-budget-economic', 't5e', [
    ['total', ['basic', 'project']],
    ['basic', ['personnel', 'operating']],
  ]),
  {
    id: 't5e-total=t5-total',
    family: 'cross-table',
    a: { table: 'general-budget-economic', row: { total: true }, column: 'total' },
    b: { table: 'general-budget-expenditure', row: { total: true }, column: 'total' },
    exact: true,
  },
  // 表6
  ...coded('general-budget-basic', 't6', [['total', ['personnel', 'operating']]]),
  // 基本支出 by 经济分类 类 columns (湖南): the total is their sum.
  {
    id: 't6-row-economic',
    family: 'row-sum',
    table: 'general-budget-basic',
    total: 'total',
    parts: ECONOMIC_CLASS_ROLES,
    minParts: 2,
  },
  // 财政专户管理资金预算支出表 (湖南 表10): its own sums, each 科目 within the 支出总表's.
  ...coded('special-account-expenditure', 'tsa', [['total', ['basic', 'project']]]),
  {
    id: 'tsa-code<=t3-code',
    family: 'cross-table',
    codes: {
      a: { table: 'special-account-expenditure', column: 'total' },
      b: { table: 'expenditure-summary', column: 'total' },
    },
    relation: 'le',
  },
  {
    id: 't6-reception<=t10-reception',
    family: 'cross-table',
    a: { table: 'general-budget-basic', row: { code: '30217' }, column: 'total' },
    b: { table: 'three-public', row: { role: 'reception' }, column: 'total' },
    relation: 'le',
  },
  {
    id: 't6-vehicle<=t10-vehicle-operation',
    family: 'cross-table',
    a: { table: 'general-budget-basic', row: { code: '30231' }, column: 'total' },
    b: { table: 'three-public', row: { role: 'vehicle-operation' }, column: 'total' },
    relation: 'le',
  },
  // 表7: projects under their 科目, or a list of projects
  ...coded(
    'general-budget-projects',
    't7',
    [
      [
        'total',
        [
          'econ-301',
          'econ-302',
          'econ-303',
          'econ-307',
          'econ-309',
          'econ-310',
          'econ-311',
          'econ-312',
          'econ-313',
          'econ-399',
        ],
      ],
    ],
    true,
  ),
  // 表8 / 表9
  ...coded('gov-fund-expenditure', 't8', [['total', ['basic', 'project']]]),
  ...coded('state-capital-expenditure', 't9', [['total', ['basic', 'project']]]),
  // 表10
  {
    id: 't10-total',
    family: 'line-sum',
    table: 'three-public',
    total: 'total',
    parts: ['overseas', 'reception', 'vehicle'],
    column: '*',
  },
  {
    id: 't10-vehicle',
    family: 'line-sum',
    table: 'three-public',
    total: 'vehicle',
    parts: ['vehicle-purchase', 'vehicle-operation'],
    column: '*',
  },
  {
    id: 't10-row-total',
    family: 'row-sum',
    table: 'three-public',
    total: 'total',
    // 会议费 and 培训费 where the table prints them beside the 三公 (陕西); absent elsewhere.
    parts: ['general-budget', 'gov-fund', 'state-capital', 'meetings', 'training'],
  },
  {
    id: 't10-columns-total',
    family: 'row-sum',
    table: 'three-public',
    total: 'total',
    parts: ['overseas', 'vehicle', 'reception', 'meetings', 'training'],
    minParts: 2,
  },
  {
    id: 't10-columns-three-public',
    family: 'row-sum',
    table: 'three-public',
    total: 'three-public-total',
    parts: ['overseas', 'vehicle', 'reception'],
  },
  {
    id: 't10-columns-vehicle',
    family: 'row-sum',
    table: 'three-public',
    total: 'vehicle',
    parts: ['vehicle-purchase', 'vehicle-operation'],
  },
  // 中央 prints 执行数 | 预算数 | 增减 beside the 三公 items too.
  change('three-public', 't10'),
  // 基本支出 and 项目支出 by source of funds
  ...bySource('basic-by-source', 'basic'),
  ...bySource('projects-by-source', 'projects', true),
  // 财政拨款支出表（功能科目） and 财政拨款基本支出表（经济科目）
  ...coded('fiscal-expenditure', 'tf', [
    ['total', ['basic', 'project']],
    ['basic', ['personnel', 'operating']],
  ]),
  ...coded('fiscal-basic', 'tfb', [['total', ['personnel', 'operating']]]),
  {
    id: 'tfb-total=tf-basic',
    family: 'cross-table',
    a: { table: 'fiscal-basic', row: { total: true }, column: 'total' },
    b: { table: 'fiscal-expenditure', row: { total: true }, column: 'basic' },
    exact: true,
  },
];
