/**
 * The national template's 表1–表10 as 财政部 prints them: number, title, header and named lines. `gongkai render`
 * writes them from here (it supplies the amounts); recognition reads any printing of the same tables through the
 * patterns of national-budget.ts. Line keys are the row roles of national-budget.ts where the line has one.
 */
import type { ColumnSpec, PrintedCell, PrintedLine, PrintedTable } from './types.js';

const cell = (text: string, colSpan = 1, rowSpan = 1): PrintedCell => ({ text, colSpan, rowSpan });

const lines = (pairs: [string, string][]): PrintedLine[] => pairs.map(([key, label]) => ({ key, label }));

/** The header of 表3/表5/表8/表9: 项目 | <what> over 功能分类科目编码 (类 款 项) | 名称 | 合计 | 基本支出 | 项目支出. */
function codedHeader(what: string): PrintedCell[][] {
  return [
    [cell('项目', 4), cell(what, 3)],
    [
      cell('功能分类科目编码', 3),
      cell('功能分类科目名称', 1, 2),
      cell('合计', 1, 2),
      cell('基本支出', 1, 2),
      cell('项目支出', 1, 2),
    ],
    [cell('类'), cell('款'), cell('项')],
  ];
}

const BASIC_PROJECT = ['total', 'basic', 'project'];

/** The two-sided tables' total row, beside the income side's lines. */
const TOTAL_LINES: [string, string][] = [
  ['income-total', '收入总计'],
  ['expenditure-total', '支出总计'],
];

export const INCOME_EXPENDITURE_SUMMARY: PrintedTable = {
  number: '表1',
  title: '部门（单位）收支总体情况表',
  header: [
    [cell('收入', 2), cell('支出', 2)],
    [cell('项目'), cell('预算数'), cell('功能分类'), cell('预算数')],
  ],
  amounts: ['amount', 'amount'],
  lines: lines([
    ['current-year-income', '一、本年收入'],
    ['general-budget-appropriation', '1.一般公共预算拨款'],
    ['general-own', '其中：一般财力'],
    ['general-transfer', '上级一般公共预算安排转移支付'],
    ['gov-fund-appropriation', '2.政府性基金预算拨款'],
    ['gov-fund-own', '其中：政府性基金收入'],
    ['gov-fund-transfer', '上级政府性基金安排转移支付'],
    ['state-capital-appropriation', '3.国有资本经营预算拨款'],
    ['state-capital-own', '其中：国有资本经营收入'],
    ['state-capital-transfer', '上级国有资本经营预算安排转移支付'],
    ['special-account', '4.财政专户核拨'],
    ['unit-funds', '5.单位资金'],
    // 单位资金's 其中 lines, keyed by the source the data names (its unitFundsSource).
    ['事业收入', '其中：事业收入'],
    ['上级补助收入', '上级补助收入'],
    ['附属单位上缴收入', '附属单位上缴收入'],
    ['事业单位经营收入', '事业单位经营收入'],
    ['其他收入', '其他收入'],
    ['prior-carryover', '二、上年结转结余'],
    ['fiscal-carryover', '1.财政拨款结转'],
    ['fiscal-carryover-general', '其中：一般公共预算拨款'],
    ['fiscal-carryover-gov-fund', '政府性基金预算拨款'],
    ['fiscal-carryover-state-capital', '国有资本经营预算拨款'],
    ['nonfiscal-carryover', '2.非财政拨款结转结余'],
    ['nonfiscal-carryover-special-account', '其中：财政专户核拨'],
    ['nonfiscal-carryover-unit-funds', '单位资金'],
    ...TOTAL_LINES,
  ]),
};

export const INCOME_SUMMARY: PrintedTable = {
  number: '表2',
  title: '部门（单位）收入总体情况表',
  header: [
    [
      cell('功能分类科目编码', 3),
      cell('功能分类科目名称', 1, 2),
      cell('总计', 1, 2),
      cell('财政拨款（补助）', 7),
      ...['财政专户（教育收费）', '单位资金', '财政拨款结转', '非财政拨款结转结余'].map((t) => cell(t, 1, 2)),
    ],
    [
      ...['类', '款', '项', '财政拨款（补助）小计', '一般公共预算', '上级一般公共预算安排的转移支付'],
      ...['政府性基金预算', '上级政府性基金安排的转移支付', '国有资本经营预算'],
      '上级国有资本经营预算安排的转移支付',
    ].map((t) => cell(t)),
  ],
  amounts: [
    ...['total', 'fiscal-subtotal', 'general-budget', 'general-transfer', 'gov-fund', 'gov-fund-transfer'],
    ...['state-capital', 'state-capital-transfer', 'special-account', 'unit-funds', 'fiscal-carryover'],
    'nonfiscal-carryover',
  ],
};

