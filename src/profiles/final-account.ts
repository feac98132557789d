/**
 * The 部门/单位决算 layout (财政部 决算公开 template, as Shanghai and most provinces print it): nine tables, amounts
 * in 万元. Actual (决算数) and budget (预算数, 调整预算数) columns have distinct roles; identities apply per group.
 * The carry-over balance: 年初结转和结余 + 本年收入 + 使用非财政拨款结余 = 本年支出 + 结余分配 + 年末结转和结余.
 */
import type { DocumentLevel } from '../model/disclosure.js';
import type { CellSelector, ColumnSpec, IdentitySpec, Profile, RowRoleSpec, TableSpec } from './types.js';

/** Budget and actual columns of a summary table; 调整预算数 before 预算数, which its header also ends with. */
const AMOUNTS: ColumnSpec[] = [
  { role: 'adjusted-budget', header: '调整(后)?预算', label: '调整预算数' },
  { role: 'budget', header: '预算数$', label: '预算数' },
  { role: 'actual', header: '决算数|金额|^本年', label: '决算数' },
];

const BASIC_PROJECT: ColumnSpec[] = [
  { role: 'budget', header: '预算数$', label: '预算数' },
  { role: 'total', header: '^(合计|总计|本年支出合计|决算数)$', label: '合计' },
  { role: 'basic', header: '基本支出$', label: '基本支出' },
  { role: 'project', header: '项目支出$', label: '项目支出' },
];

/** 政府性基金 / 国有资本经营 tables: 年初结转和结余 | 本年收入 | 本年支出(合计 基本 项目) | 年末结转和结余. */
const CARRYOVER: ColumnSpec[] = [
  { role: 'opening-balance', header: '年初结转', label: '年初结转和结余' },
  { role: 'current-income', header: '^本年收入', label: '本年收入' },
  { role: 'current-expenditure', header: '^本年支出', label: '本年支出' },
  { role: 'basic', header: '基本支出$', label: '基本支出' },
  { role: 'project', header: '项目支出$', label: '项目支出' },
  { role: 'closing-balance', header: '年末结转', label: '年末结转和结余' },
];

/** 三公 columns: one budget and one actual column per item, whichever of the two the header prints outermost. */
function threePublicColumns(): ColumnSpec[] {
  const items: [string, string, string][] = [
    ['total', '合计', '“三公”经费合计'],
    ['overseas', '因公出国[^/]*', '因公出国（境）费'],
    ['vehicle', '公务用车购置及运行[^/]*/小计', '公务用车购置及运行费'],
    ['vehicle-purchase', '(公务用车)?购置费', '公务用车购置费'],
    ['vehicle-operation', '(公务用车)?运行(维护)?费', '公务用车运行维护费'],
    ['reception', '公务接待[^/]*', '公务接待费'],
  ];
  const groups: [string, string, string][] = [
    ['budget', '(全年|年初)?预算数?', '预算数'],
    ['actual', '决算数?', '决算数'],
  ];
  return items.flatMap(([role, item, label]) =>
    groups.map(([g, group, glabel]) => ({
      role: `${role}.${g}`,
      header: `(^|/)${item}/${group}$|(^|/)${group}/(.*/)?${item}$`,
      label: `${label}${glabel}`,
    })),
  );
}

const INCOME_SOURCES: RowRoleSpec[] = [
  { role: 'general-budget', name: '^一般公共预算', side: 'income', label: '一般公共预算财政拨款收入' },
  { role: 'gov-fund', name: '^政府性基金', side: 'income', label: '政府性基金预算财政拨款收入' },
  { role: 'state-capital', name: '^国有资本经营', side: 'income', label: '国有资本经营预算财政拨款收入' },
];

const BALANCE_LINES: RowRoleSpec[] = [
  { role: 'current-income', name: '^本年收入合计$', side: 'income', label: '本年收入合计' },
  { role: 'current-expenditure', name: '^本年支出合计$', side: 'expenditure', label: '本年支出合计' },
  { role: 'use-nonfiscal-balance', name: '^使用非财政拨款结余', side: 'income', label: '使用非财政拨款结余' },
  { role: 'opening-balance', name: '^年初.*结转和结余', side: 'income', label: '年初结转和结余' },
  { role: 'balance-distribution', name: '^结余分配', side: 'expenditure', label: '结余分配' },
  { role: 'closing-balance', name: '^年末.*结转和结余', side: 'expenditure', label: '年末结转和结余' },
  { role: 'income-total', name: '^(总计|收入总计)$', side: 'income', label: '收入总计' },
  { role: 'expenditure-total', name: '^(总计|支出总计)$', side: 'expenditure', label: '支出总计' },
];

