/**
 * The identities of the 决算 layout (balance, budget vs actual, fund carry-over, 三公), as data.
 */
import type { CellSelector, IdentitySpec } from './types.js';

const T1 = 'income-expenditure-summary';
const T4 = 'fiscal-summary';
const line = (table: string, role: string, column: string): CellSelector => ({
  table,
  row: { role },
  column,
});
const totalOf = (table: string, column: string): CellSelector => ({ table, row: { total: true }, column });

/** Lines of a summary table that must balance, in every amount column of their side. */
function balanceLines(p: string, table: string): IdentitySpec[] {
  return [
    {
      id: `${p}-expenditure`,
      family: 'line-sum',
      table,
      total: 'current-expenditure',
      parts: 'first-level',
      column: '*',
    },
    {
      id: `${p}-income-total`,
      family: 'line-sum',
      table,
      total: 'income-total',
      parts: ['current-income', 'use-special-balance', 'use-nonfiscal-balance', 'opening-balance'],
      column: '*',
    },
    {
      id: `${p}-expenditure-total`,
      family: 'line-sum',
      table,
      total: 'expenditure-total',
      parts: ['current-expenditure', 'balance-distribution', 'closing-balance'],
      column: '*',
    },
  ];
}

function carryover(p: string, table: string): IdentitySpec[] {
  return [
    {
      id: `${p}-row-expenditure`,
      family: 'row-sum',
      table,
      total: 'current-expenditure',
      parts: ['basic', 'project'],
    },
    // 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出, per row; an adjustment column may close a gap.
    {
      id: `${p}-row-balance`,
      family: 'row-sum',
      table,
      total: 'closing-balance',
      parts: ['opening-balance', 'current-income'],
      minus: ['current-expenditure'],
      softIf: { columns: ['adjustment'] },
    },
    { id: `${p}-hierarchy`, family: 'hierarchy', table },
    { id: `${p}-total-row`, family: 'total-row', table },
  ];
}

const FUNDS = ['general-budget', 'gov-fund', 'state-capital'];

/** The 政府性基金 / 国有资本经营 table against that fund's column and lines in the 财政拨款收入支出决算总表. */
function fundTable(fund: 'gov-fund' | 'state-capital'): IdentitySpec[] {
  const table = `${fund}-expenditure`;
  const t = fund === 'gov-fund' ? 't8' : 't9';
  const pairs: [string, CellSelector][] = [
    ['income', line(T4, fund, 'income.actual')],
    ['opening', line(T4, `opening-${fund}`, 'income.actual')],
    ['closing', line(T4, 'closing-balance', fund)],
  ];
  const columns: Record<string, string> = {
    income: 'current-income',
    opening: 'opening-balance',
    closing: 'closing-balance',
  };
  return pairs.map(([k, a]) => ({
    id: `fa-t4-${fund}-${k}=${t}`,
    family: 'cross-table',
    a,
    b: totalOf(table, columns[k]),
    exact: true,
  }));
}

function threePublic(g: 'budget' | 'actual'): IdentitySpec[] {
  return [
    {
      id: `fa-t7-total-${g}`,
      family: 'row-sum',
      table: 'three-public',
      total: `total.${g}`,
      parts: [`overseas.${g}`, `vehicle.${g}`, `reception.${g}`],
    },
    {
      id: `fa-t7-vehicle-${g}`,
      family: 'row-sum',
      table: 'three-public',
      total: `vehicle.${g}`,
      parts: [`vehicle-purchase.${g}`, `vehicle-operation.${g}`],
    },
  ];
}

