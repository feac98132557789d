/**
 * The 陕西 部门综合预算 tables that print income beside three expenditure views (收支总表, 政府性基金收支表):
 * 收入 | 支出功能分类 | 部门预算支出经济分类 | 政府预算支出经济分类, each side a list — under a heading line
 * 一、部门预算 in the 收支总表 — with its 本年收入/支出合计, the lines below it, and 收入/支出总计. The first view stays
 * with the income side; the other two are read as tables of their own (TableSpec.views), and each adds up to the
 * same 本年支出合计 and 支出总计 as the first.
 */
import type { ColumnSpec, IdentitySpec, RowRoleSpec, TableSpec } from './types.js';

const SUMMARY = 'comprehensive-summary';
const GOV_FUND = 'gov-fund-summary';
/** The national kind: 陕西's 财政拨款收支总表 (表4) prints its lines, and the expenditure in three views. */
const FISCAL = 'fiscal-summary';
const AMOUNT: ColumnSpec = { role: 'amount', header: '预算数|金额', label: '预算数' };
const HEADING = '^部门预算$';
/** 表4 heads each side with 一、财政拨款 (2019: 一、部门预算, printed blank, above 1、财政拨款). */
const FISCAL_HEADING = '^(部门预算|财政拨款)$';

function expenditureLines(heading: string, label = '部门预算'): RowRoleSpec[] {
  return [
    { role: 'expenditure-heading', name: heading, label },
    { role: 'current-year-expenditure', name: '^本年支出合计$', label: '本年支出合计' },
    { role: 'expenditure-total', name: '^支出总计$', label: '支出总计' },
  ];
}
const EXPENDITURE_LINES = expenditureLines(HEADING);

const VIEWS = [
  { kind: 'department-economic', header: '部门预算支出经济', printedAs: '按部门预算支出经济分类' },
  { kind: 'government-economic', header: '政府预算支出经济', printedAs: '按政府预算支出经济分类' },
];

function twoSided(kind: string, title: string, printedAs: string, incomeLines: RowRoleSpec[]): TableSpec {
  return {
    kind,
    title,
    printedAs,
    shape: 'two-sided',
    columns: [
      { ...AMOUNT, side: 'income' },
      { ...AMOUNT, side: 'expenditure' },
    ],
    rowRoles: [
      { role: 'income-heading', name: HEADING, side: 'income', label: '部门预算' },
      ...incomeLines,
      { role: 'current-year-income', name: '^本年收入合计$', side: 'income', label: '本年收入合计' },
      { role: 'income-total', name: '^收入总计$', side: 'income', label: '收入总计' },
      ...EXPENDITURE_LINES.map((r) => ({ ...r, side: 'expenditure' as const })),
    ],
    views: VIEWS.map((v) => `${kind}-${v.kind}`),
  };
}

function views(parent: string, heading = HEADING, label?: string): TableSpec[] {
  return VIEWS.map((v) => ({
    kind: `${parent}-${v.kind}`,
    title: v.header,
    printedAs: v.printedAs,
    viewOf: parent,
    shape: 'outline',
    columns: [AMOUNT],
    rowRoles: [
      ...expenditureLines(heading, label),
      { role: 'personnel-and-operating', name: '^人员经费和公用经费支出$', label: '人员经费和公用经费支出' },
      { role: 'special-operations', name: '^专项业务经费支出$', label: '专项业务经费支出' },
    ],
  }));
}

/**
 * 专项业务经费支出表: units and their projects (项目金额 | 项目简介), its 合计 the 收支总表's 专项业务经费支出. Each
 * unit's line is the sum of its projects where the figures bear that out; where the projects are grouped again by
 * lines that print no marker of their level (通用项目, 专用项目), they do not, and only the 合计 is checked.
 */
const SPECIAL_OPERATIONS: TableSpec = {
  kind: 'special-operations-projects',
  title: '专项业务经费(支出)?(预算)?表',
  printedAs: '表10 部门综合预算专项业务经费支出表',
  shape: 'coded',
  columns: [{ role: 'amount', header: '^(项目)?金额|预算数', label: '项目金额' }],
};