function tables(who: string): TableSpec[] {
  return [
    {
      kind: 'income-expenditure-summary',
      title: '收入支出决算总表',
      notTitle: '财政拨款',
      printedAs: `${who}收入支出决算总表`,
      shape: 'two-sided',
      codeScheme: 'function',
      required: true,
      columns: AMOUNTS.flatMap((c) => [
        { ...c, side: 'income' as const },
        { ...c, side: 'expenditure' as const },
      ]),
      rowRoles: [
        ...INCOME_SOURCES,
        { role: 'superior-subsidy', name: '^上级补助', side: 'income', label: '上级补助收入' },
        { role: 'unit-revenue', name: '^事业收入', side: 'income', label: '事业收入' },
        { role: 'operating-revenue', name: '^经营收入', side: 'income', label: '经营收入' },
        { role: 'affiliated-remit', name: '^附属单位上缴', side: 'income', label: '附属单位上缴收入' },
        { role: 'other-revenue', name: '^其他收入', side: 'income', label: '其他收入' },
        ...BALANCE_LINES,
      ],
    },
    {
      kind: 'income-summary',
      title: '收入决算表',
      notTitle: '财政拨款|支出',
      printedAs: `${who}收入决算表`,
      shape: 'coded',
      codeScheme: 'function',
      required: true,
      columns: [
        { role: 'total', header: '^(本年收入合计|合计|总计)$', label: '本年收入合计' },
        { role: 'fiscal', header: '^财政拨款', label: '财政拨款收入' },
        { role: 'superior-subsidy', header: '^上级补助', label: '上级补助收入' },
        { role: 'unit-revenue', header: '^事业收入', label: '事业收入' },
        { role: 'operating-revenue', header: '^经营收入', label: '经营收入' },
        { role: 'affiliated-remit', header: '^附属单位上缴', label: '附属单位上缴收入' },
        { role: 'other-revenue', header: '^其他收入', label: '其他收入' },
      ],
    },
    {
      kind: 'expenditure-summary',
      title: '支出决算表',
      notTitle: '财政拨款|收入',
      printedAs: `${who}支出决算表`,
      shape: 'coded',
      codeScheme: 'function',
      required: true,
      columns: [
        { role: 'total', header: '^(本年支出合计|合计|总计)$', label: '本年支出合计' },
        { role: 'basic', header: '^基本支出', label: '基本支出' },
        { role: 'project', header: '^项目支出', label: '项目支出' },
        { role: 'remit-superior', header: '^上缴上级', label: '上缴上级支出' },
        { role: 'operating-expenditure', header: '^经营支出', label: '经营支出' },
        { role: 'affiliated-subsidy', header: '附属单位补助', label: '对附属单位补助支出' },
      ],
    },
    {
      kind: 'fiscal-summary',
      title: '财政拨款收入支出决算总表',
      printedAs: `${who}财政拨款收入支出决算总表`,
      shape: 'two-sided',
      codeScheme: 'function',
      required: true,
      columns: [
        ...AMOUNTS.map((c) => ({ ...c, side: 'income' as const })),
        { role: 'total', header: '^(合计|小计)$', side: 'expenditure', label: '合计' },
        {
          role: 'general-budget',
          header: '^一般公共预算',
          side: 'expenditure',
          label: '一般公共预算财政拨款',
        },
        { role: 'gov-fund', header: '^政府性基金', side: 'expenditure', label: '政府性基金预算财政拨款' },
        {
          role: 'state-capital',
          header: '^国有资本经营',
          side: 'expenditure',
          label: '国有资本经营预算财政拨款',
        },
      ],
      rowRoles: [
        ...INCOME_SOURCES,
        ...BALANCE_LINES,
        // The carry-over splits by fund on lines numbered 一、二、三 again, printed below 年初结转和结余.
        {
          role: 'opening-general-budget',
          name: '^一般公共预算',
          side: 'income',
          after: 'opening-balance',
          label: '年初一般公共预算财政拨款结转和结余',
        },
        {
          role: 'opening-gov-fund',
          name: '^政府性基金',
          side: 'income',
          after: 'opening-balance',
          label: '年初政府性基金预算财政拨款结转和结余',
        },
        {
          role: 'opening-state-capital',
          name: '^国有资本经营',
          side: 'income',
          after: 'opening-balance',
          label: '年初国有资本经营预算财政拨款结转和结余',
        },
      ],
    },
    {
      kind: 'general-budget-expenditure',
      title: '一般公共预算财政拨款支出决算(明细)?表',
      notTitle: '基本支出|三公',
      printedAs: `${who}一般公共预算财政拨款支出决算表`,
      shape: 'coded',
      codeScheme: 'function',
      required: true,
      columns: BASIC_PROJECT,
    },
    {
      kind: 'general-budget-basic',
      title: '一般公共预算财政拨款基本支出决算(明细)?表',
      printedAs: `${who}一般公共预算财政拨款基本支出决算表`,
      // 人员经费 codes on the left, 公用经费 codes on the right: parsed as two sides of one table.
      shape: 'two-sided',
      codeScheme: 'economic',
      required: true,
      columns: [
        { role: 'amount', header: '决算数|金额', side: 'income', label: '决算数' },
        { role: 'amount', header: '决算数|金额', side: 'expenditure', label: '决算数' },
      ],
      rowRoles: [
        { role: 'personnel-total', name: '^人员经费(合计)?$', label: '人员经费合计' },
        { role: 'operating-total', name: '^公用经费(合计)?$', label: '公用经费合计' },
      ],
    },
    {
      kind: 'three-public',
      title: '三公"?经费支出决算表',
      printedAs: `${who}财政拨款“三公”经费支出决算表`,
      shape: 'outline',
      required: true,
      mayBeEmpty: true,
      columns: threePublicColumns(),
    },
    {
      kind: 'gov-fund-expenditure',
      title: '政府性基金预算财政拨款(收入)?支出决算表',
      printedAs: `${who}政府性基金预算财政拨款收入支出决算表`,
      shape: 'coded',
      codeScheme: 'function',
      required: true,
      mayBeEmpty: true,
      columns: CARRYOVER,
    },
    {
      kind: 'state-capital-expenditure',
      title: '国有资本经营预算财政拨款(收入)?支出决算表',
      printedAs: `${who}国有资本经营预算财政拨款收入支出决算表`,
      shape: 'coded',
      codeScheme: 'function',
      required: true,
      mayBeEmpty: true,
      columns: CARRYOVER,
    },
  ];
}

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
      parts: ['current-income', 'use-nonfiscal-balance', 'opening-balance'],
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
    // 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出, per row.
    {
      id: `${p}-row-balance`,
      family: 'row-sum',
      table,
      total: 'closing-balance',
      parts: ['opening-balance', 'current-income'],
      minus: ['current-expenditure'],
    },
    { id: `${p}-hierarchy`, family: 'hierarchy', table },
    { id: `${p}-total-row`, family: 'total-row', table },
  ];
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

