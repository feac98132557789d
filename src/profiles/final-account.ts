/**
 * The 部门/单位决算 layout (财政部 决算公开 template, as Shanghai and most provinces print it): nine tables, amounts
 * in 万元. Actual (决算数) and budget (预算数, 调整预算数) columns have distinct roles; identities apply per group.
 * The carry-over balance: 年初结转和结余 + 本年收入 + 使用非财政拨款结余 = 本年支出 + 结余分配 + 年末结转和结余.
 */
import type { DocumentLevel } from '../model/disclosure.js';
import { FINAL_ACCOUNT_IDENTITIES } from './final-account.identities.js';
import { FINAL_ACCOUNT_NARRATIVE } from './final-account-narrative.js';
import type { ColumnSpec, Profile, RowRoleSpec, TableSpec } from './types.js';

/** Budget and actual columns of a summary table; 调整预算数 before 预算数, which its header also ends with. */
const AMOUNTS: ColumnSpec[] = [
  { role: 'adjusted-budget', header: '调整(后)?预算', label: '调整预算数' },
  { role: 'budget', header: '预算数$', label: '预算数' },
  { role: 'actual', header: '决算数|金额|^本年', label: '决算数' },
];

const BASIC_PROJECT: ColumnSpec[] = [
  { role: 'budget', header: '预算数$', label: '预算数' },
  // 本年支出 | 小计 基本支出 项目支出 (财政部 template): the group's 小计 is the row's total.
  { role: 'total', header: '^(合计|总计|本年支出(合计)?|决算数)$', label: '合计' },
  { role: 'basic', header: '基本支出$', label: '基本支出' },
  // 基本支出 | 人员经费 公用经费 (provinces that print the 基本支出 split beside the 项目支出).
  { role: 'personnel', header: '人员经费$', label: '人员经费' },
  { role: 'operating', header: '公用经费$', label: '公用经费' },
  { role: 'project', header: '项目支出$', label: '项目支出' },
];

/** 政府性基金 / 国有资本经营 tables: 年初结转和结余 | 本年收入 | 本年支出(合计 基本 项目) | 年末结转和结余. */
const CARRYOVER: ColumnSpec[] = [
  // A column that moves a balance otherwise than by this year's income and spending (结余分配, 调整, 归集调入/调出).
  { role: 'adjustment', header: '调整|结余分配|归集|缴回|调入|调出', label: '调整' },
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
  {
    role: 'use-nonfiscal-balance',
    name: '^(使用非财政拨款结余|用事业基金弥补)',
    side: 'income',
    label: '使用非财政拨款结余',
  },
  { role: 'use-special-balance', name: '^使用专用结余', side: 'income', label: '使用专用结余' },
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
        // A line that moves the appropriations' balance otherwise than by income and spending.
        { role: 'balance-adjustment', name: '调整|归集|缴回', label: '结转和结余调整' },
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

function finalAccount(level: DocumentLevel, who: string): Profile {
  return {
    id: `${level === 'unit' ? 'unit' : 'department'}-final-account`,
    title: `${who}决算公开表（9张表）`,
    kind: 'final-account',
    level,
    signals: ['收入支出决算总表', '收入决算表', '支出决算表', '财政拨款收入支出决算总表', '基本支出决算表'],
    tables: tables(who),
    identities: FINAL_ACCOUNT_IDENTITIES,
    narrative: FINAL_ACCOUNT_NARRATIVE,
  };
}

export const departmentFinalAccount = finalAccount('department', '部门');
export const unitFinalAccount = finalAccount('unit', '单位');
