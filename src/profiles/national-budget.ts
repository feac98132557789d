/**
 * The national 部门/单位预算 layout (财政部 template, 表1–表10), as printed by most provinces and prefectures.
 * Provinces number tables 表1 or 表一 or not at all and reorder them; recognition goes by title and headers only.
 */
import { COMMON_IDENTITIES, commonTables } from './common-tables.js';
import { ECONOMIC_CLASSES, ECONOMIC_CLASSES_IN_GROUP } from './economic-columns.js';
import { NATIONAL_IDENTITIES } from './national-budget.identities.js';
import { NATIONAL_NARRATIVE } from './national-narrative.js';
import * as printed from './national-printed.js';
import type { ColumnSpec, Profile, RowRoleSpec, TableSpec } from './types.js';

const FUND_COLUMNS = [
  { role: 'total', header: '^(合计|总计)$', label: '合计' },
  { role: 'general-budget', header: '^一般公共预算', label: '一般公共预算' },
  { role: 'gov-fund', header: '^政府性基金', label: '政府性基金预算' },
  { role: 'state-capital', header: '^国有资本经营', label: '国有资本经营预算' },
];

/** 表7's columns: the projects' total and one per economic 类. */
const PROJECT_COLUMNS: ColumnSpec[] = [
  // 珠海 prints one column, 预算: the total.
  { role: 'total', header: '(项目支出)?(合计|总计)$|^预算数?$', label: '项目支出合计' },
  ...ECONOMIC_CLASSES,
];

const BASIC_PROJECT_COLUMNS = [
  { role: 'total', header: '^(本年)?(支出)?(合计|总计)$|^小计$', label: '合计' },
  // 杭州/湖州 head them 人员支出 and 日常公用支出.
  { role: 'personnel', header: '人员(经费|支出)', label: '人员经费' },
  { role: 'operating', header: '公用(经费|支出)', label: '公用经费' },
  { role: 'basic', header: '基本支出$', label: '基本支出' },
  { role: 'project', header: '项目支出(总数)?$', label: '项目支出' },
  // 北京 预算05表 prints the projects without 基建 beside their total: a subset, no part of any sum.
  { role: 'project-excluding-capital', header: '扣除基建', label: '扣除基建项目后预算数' },
  // The national 表3 also spends outside 基本/项目 (深圳 prints these three columns, mostly 0.00).
  { role: 'business-operating', header: '^事业单位经营支出$', label: '事业单位经营支出' },
  { role: 'subsidiary-grants', header: '^对附属单位补助支出$', label: '对附属单位补助支出' },
  { role: 'remit-superior', header: '^上缴上级支出$', label: '上缴上级支出' },
  // 政府采购 columns (深圳 表3) restate part of the spending: no part of any sum here.
  { role: 'procurement', header: '政府采购', label: '政府采购' },
  // 烟台 表3 prints what each 科目 carries into next year beside this year's spending (合计 = 基本 + 项目, as 表1's
  // 本年支出合计, 结转下年 printed below it): its total is 表1's 结转下年 line.
  { role: 'carry-forward', header: '^结转下年$', label: '结转下年' },
  ...ECONOMIC_CLASSES_IN_GROUP,
];