const IDENTITIES: IdentitySpec[] = [
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
  {
    id: 'fa-t4-gov-fund-income=t8',
    family: 'cross-table',
    a: line(T4, 'gov-fund', 'income.actual'),
    b: totalOf('gov-fund-expenditure', 'current-income'),
    exact: true,
  },
  {
    id: 'fa-t4-gov-fund-opening=t8',
    family: 'cross-table',
    a: line(T4, 'opening-gov-fund', 'income.actual'),
    b: totalOf('gov-fund-expenditure', 'opening-balance'),
    exact: true,
  },
  // 一般公共预算财政拨款支出决算表
  {
    id: 'fa-t5-row-total',
    family: 'row-sum',
    table: 'general-budget-expenditure',
    total: 'total',
    parts: ['basic', 'project'],
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

function finalAccount(level: DocumentLevel, who: string): Profile {
  return {
    id: `${level === 'unit' ? 'unit' : 'department'}-final-account`,
    title: `${who}决算公开表（9张表）`,
    kind: 'final-account',
    level,
    signals: ['收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '基本支出决算表'],
    tables: tables(who),
    identities: IDENTITIES,
  };
}

export const departmentFinalAccount = finalAccount('department', '部门');
export const unitFinalAccount = finalAccount('unit', '单位');