/**
 * 财政拨款(上年)结转资金支出表: one line per project carried over (预算单位 | 预算项目名称 | 金额 | 功能分类科目 |
 * 政府经济分类科目 | 项目类别 | 资金性质), and a 合计 line in most years. Its 合计 is the sum of its lines, and the
 * 财政拨款 carry-over the 收支总表 prints under 上年结转 (其中：财政拨款资金结转).
 */
const CARRYOVER_SPENDING: TableSpec = {
  kind: 'carryover-spending',
  title: '结转(资金)?支出表',
  printedAs: '表11 部门综合预算财政拨款上年结转资金支出表',
  shape: 'coded',
  columns: [{ role: 'amount', header: '^(金额|预算数|项目金额)$', label: '金额' }],
};

/**
 * 财政拨款收支总表 (表4): the national table's lines (一、财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营, with
 * 上年结转 收入总计), read from the national spec; its expenditure 支出功能分类 | 部门预算 | 政府预算 经济分类 side
 * by side, each under 一、财政拨款 and each adding up to 本年支出合计 and 支出总计, as the 收支总表's.
 */
export function fiscalSummary(national: TableSpec): TableSpec[] {
  return [
    {
      ...national,
      columns: [
        { ...AMOUNT, side: 'income' },
        { role: 'total', header: AMOUNT.header, side: 'expenditure', label: '支出功能分类预算数' },
      ],
      rowRoles: [
        ...(national.rowRoles ?? []),
        ...expenditureLines(FISCAL_HEADING, '财政拨款').map((r) => ({ ...r, side: 'expenditure' as const })),
      ],
      views: VIEWS.map((v) => `${FISCAL}-${v.kind}`),
    },
    ...views(FISCAL, FISCAL_HEADING, '财政拨款'),
  ];
}

export const SUMMARY_TABLES: TableSpec[] = [
  SPECIAL_OPERATIONS,
  CARRYOVER_SPENDING,
  twoSided(SUMMARY, '综合预算收支总表$', '表1 部门综合预算收支总表', [
    { role: 'fiscal-appropriation', name: '^财政拨款$', side: 'income', label: '财政拨款' },
    { role: 'fiscal-carryover', name: '^财政拨款(资金)?结转$', side: 'income', label: '财政拨款资金结转' },
  ]),
  ...views(SUMMARY),
  twoSided(GOV_FUND, '政府性基金收支(总)?表', '表9 部门综合预算政府性基金收支表', []),
  ...views(GOV_FUND),
];

/**
 * A list's totals: the lines under 一、部门预算 (or, without that heading, the first-level lines) make 本年合计,
 * which with the lines printed below it makes 总计.
 */
function listTotals(
  id: string,
  table: string,
  column: string,
  side: 'income' | 'expenditure',
): IdentitySpec[] {
  const current = side === 'income' ? 'current-year-income' : 'current-year-expenditure';
  const heading = `${side}-heading`;
  return [
    {
      id: `${id}-heading`,
      family: 'line-sum',
      table,
      total: heading,
      parts: 'children',
      column,
      ifPrinted: true,
    },
    {
      id: `${id}-current`,
      family: 'line-sum',
      table,
      total: current,
      parts: 'children',
      childrenOf: heading,
      column,
    },
    {
      id: `${id}-total`,
      family: 'line-sum',
      table,
      total: `${side}-total`,
      parts: 'top-level',
      sumFrom: current,
      column,
    },
  ];
}

const at = (table: string, role: string, column: string) => ({ table, row: { role }, column });

/**
 * The views beside a table's first expenditure view: each adds up as a list, agrees with the first on 本年支出合计
 * and 支出总计, and sums its 人员经费和公用经费 and 专项业务经费 lines. `column` is the first view's amount column.
 */