/** Columns by source of funds (表2 收入总表, and 基本/项目支出表 printed by source). */
const SOURCE_COLUMNS: ColumnSpec[] = [
  { role: 'total', header: '^(收入)?(总计|合计)$', label: '总计' },
  // Layouts that group the sources as 本年收入 | 上年结转结余, each with its own 小计 (杭州).
  { role: 'current-year-subtotal', header: '^本年收入/小计$', label: '本年收入小计' },
  { role: 'current-year-part', header: '^本年收入/(?!小计$).+', label: '本年收入' },
  { role: 'carryover-subtotal', header: '^上年结转[^/]*/小计$', label: '上年结转结余小计' },
  { role: 'carryover-part', header: '^上年结转[^/]*/(?!小计$).+', label: '上年结转结余' },
  { role: 'fiscal-subtotal', header: '小计$', label: '财政拨款(补助)小计' },
  // 珠海 heads the subtotal 财政拨款/合计 (beside 总计): the 财政拨款 group's, not the table's.
  { role: 'fiscal-subtotal', header: '^财政拨款[^/]*/合计$', label: '财政拨款(补助)小计' },
  { role: 'general-transfer', header: '上级一般公共预算', label: '上级一般公共预算安排的转移支付' },
  { role: 'gov-fund-transfer', header: '上级政府性基金', label: '上级政府性基金安排的转移支付' },
  {
    role: 'state-capital-transfer',
    header: '上级国有资本',
    label: '上级国有资本经营预算安排的转移支付',
  },
  { role: 'general-budget', header: '^一般公共预算', label: '一般公共预算' },
  { role: 'gov-fund', header: '^政府性基金', label: '政府性基金预算' },
  { role: 'state-capital', header: '^国有资本经营', label: '国有资本经营预算' },
  { role: 'special-account', header: '财政专户', label: '财政专户' },
  { role: 'unit-funds', header: '单位资金', label: '单位资金' },
  { role: 'operating-revenue', header: '经营收入', label: '事业单位经营收入' },
  { role: 'unit-revenue', header: '^事业收入', label: '事业收入' },
  { role: 'superior-subsidy', header: '上级补助', label: '上级补助收入' },
  { role: 'affiliated-remit', header: '附属单位上缴', label: '附属单位上缴收入' },
  { role: 'other-revenue', header: '^其他(收入|资金)', label: '其他收入' },
  { role: 'nonfiscal-balance', header: '^使用非财政拨款结余|^用事业基金弥补', label: '使用非财政拨款结余' },
  // The carry-over as one column, not split by 财政拨款 (广州 上年结转结余, 深圳 上年结余、结转, 烟台 上年结转).
  // 苏州/无锡 政府采购支出表: 资金来源/上年结转和结余资金.
  { role: 'carryover', header: '^上年(结转结余|结余、?结转|结转和结余|结转)(资金)?$', label: '上年结转结余' },
  { role: 'nonfiscal-carryover', header: '非财政拨款结转', label: '非财政拨款结转结余' },
  { role: 'fiscal-carryover', header: '财政拨款结转', label: '财政拨款结转' },
];

/** Income lines of 表1 as the national template prints them; provinces drop the 本年收入 level (重庆: 一、一般公共预算资金). */
function incomeSourceRoles(): RowRoleSpec[] {
  const sources: [string, string, string][] = [
    ['general-budget-appropriation', '^一般公共预算', '一般公共预算拨款'],
    ['gov-fund-appropriation', '^(政府性)?基金预算', '政府性基金预算拨款'],
    ['state-capital-appropriation', '^国有资本经营', '国有资本经营预算拨款'],
    ['special-account', '^财政专户', '财政专户核拨'],
    ['unit-funds', '^单位资金', '单位资金'],
  ];
  return sources.flatMap(([role, name, label]) => [
    { role, name, side: 'income' as const, under: 'current-year-income', label },
    { role, name, side: 'income' as const, label },
  ]);
}

/**
 * 基本支出 and 项目支出 by source of funds (深圳 基本/项目支出总表, 广州 部门预算基本支出预算表, 烟台 …预算情况表):
 * the rows are 经济分类 or projects, the columns the sources of 表2.
 */
function bySource(
  kind: string,
  title: string,
  codeScheme: 'economic' | undefined,
  printedAs: string,
): TableSpec {
  return {
    kind,
    title,
    notTitle: '一般公共预算|政府性基金|国有资本|财政拨款|绩效',
    printedAs,
    shape: codeScheme ? 'coded' : 'outline',
    ...(codeScheme ? { codeScheme } : {}),
    columns: SOURCE_COLUMNS,
  };
}

