/**
 * The identities of the Shanghai budget layout (9 tables, 元; the 三公 table in 万元), as data.
 */
import type { IdentitySpec } from './types.js';

const cell = (table: string, role: string, column: string) => ({ table, row: { role }, column });
const totalOf = (table: string, column: string) => ({ table, row: { total: true as const }, column });

export const SHANGHAI_BUDGET_IDENTITIES: IdentitySpec[] = [
  // 财务收支预算总表
  {
    id: 'sh-t1-fiscal',
    family: 'line-sum',
    table: 'income-expenditure-summary',
    total: 'fiscal-appropriation',
    parts: 'children',
    column: 'income.amount',
  },
  {
    id: 'sh-t1-income-total',
    family: 'line-sum',
    table: 'income-expenditure-summary',
    total: 'income-total',
    parts: 'top-level',
    column: 'income.amount',
  },
  {
    id: 'sh-t1-expenditure-total',
    family: 'line-sum',
    table: 'income-expenditure-summary',
    total: 'expenditure-total',
    parts: 'first-level',
    column: 'expenditure.amount',
  },
  {
    id: 'sh-t1-balance',
    family: 'balance',
    table: 'income-expenditure-summary',
    a: cell('income-expenditure-summary', 'income-total', 'income.amount'),
    b: cell('income-expenditure-summary', 'expenditure-total', 'expenditure.amount'),
  },
  {
    id: 'sh-t1-income=t2-total',
    family: 'cross-table',
    a: cell('income-expenditure-summary', 'income-total', 'income.amount'),
    b: totalOf('income-summary', 'total'),
    exact: true,
  },
  {
    id: 'sh-t1-fiscal=t2-fiscal',
    family: 'cross-table',
    a: cell('income-expenditure-summary', 'fiscal-appropriation', 'income.amount'),
    b: totalOf('income-summary', 'fiscal'),
    exact: true,
  },
  {
    id: 'sh-t1-unit-revenue=t2',
    family: 'cross-table',
    a: cell('income-expenditure-summary', 'unit-revenue', 'income.amount'),
    b: totalOf('income-summary', 'unit-revenue'),
    exact: true,
  },
  {
    id: 'sh-t1-operating-revenue=t2',
    family: 'cross-table',
    a: cell('income-expenditure-summary', 'operating-revenue', 'income.amount'),
    b: totalOf('income-summary', 'operating-revenue'),
    exact: true,
  },
  {
    id: 'sh-t1-other-revenue=t2',
    family: 'cross-table',
    a: cell('income-expenditure-summary', 'other-revenue', 'income.amount'),
    b: totalOf('income-summary', 'other-revenue'),
    exact: true,
  },
  {
    id: 'sh-t1-class=t3-class',
    family: 'cross-table',
    codes: {
      a: { table: 'income-expenditure-summary', column: 'expenditure.amount' },
      b: { table: 'expenditure-summary', column: 'total' },
    },
    exact: true,
  },
  // 收入预算总表
  {
    id: 'sh-t2-row-total',
    family: 'row-sum',
    table: 'income-summary',
    total: 'total',
    parts: ['fiscal', 'unit-revenue', 'operating-revenue', 'other-revenue'],
  },
  { id: 'sh-t2-hierarchy', family: 'hierarchy', table: 'income-summary' },
  { id: 'sh-t2-total-row', family: 'total-row', table: 'income-summary' },
  // Income by function is what the department spends by function: the same code, the same amount.
  {
    id: 'sh-t2-code=t3-code',
    family: 'cross-table',
    codes: {
      a: { table: 'income-summary', column: 'total' },
      b: { table: 'expenditure-summary', column: 'total' },
    },
    exact: true,
  },
  // 支出预算总表
  {
    id: 'sh-t3-row-total',
    family: 'row-sum',
    table: 'expenditure-summary',
    total: 'total',
    parts: ['basic', 'project'],
  },
  { id: 'sh-t3-hierarchy', family: 'hierarchy', table: 'expenditure-summary' },
  { id: 'sh-t3-total-row', family: 'total-row', table: 'expenditure-summary' },
  {
    id: 'sh-t3-total=t1-expenditure',
    family: 'cross-table',
    a: totalOf('expenditure-summary', 'total'),
    b: cell('income-expenditure-summary', 'expenditure-total', 'expenditure.amount'),
    exact: true,
  },
  // 财政拨款收支预算总表
  {
    id: 'sh-t4-income-total',
    family: 'line-sum',
    table: 'fiscal-summary',
    total: 'income-total',
    parts: 'top-level',
    column: 'income.amount',
  },
  {
    id: 'sh-t4-expenditure-total',
    family: 'line-sum',
    table: 'fiscal-summary',
    total: 'expenditure-total',
    parts: 'first-level',
    column: '*',
  },
  {
    id: 'sh-t4-row-total',
    family: 'row-sum',
    table: 'fiscal-summary',
    total: 'total',
    parts: ['general-budget', 'gov-fund', 'state-capital'],
  },
  {
    id: 'sh-t4-balance',
    family: 'balance',
    table: 'fiscal-summary',
    a: cell('fiscal-summary', 'income-total', 'income.amount'),
    b: cell('fiscal-summary', 'expenditure-total', 'total'),
  },
  {
    id: 'sh-t4-general=t1-general',
    family: 'cross-table',
    a: cell('fiscal-summary', 'general-budget', 'income.amount'),
    b: cell('income-expenditure-summary', 'general-budget', 'income.amount'),
    exact: true,
  },
  {
    id: 'sh-t4-gov-fund=t1-gov-fund',
    family: 'cross-table',
    a: cell('fiscal-summary', 'gov-fund', 'income.amount'),
    b: cell('income-expenditure-summary', 'gov-fund', 'income.amount'),
    exact: true,
  },
  {
    id: 'sh-t4-income=t1-fiscal',
    family: 'cross-table',
    a: cell('fiscal-summary', 'income-total', 'income.amount'),
    b: cell('income-expenditure-summary', 'fiscal-appropriation', 'income.amount'),
    exact: true,
  },
  {
    id: 'sh-t4-general=t5-code',
    family: 'cross-table',
    codes: {
      a: { table: 'fiscal-summary', column: 'general-budget' },
      b: { table: 'general-budget-expenditure', column: 'total' },
    },
    exact: true,
  },
  {
    id: 'sh-t4-general=t5-total',
    family: 'cross-table',
    a: cell('fiscal-summary', 'expenditure-total', 'general-budget'),
    b: totalOf('general-budget-expenditure', 'total'),
    exact: true,
  },
  {
    id: 'sh-t4-gov-fund=t6-total',
    family: 'cross-table',
    a: cell('fiscal-summary', 'expenditure-total', 'gov-fund'),
    b: totalOf('gov-fund-expenditure', 'total'),
    exact: true,
  },
  {
    id: 'sh-t4-state-capital=t7-total',
    family: 'cross-table',
    a: cell('fiscal-summary', 'expenditure-total', 'state-capital'),
    b: totalOf('state-capital-expenditure', 'total'),
    exact: true,
  },
  // 一般公共预算 / 政府性基金 / 国有资本经营 支出功能分类预算表
  ...['general-budget-expenditure', 'gov-fund-expenditure', 'state-capital-expenditure'].flatMap(
    (t): IdentitySpec[] => [
      { id: `sh-${t}-row-total`, family: 'row-sum', table: t, total: 'total', parts: ['basic', 'project'] },
      { id: `sh-${t}-hierarchy`, family: 'hierarchy', table: t },
      { id: `sh-${t}-total-row`, family: 'total-row', table: t },
    ],
  ),
  {
    id: 'sh-t5-basic=t8-total',
    family: 'cross-table',
    a: totalOf('general-budget-expenditure', 'basic'),
    b: totalOf('general-budget-basic', 'total'),
    exact: true,
  },
  // 支出预算总表 also spends 事业收入 and 其他收入: a code there is ≥ the same code of the 一般公共预算 table.
  {
    id: 'sh-t5-code<=t3-code',
    family: 'cross-table',
    codes: {
      a: { table: 'general-budget-expenditure', column: 'total' },
      b: { table: 'expenditure-summary', column: 'total' },
    },
    relation: 'le',
  },
  // 一般公共预算基本支出部门预算经济分类预算表
  {
    id: 'sh-t8-row-total',
    family: 'row-sum',
    table: 'general-budget-basic',
    total: 'total',
    parts: ['personnel', 'operating'],
  },
  { id: 'sh-t8-hierarchy', family: 'hierarchy', table: 'general-budget-basic' },
  { id: 'sh-t8-total-row', family: 'total-row', table: 'general-budget-basic' },
  // 三公 covers project funds too: the 基本支出 lines are bounded by the 三公 figures, not equal (DESIGN §4).
  {
    id: 'sh-t8-reception<=t9-reception',
    family: 'cross-table',
    a: { table: 'general-budget-basic', row: { code: '30217' }, column: 'total' },
    b: { table: 'three-public', row: { total: true }, column: 'reception' },
    relation: 'le',
  },
  {
    id: 'sh-t8-vehicle<=t9-vehicle-operation',
    family: 'cross-table',
    a: { table: 'general-budget-basic', row: { code: '30231' }, column: 'total' },
    b: { table: 'three-public', row: { total: true }, column: 'vehicle-operation' },
    relation: 'le',
  },
  // 机关运行经费 is the 公用经费 of 行政单位 (and 参公 units): at most the 公用经费 of the whole department.
  {
    id: 'sh-t9-agency<=t8-operating',
    family: 'cross-table',
    a: { table: 'three-public', row: { total: true }, column: 'agency-operating' },
    b: totalOf('general-budget-basic', 'operating'),
    relation: 'le',
  },
  // “三公”经费和机关运行经费预算表 (one row, a column per item)
  {
    id: 'sh-t9-total',
    family: 'row-sum',
    table: 'three-public',
    total: 'total',
    parts: ['overseas', 'reception', 'vehicle'],
  },
  {
    id: 'sh-t9-vehicle',
    family: 'row-sum',
    table: 'three-public',
    total: 'vehicle',
    parts: ['vehicle-purchase', 'vehicle-operation'],
  },
];