export const FINAL_ACCOUNT_IDENTITIES: IdentitySpec[] = [
  // 收入支出决算总表
  {
    id: 'fa-t1-income',
    family: 'line-sum',
    table: T1,
    total: 'current-income',
    parts: 'top-level',
    column: '*',
  },
  ...balanceLines('fa-t1', T1),
  {
    id: 'fa-t1-balance',
    family: 'balance',
    table: T1,
    a: line(T1, 'income-total', 'income.actual'),
    b: line(T1, 'expenditure-total', 'expenditure.actual'),
  },
  {
    id: 'fa-t1-income=t2-total',
    family: 'cross-table',
    a: line(T1, 'current-income', 'income.actual'),
    b: totalOf('income-summary', 'total'),
    exact: true,
  },
  {
    id: 'fa-t1-fiscal=t2-fiscal',
    family: 'cross-table',
    a: totalOf('income-summary', 'fiscal'),
    b: ['general-budget', 'gov-fund', 'state-capital'].map((r) => line(T1, r, 'income.actual')),
  },
  ...['superior-subsidy', 'unit-revenue', 'operating-revenue', 'affiliated-remit', 'other-revenue'].map(
    (r): IdentitySpec => ({
      id: `fa-t1-${r}=t2`,
      family: 'cross-table',
      a: line(T1, r, 'income.actual'),
      b: totalOf('income-summary', r),
      exact: true,
    }),
  ),
  {
    id: 'fa-t1-expenditure=t3-total',
    family: 'cross-table',
    a: line(T1, 'current-expenditure', 'expenditure.actual'),
    b: totalOf('expenditure-summary', 'total'),
    exact: true,
  },
  {
    id: 'fa-t1-class=t3-class',
    family: 'cross-table',
    codes: {
      a: { table: T1, column: 'expenditure.actual' },
      b: { table: 'expenditure-summary', column: 'total' },
    },
    exact: true,
  },
  // 收入决算表 / 支出决算表
  {
    id: 'fa-t2-row-total',
    family: 'row-sum',
    table: 'income-summary',
    total: 'total',
    parts: [
      'fiscal',
      'superior-subsidy',
      'unit-revenue',
      'operating-revenue',
      'affiliated-remit',
      'other-revenue',
    ],
  },
  { id: 'fa-t2-hierarchy', family: 'hierarchy', table: 'income-summary' },
  { id: 'fa-t2-total-row', family: 'total-row', table: 'income-summary' },
  {
    id: 'fa-t3-row-total',
    family: 'row-sum',
    table: 'expenditure-summary',
    total: 'total',
    parts: ['basic', 'project', 'remit-superior', 'operating-expenditure', 'affiliated-subsidy'],
  },
  { id: 'fa-t3-hierarchy', family: 'hierarchy', table: 'expenditure-summary' },
  { id: 'fa-t3-total-row', family: 'total-row', table: 'expenditure-summary' },
  // 财政拨款收入支出决算总表
  {
    id: 'fa-t4-income',
    family: 'line-sum',
    table: T4,
    total: 'current-income',
    parts: ['general-budget', 'gov-fund', 'state-capital'],
    column: '*',
  },
  {
    id: 'fa-t4-opening',
    family: 'line-sum',
    table: T4,
    total: 'opening-balance',
    parts: ['opening-general-budget', 'opening-gov-fund', 'opening-state-capital'],
    column: '*',
  },
  ...balanceLines('fa-t4', T4),
  {
    id: 'fa-t4-row-total',
    family: 'row-sum',
    table: T4,
    total: 'total',
    parts: ['general-budget', 'gov-fund', 'state-capital'],
  },
  {
    id: 'fa-t4-balance',
    family: 'balance',
    table: T4,
    a: line(T4, 'income-total', 'income.actual'),
    b: line(T4, 'expenditure-total', 'total'),
  },
  ...FUNDS.map(
    (f): IdentitySpec => ({
      id: `fa-t4-${f}-balance`,
      family: 'cross-table',
      a: line(T4, 'closing-balance', f),
      b: [line(T4, `opening-${f}`, 'income.actual'), line(T4, f, 'income.actual')],
      minus: [line(T4, 'current-expenditure', f)],
      complete: true,
      softIf: { rows: ['balance-distribution', 'balance-adjustment'] },
    }),
  ),
  ...['general-budget', 'gov-fund', 'state-capital'].map(
    (r): IdentitySpec => ({
      id: `fa-t4-${r}=t1-${r}`,
      family: 'cross-table',
      a: line(T4, r, 'income.actual'),
      b: line(T1, r, 'income.actual'),
      exact: true,
    }),
  ),
  {
    id: 'fa-t4-general=t5-code',
    family: 'cross-table',
    codes: {
      a: { table: T4, column: 'general-budget' },
      b: { table: 'general-budget-expenditure', column: 'total' },
    },
    exact: true,
  },
  {
    id: 'fa-t4-general=t5-total',
    family: 'cross-table',
    a: line(T4, 'current-expenditure', 'general-budget'),
    b: totalOf('general-budget-expenditure', 'total'),
    exact: true,
  },
  {
    id: 'fa-t4-gov-fund=t8',
    family: 'cross-table',
    a: line(T4, 'current-expenditure', 'gov-fund'),
    b: totalOf('gov-fund-expenditure', 'current-expenditure'),
    exact: true,
  },
  {
    id: 'fa-t4-state-capital=t9',
    family: 'cross-table',
    a: line(T4, 'current-expenditure', 'state-capital'),
    b: totalOf('state-capital-expenditure', 'current-expenditure'),
    exact: true,
  },
  ...(['gov-fund', 'state-capital'] as const).flatMap((f) => fundTable(f)),
  // 一般公共预算财政拨款支出决算表
  {
    id: 'fa-t5-row-total',
    family: 'row-sum',
    table: 'general-budget-expenditure',
    total: 'total',
    parts: ['basic', 'project'],
    fallbacks: { basic: ['personnel', 'operating'] },
  },
  {
    id: 'fa-t5-row-basic',
    family: 'row-sum',
    table: 'general-budget-expenditure',
    total: 'basic',
    parts: ['personnel', 'operating'],
    minParts: 2,
  },
  { id: 'fa-t5-hierarchy', family: 'hierarchy', table: 'general-budget-expenditure' },
  { id: 'fa-t5-total-row', family: 'total-row', table: 'general-budget-expenditure' },
  {
    id: 'fa-t5-code<=t3-code',
    family: 'cross-table',
    codes: {
      a: { table: 'general-budget-expenditure', column: 'total' },
      b: { table: 'expenditure-summary', column: 'total' },
    },
    relation: 'le',
  },
  // The basic-expenditure total printed once, its two halves printed rounded: a sum, so rounding may explain a cent.
  {
    id: 'fa-t5-basic=t6-total',
    family: 'cross-table',
    a: totalOf('general-budget-expenditure', 'basic'),
    b: [
      line('general-budget-basic', 'personnel-total', 'income.amount'),
      line('general-budget-basic', 'operating-total', 'expenditure.amount'),
    ],
  },
  ...(['personnel', 'operating'] as const).map(
    (k): IdentitySpec => ({
      id: `fa-t5-${k}=t6`,
      family: 'cross-table',
      a: totalOf('general-budget-expenditure', k),
      b: line(
        'general-budget-basic',
        `${k}-total`,
        k === 'personnel' ? 'income.amount' : 'expenditure.amount',
      ),
      exact: true,
    }),
  ),
  // 一般公共预算财政拨款基本支出决算表
  { id: 'fa-t6-hierarchy', family: 'hierarchy', table: 'general-budget-basic' },
  {
    id: 'fa-t6-personnel',
    family: 'line-sum',
    table: 'general-budget-basic',
    total: 'personnel-total',
    parts: 'first-level',
    column: '*',
  },
  {
    id: 'fa-t6-operating',
    family: 'line-sum',
    table: 'general-budget-basic',
    total: 'operating-total',
    parts: 'first-level',
    column: '*',
  },
  {
    id: 'fa-t6-reception<=t7',
    family: 'cross-table',
    a: { table: 'general-budget-basic', row: { code: '30217' }, column: 'expenditure.amount' },
    b: totalOf('three-public', 'reception.actual'),
    relation: 'le',
  },
  {
    id: 'fa-t6-vehicle<=t7',
    family: 'cross-table',
    a: { table: 'general-budget-basic', row: { code: '30231' }, column: 'expenditure.amount' },
    b: totalOf('three-public', 'vehicle-operation.actual'),
    relation: 'le',
  },
  // 财政拨款“三公”经费支出决算表: per group (预算数, 决算数)
  ...threePublic('budget'),
  ...threePublic('actual'),
  // 政府性基金 / 国有资本经营预算财政拨款收入支出决算表
  ...carryover('fa-t8', 'gov-fund-expenditure'),
  ...carryover('fa-t9', 'state-capital-expenditure'),
];