export const EXPENDITURE_SUMMARY: PrintedTable = {
  number: '表3',
  title: '部门（单位）支出总体情况表',
  header: codedHeader('支出预算'),
  amounts: BASIC_PROJECT,
};

export const FISCAL_SUMMARY: PrintedTable = {
  number: '表4',
  title: '财政拨款收支预算总体情况表',
  header: [
    [cell('财政拨款收入', 2), cell('财政拨款支出', 5)],
    ['项目', '合计', '功能分类', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'].map((x) =>
      cell(x),
    ),
  ],
  amounts: ['amount', 'total', 'general-budget', 'gov-fund', 'state-capital'],
  lines: lines([
    ['fiscal-appropriation', '一、财政拨款（补助）'],
    ['general-budget', '一般公共预算'],
    ['gov-fund', '政府性基金预算'],
    ['state-capital', '国有资本经营预算'],
    ['prior-carryover', '二、上年结转'],
    ...TOTAL_LINES,
  ]),
};

export const GENERAL_BUDGET_EXPENDITURE: PrintedTable = {
  number: '表5',
  title: '一般公共预算支出情况表',
  header: codedHeader('一般公共预算支出'),
  amounts: BASIC_PROJECT,
};

export const GENERAL_BUDGET_BASIC: PrintedTable = {
  number: '表6',
  title: '一般公共预算基本支出情况表',
  header: [
    [cell('项目', 3), cell('一般公共预算基本支出', 3)],
    [
      cell('经济分类科目编码', 2),
      cell('经济分类科目名称', 1, 2),
      cell('合计', 1, 2),
      cell('人员经费', 1, 2),
      cell('公用经费', 1, 2),
    ],
    [cell('类'), cell('款')],
  ],
  amounts: ['total', 'personnel', 'operating'],
};

/** 表7: one column per economic 类, as the table's columns name them (their roles econ-301 …). */
export function generalBudgetProjects(columns: ColumnSpec[]): PrintedTable {
  const classes = columns.filter((c) => c.role.startsWith('econ-'));
  return {
    number: '表7',
    title: '一般公共预算项目支出情况表',
    header: [
      [
        cell('科目编码', 3),
        cell('科目名称', 1, 2),
        cell('项目名称', 1, 2),
        cell('项目支出合计', 1, 2),
        ...classes.map((c) => cell(c.label, 1, 2)),
      ],
      [cell('类'), cell('款'), cell('项')],
    ],
    amounts: ['total', ...classes.map((c) => c.role)],
  };
}

/** 表8/表9: a fund's spending, or, without such money, the empty table and the sentence saying why. */
function fundExpenditure(number: string, fund: string): PrintedTable {
  const title = `${fund}支出情况表`;
  return {
    number,
    title,
    header: codedHeader(`${fund}支出`),
    amounts: BASIC_PROJECT,
    emptyNote: `本部门没有使用${fund}拨款安排的支出，${title}为空表。`,
  };
}

export const GOV_FUND_EXPENDITURE = fundExpenditure('表8', '政府性基金预算');
export const STATE_CAPITAL_EXPENDITURE = fundExpenditure('表9', '国有资本经营预算');

export const THREE_PUBLIC: PrintedTable = {
  number: '表10',
  title: '财政拨款“三公”经费支出情况表',
  header: [
    [cell('三公支出内容', 1, 2), cell('合计', 1, 2), cell('资金来源', 3)],
    [cell('一般公共预算'), cell('政府性基金'), cell('国有资本经营预算')],
  ],
  amounts: ['total', 'general-budget', 'gov-fund', 'state-capital'],
  lines: lines([
    ['total', '合计'],
    ['overseas', '因公出国（境）费'],
    ['reception', '公务接待费'],
    ['vehicle', '公务用车购置及运行费（小计）'],
    ['vehicle-purchase', '其中：公务用车购置费'],
    ['vehicle-operation', '公务用车运行费'],
  ]),
};