function viewIdentities(prefix: string, kind: string, column: string): IdentitySpec[] {
  return VIEWS.flatMap((v) => {
    const view = `${kind}-${v.kind}`;
    return [
      ...listTotals(`${prefix}-${v.kind}`, view, 'amount', 'expenditure'),
      ...(['current-year-expenditure', 'expenditure-total'] as const).map((role) => ({
        id: `${prefix}-${v.kind}-${role}`,
        family: 'cross-table' as const,
        a: at(view, role, 'amount'),
        b: at(kind, role, column),
        exact: true,
      })),
      ...['personnel-and-operating', 'special-operations'].map((role) => ({
        id: `${prefix}-${v.kind}-${role}`,
        family: 'line-sum' as const,
        table: view,
        total: role,
        parts: 'children' as const,
        column: 'amount',
      })),
    ];
  });
}

function tableIdentities(prefix: string, kind: string): IdentitySpec[] {
  const total = (side: 'income' | 'expenditure') => at(kind, `${side}-total`, `${side}.amount`);
  return [
    ...listTotals(`${prefix}-income`, kind, 'income.amount', 'income'),
    ...listTotals(`${prefix}-function`, kind, 'expenditure.amount', 'expenditure'),
    {
      id: `${prefix}-balance`,
      family: 'balance',
      table: kind,
      a: total('income'),
      b: total('expenditure'),
    },
    { id: `${prefix}-of-which`, family: 'bound', table: kind },
    ...viewIdentities(prefix, kind, 'expenditure.amount'),
  ];
}

/** 表4's expenditure lists (its income lines and balance are the national table's identities). */
export const FISCAL_IDENTITIES: IdentitySpec[] = [
  ...listTotals('sx4-function', FISCAL, 'expenditure.total', 'expenditure'),
  ...viewIdentities('sx4', FISCAL, 'expenditure.total'),
];

export const SUMMARY_IDENTITIES: IdentitySpec[] = [
  ...tableIdentities('sx1', SUMMARY),
  {
    id: 'sx1-fiscal',
    family: 'line-sum',
    table: SUMMARY,
    total: 'fiscal-appropriation',
    parts: 'children',
    column: 'income.amount',
  },
  {
    // Its projects under their units' lines, summed by unit where the figures bear that grouping out.
    id: 'sx10-list-total',
    family: 'line-sum',
    table: SPECIAL_OPERATIONS.kind,
    total: 'total',
    parts: 'listed',
    column: 'amount',
  },
  {
    id: 'sx10-total=sx1-special-operations',
    family: 'cross-table',
    a: { table: SPECIAL_OPERATIONS.kind, row: { total: true }, column: 'amount' },
    b: at(`${SUMMARY}-department-economic`, 'special-operations', 'amount'),
    exact: true,
  },
  {
    id: 'sx11-list-total',
    family: 'line-sum',
    table: CARRYOVER_SPENDING.kind,
    total: 'total',
    parts: 'listed',
    column: 'amount',
  },
  {
    id: 'sx11-total=sx1-fiscal-carryover',
    family: 'cross-table',
    a: { table: CARRYOVER_SPENDING.kind, row: { total: true }, column: 'amount' },
    b: at(SUMMARY, 'fiscal-carryover', 'income.amount'),
    exact: true,
  },
  {
    // Printed without a 合计 line (2019): its projects together.
    id: 'sx11-lines=sx1-fiscal-carryover',
    family: 'cross-table',
    a: at(SUMMARY, 'fiscal-carryover', 'income.amount'),
    b: { table: CARRYOVER_SPENDING.kind, row: { listed: true }, column: 'amount' },
  },
  ...tableIdentities('sx9', GOV_FUND),
  {
    // The 政府性基金收支表 prints no 总计 lines (不含上年结转): its 本年 lines balance.
    id: 'sx9-current-balance',
    family: 'balance',
    table: GOV_FUND,
    a: at(GOV_FUND, 'current-year-income', 'income.amount'),
    b: at(GOV_FUND, 'current-year-expenditure', 'expenditure.amount'),
  },
];