export const nationalBudget: Profile = {
  id: 'national-budget',
  title: '全国通用部门（单位）预算公开表（表1–表10）',
  kind: 'budget',
  signals: ['收支总体情况表', '收入总体情况表', '支出总体情况表', '财政拨款收支', '一般公共预算支出情况表'],
  tables: [
    {
      kind: 'income-expenditure-summary',
      title: '收支(总体情况|预算总|总)表',
      // 陕西's 部门综合预算 tables share the bare titles but not the lines, columns or 科目 levels (own layout).
      notTitle: '财政拨款|综合预算',
      printedAs: '表1 部门收支总体情况表',
      printed: printed.INCOME_EXPENDITURE_SUMMARY,
      shape: 'two-sided',
      codeScheme: 'function',
      required: true,
      columns: [
        { role: 'amount', header: '预算数|金额|合计|本年', side: 'income', label: '预算数' },
        { role: 'amount', header: '预算数|金额|合计|本年', side: 'expenditure', label: '预算数' },
      ],
      rowRoles: [
        { role: 'current-year-income', name: '^本年收入', side: 'income', label: '本年收入' },
        { role: 'prior-carryover', name: '^上年(结转|结余)', side: 'income', label: '上年结转结余' },
        ...incomeSourceRoles(),
        {
          role: 'fiscal-carryover',
          name: '^财政拨款结转',
          side: 'income',
          under: 'prior-carryover',
          label: '财政拨款结转',
        },
        {
          role: 'nonfiscal-carryover',
          name: '^非财政拨款结转',
          side: 'income',
          under: 'prior-carryover',
          label: '非财政拨款结转结余',
        },
        { role: 'income-total', name: '^(收入总计|收入合计|合计|总计)$', side: 'income', label: '收入总计' },
        {
          role: 'current-year-expenditure',
          name: '^本年支出(合计)?$',
          side: 'expenditure',
          label: '本年支出合计',
        },
        { role: 'carry-forward', name: '^结转下年$', side: 'expenditure', label: '结转下年' },
        {
          role: 'expenditure-total',
          name: '^(支出总计|支出合计|合计|总计)$',
          side: 'expenditure',
          label: '支出总计',
        },
      ],
    },
    {
      kind: 'income-summary',
      title: '收入(总体情况|预算总|总)表',
      notTitle: '财政|一般公共预算|政府性基金|国有资本|综合预算',
      printedAs: '表2 部门收入总体情况表',
      printed: printed.INCOME_SUMMARY,
      shape: 'coded',
      codeScheme: 'function',
      required: true,
      columns: SOURCE_COLUMNS,
    },
    {
      kind: 'expenditure-summary',
      title: '支出(总体情况|预算总|总)表',
      notTitle: '一般公共预算|政府性基金|国有资本|基本支出|项目支出|财政拨款|综合预算',
      printedAs: '表3 部门支出总体情况表',
      printed: printed.EXPENDITURE_SUMMARY,
      shape: 'coded',
      codeScheme: 'function',
      required: true,
      columns: BASIC_PROJECT_COLUMNS,
    },
    {
      kind: 'fiscal-summary',
      title: '财政拨款收支(预算)?(总体情况|总)表',
      printedAs: '表4 财政拨款收支预算总体情况表',
      printed: printed.FISCAL_SUMMARY,
      shape: 'two-sided',
      codeScheme: 'function',
      required: true,
      columns: [
        { role: 'amount', header: '合计|预算数|金额', side: 'income', label: '合计' },
        ...FUND_COLUMNS.map((c) => ({ ...c, side: 'expenditure' as const })),
      ],
      rowRoles: [
        {
          role: 'fiscal-appropriation',
          name: '^(本年收入|财政拨款)',
          side: 'income',
          label: '财政拨款（补助）',
        },
        {
          role: 'general-budget',
          name: '^一般公共预算',
          side: 'income',
          under: 'fiscal-appropriation',
          label: '一般公共预算',
        },
        {
          role: 'gov-fund',
          name: '^政府性基金',
          side: 'income',
          under: 'fiscal-appropriation',
          label: '政府性基金预算',
        },
        {
          role: 'state-capital',
          name: '^国有资本经营',
          side: 'income',
          under: 'fiscal-appropriation',
          label: '国有资本经营预算',
        },
        { role: 'prior-carryover', name: '^上年(结转|结余)', side: 'income', label: '上年结转' },
        { role: 'income-total', name: '^收入总计$', side: 'income', label: '收入总计' },
        { role: 'expenditure-total', name: '^支出总计$', side: 'expenditure', label: '支出总计' },
      ],
    },
    {
      kind: 'general-budget-expenditure',
      title: '一般公共预算(拨款)?支出(情况|预算)?表',
      notTitle: '基本支出|项目支出|三公|经济分类',
      printedAs: '表5 一般公共预算支出情况表',
      printed: printed.GENERAL_BUDGET_EXPENDITURE,
      shape: 'coded',
      codeScheme: 'function',
      required: true,
      columns: BASIC_PROJECT_COLUMNS,
    },
    {
      // 表5 again by 经济分类 (深圳, 福建, 陕西 print both): the same spending, another classification.
      kind: 'general-budget-economic',
      title: '一般公共预算(拨款)?支出.*经济分类',
      notTitle: '基本支出|项目支出|三公|综合预算',
      printedAs: '一般公共预算支出表（按经济分类）',
      shape: 'coded',
      codeScheme: 'economic',
      // 福建 prints one 预算数 column: the total.
      columns: [{ role: 'total', header: '^预算数$', label: '预算数' }, ...BASIC_PROJECT_COLUMNS],
    },
    {
      kind: 'general-budget-basic',
      title: '一般公共预算(拨款)?基本支出(经济分类)?(情况|预算)?表',
      printedAs: '表6 一般公共预算基本支出情况表',
      printed: printed.GENERAL_BUDGET_BASIC,
      shape: 'coded',
      codeScheme: 'economic',
      required: true,
      coveredBy: [{ kind: 'general-budget-economic', column: 'basic' }],
      columns: [
        // 烟台 heads the columns 基本支出预算: 小计 | 人员支出 | 日常公用支出 (the 小计 is the table's total).
        // 珠海 prints one column, 预算: the total.
        { role: 'total', header: '^(合计|总计)$|^基本支出(预算)?$|^预算数?$', label: '合计' },
        { role: 'personnel', header: '人员(经费|支出)', label: '人员经费' },
        { role: 'operating', header: '公用(经费|支出)', label: '公用经费' },
        // 湖南 keys the rows by 功能科目 and prints the 基本支出 by 经济分类 类 as columns.
        ...ECONOMIC_CLASSES,
      ],
    },
    {
      kind: 'general-budget-projects',
      title: '一般公共预算项目支出(情况|预算)?表',
      printedAs: '表7 一般公共预算项目支出情况表',
      printed: printed.generalBudgetProjects(PROJECT_COLUMNS),
      shape: 'projects',
      codeScheme: 'function',
      columns: PROJECT_COLUMNS,
    },
    {
      kind: 'gov-fund-expenditure',
      title: '政府性基金预算(财政)?(拨款)?支出(情况|预算)?表',
      printedAs: '表8 政府性基金预算支出情况表',
      printed: printed.GOV_FUND_EXPENDITURE,
      shape: 'coded',
      codeScheme: 'function',
      mayBeEmpty: true,
      required: true,
      columns: BASIC_PROJECT_COLUMNS,
    },
    {
      kind: 'state-capital-expenditure',
      title: '国有资本经营预算(财政)?(拨款)?支出(情况|预算)?表',
      printedAs: '表9 国有资本经营预算支出情况表',
      printed: printed.STATE_CAPITAL_EXPENDITURE,
      shape: 'coded',
      codeScheme: 'function',
      mayBeEmpty: true,
      columns: BASIC_PROJECT_COLUMNS,
    },
    {
      // 湖南 表10: the funds a 财政专户 manages (教育收费 …), by 功能科目 as 表5.
      kind: 'special-account-expenditure',
      title: '财政专户管理资金(预算)?支出(情况|预算)?表',
      printedAs: '财政专户管理资金预算支出表',
      shape: 'coded',
      codeScheme: 'function',
      mayBeEmpty: true,
      columns: BASIC_PROJECT_COLUMNS,
    },
    {
      // 财政拨款 (all three funds) by 功能科目 and its 基本支出 by 经济科目 (苏州, 无锡 公开05/06表).
      kind: 'fiscal-expenditure',
      title: '财政拨款支出(预算)?表.*功能',
      printedAs: '财政拨款支出表（功能科目）',
      shape: 'coded',
      codeScheme: 'function',
      columns: BASIC_PROJECT_COLUMNS,
    },
    {
      kind: 'fiscal-basic',
      title: '财政拨款基本支出(预算)?表.*经济',
      printedAs: '财政拨款基本支出表（经济科目）',
      shape: 'coded',
      codeScheme: 'economic',
      columns: BASIC_PROJECT_COLUMNS,
    },
    bySource('basic-by-source', '基本支出(预算)?(总|情况)?表', 'economic', '基本支出预算表（按资金来源）'),
    bySource(
      'projects-by-source',
      '项目支出(及其他支出)?(预算)?(总|情况)?表',
      undefined,
      '项目支出预算表（按资金来源）',
    ),
    {
      kind: 'three-public',
      title: '三公"?经费',
      printedAs: '表10 财政拨款“三公”经费支出情况表',
      printed: printed.THREE_PUBLIC,
      shape: 'outline',
      required: true,
      columns: [
        // 陕西 prints 上年 | 当年 | 增减变化情况 side by side, each 三公 + 会议费 + 培训费: the current-year group keeps
        // the roles below; the other two groups and the 会议费/培训费 columns are not 三公 figures.
        { role: 'prior-year', header: '^上年[^/]*/', label: '上年' },
        { role: 'change', header: '^增减[^/]*/', label: '增减变化' },
        { role: 'meetings', header: '^会议费$', label: '会议费' },
        // "三公"经费合计 (杭州, 湖州, 苏州), "三公"经费财政拨款预算总额 (北京): the three items' total, which leaves
        // out the 会议费 and 培训费 printed beside it (苏州).
        {
          role: 'three-public-total',
          header: '三公.?经费.*(合计|总计|总额)$',
          label: '“三公”经费合计',
        },
        { role: 'training', header: '^培训费$', label: '培训费' },
        ...FUND_COLUMNS,
        // Some provinces print the 三公 table as one row with a column per item (重庆).
        { role: 'overseas', header: '因公出国', label: '因公出国（境）费' },
        { role: 'vehicle', header: '公务用车购置及运行', label: '公务用车购置及运行费' },
        { role: 'vehicle-purchase', header: '公务用车购置经?费?$|^购置经?费?$', label: '公务用车购置费' },
        // A header too long for its cell loses its last character (陕西: "公务用车运行维护" under 购置及运行维护费).
        { role: 'vehicle-operation', header: '运行(维护)?经?费?$', label: '公务用车运行费' },
        { role: 'reception', header: '公务接待', label: '公务接待费' },
      ],
      rowRoles: [
        { role: 'total', name: '^(合计|总计)$', label: '合计' },
        { role: 'overseas', name: '因公出国', label: '因公出国（境）费' },
        { role: 'vehicle-purchase', name: '公务用车购置经?费$', label: '公务用车购置费' },
        { role: 'vehicle-operation', name: '公务用车运行(维护)?经?费$', label: '公务用车运行费' },
        { role: 'vehicle', name: '公务用车购置及运行', label: '公务用车购置及运行费' },
        { role: 'reception', name: '公务接待', label: '公务接待费' },
      ],
    },
    ...commonTables(SOURCE_COLUMNS),
  ],
  identities: [...NATIONAL_IDENTITIES, ...COMMON_IDENTITIES],
  narrative: NATIONAL_NARRATIVE,
};
