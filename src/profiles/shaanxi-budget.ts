/**
 * The 陕西 部门综合预算 layout (西安 and the province's other cities): 收支总表, 收入总表 and 支出总表 by unit,
 * 财政拨款收支总表, then 一般公共预算支出明细表 and 基本支出明细表 each by 功能科目 and by 经济分类科目, 政府性基金收支表,
 * 专项业务经费支出表, 结转资金支出表, 政府采购预算表 and the 三公 table. 专项业务经费 is this layout's 项目支出.
 *
 * Only the tables whose reading is certain are listed: the 收支总表 and the 政府性基金收支表 (income and three
 * expenditure views side by side, each view read as a list of its own, ./shaanxi-summaries.ts), the 收入总表 and
 * 支出总表 (by unit: each 合计 = its sources of funds), the 明细表 (coded, 合计 = 人员经费 + 公用经费 + 专项业务经费),
 * the 财政拨款收支总表 and the 三公 table; of the 专项业务经费 and 结转资金 tables, their 合计 (see shaanxi-summaries.ts).
 */
import { coded } from './identity-kit.js';
import { NATIONAL_IDENTITIES } from './national-budget.identities.js';
import { nationalBudget } from './national-budget.js';
import { SHAANXI_NARRATIVE } from './shaanxi-narrative.js';
import { FISCAL_IDENTITIES, fiscalSummary, SUMMARY_IDENTITIES, SUMMARY_TABLES } from './shaanxi-summaries.js';
import type { ColumnSpec, IdentitySpec, Profile, TableSpec } from './types.js';

const DETAIL_COLUMNS: ColumnSpec[] = [
  { role: 'total', header: '^(合计|总计)$', label: '合计' },
  { role: 'personnel', header: '人员经费', label: '人员经费支出' },
  { role: 'operating', header: '公用经费', label: '公用经费支出' },
  { role: 'project', header: '专项业务经费|项目支出', label: '专项业务经费支出' },
];

function detail(kind: string, title: string, scheme: 'function' | 'economic', printedAs: string): TableSpec {
  return {
    kind,
    title,
    printedAs,
    shape: 'coded',
    codeScheme: scheme,
    required: true,
    columns: DETAIL_COLUMNS,
  };
}

/**
 * 收入总表 by unit (单位编码 | 单位名称 | 部门预算: 合计, then each source; 一般公共预算拨款 as 小计 and a 其中 column):
 * each unit's 合计 = its sources.
 */
const INCOME_SOURCES: ColumnSpec[] = [
  // 总计 over the 部门预算 group's 合计 (2019: 总计 | 部门预算: 合计 …): the same sum where 部门预算 is the only group.
  { role: 'grand-total', header: '^总计$', label: '总计' },
  { role: 'total', header: '^合计$', label: '合计' },
  { role: 'of-which-column', header: '^其中', label: '其中' },
  { role: 'general-budget', header: '^(一般)?公共预算', label: '一般公共预算拨款' },
  { role: 'gov-fund', header: '^政府性基金', label: '政府性基金拨款' },
  { role: 'superior-subsidy', header: '上级补助', label: '上级补助收入' },
  { role: 'unit-revenue', header: '^事业收入', label: '事业收入' },
  { role: 'operating-revenue', header: '经营收入', label: '事业单位经营收入' },
  { role: 'nonfiscal-balance', header: '非财政拨款结余|事业基金', label: '使用非财政拨款结余' },
  { role: 'affiliated-remit', header: '附属单位上缴', label: '附属单位上缴收入' },
  { role: 'carryover', header: '^上年结转', label: '上年结转' },
  { role: 'account-balance', header: '实户资金余额', label: '上年实户资金余额' },
  { role: 'other-revenue', header: '^其他收入', label: '其他收入' },
  // A header path (it names the "/"): 其他收入 printed beside the 部门预算 group, not under it (2019 收入总表: the
  // group's cell ends before it). It is then no part of the group's 合计; 总计 = 合计 + 其他收入.
  { role: 'other-revenue-outside', header: '^(?!.*/)其他收入$', label: '其他收入（部门预算外）' },
];

/** The sources of funds a unit's 合计 adds up. */
const SOURCES = INCOME_SOURCES.map((c) => c.role).filter(
  (r) => !['grand-total', 'total', 'of-which-column'].includes(r),
);

const INCOME_SUMMARY: TableSpec = {
  kind: 'income-summary',
  title: '综合预算收入总表',
  printedAs: '表2 部门综合预算收入总表',
  shape: 'coded',
  columns: INCOME_SOURCES,
};

/** 支出总表: the same units and the same sources of funds as the 收入总表, for what each unit spends. */
const EXPENDITURE_SUMMARY: TableSpec = {
  kind: 'comprehensive-expenditure-summary',
  title: '综合预算支出总表$',
  printedAs: '表3 部门综合预算支出总表',
  shape: 'coded',
  columns: INCOME_SOURCES,
};

const national = (kind: string): TableSpec => {
  const spec = nationalBudget.tables.find((t) => t.kind === kind);
  if (!spec) throw new Error(`national profile has no ${kind}`);
  return { ...spec, notTitle: undefined, printed: undefined };
};

const total = (table: string, column: string) => ({ table, row: { total: true as const }, column });

const IDENTITIES: IdentitySpec[] = [
  // 总计 over the 部门预算 group: its 合计, and what is printed beside the group.
  ...[
    ['sx2', INCOME_SUMMARY.kind],
    ['sx3', EXPENDITURE_SUMMARY.kind],
  ].map(([prefix, table]) => ({
    id: `${prefix}-grand-total`,
    family: 'row-sum' as const,
    table,
    total: 'grand-total',
    parts: ['total', 'other-revenue-outside'],
  })),
  {
    id: 'sx2-row-total',
    family: 'row-sum',
    table: 'income-summary',
    total: 'total',
    parts: SOURCES,
  },
  {
    id: 'sx3-row-total',
    family: 'row-sum',
    table: 'comprehensive-expenditure-summary',
    total: 'total',
    parts: SOURCES,
  },
  ...NATIONAL_IDENTITIES.filter(
    (s) => s.family !== 'cross-table' && 'table' in s && ['fiscal-summary', 'three-public'].includes(s.table),
  ),
  ...coded('general-budget-expenditure', 'sx5', [['total', ['personnel', 'operating', 'project']]]),
  ...coded('general-budget-economic', 'sx6', [['total', ['personnel', 'operating', 'project']]]),
  ...coded('general-budget-basic-function', 'sx7', [['total', ['personnel', 'operating']]]),
  ...coded('general-budget-basic', 'sx8', [['total', ['personnel', 'operating']]]),
  {
    id: 'sx6-total=sx5-total',
    family: 'cross-table',
    a: total('general-budget-economic', 'total'),
    b: total('general-budget-expenditure', 'total'),
    exact: true,
  },
  {
    id: 'sx7-total=sx5-basic',
    family: 'cross-table',
    a: total('general-budget-basic-function', 'total'),
    b: [total('general-budget-expenditure', 'personnel'), total('general-budget-expenditure', 'operating')],
  },
  {
    id: 'sx8-total=sx7-total',
    family: 'cross-table',
    a: total('general-budget-basic', 'total'),
    b: total('general-budget-basic-function', 'total'),
    exact: true,
  },
];

export const shaanxiBudget: Profile = {
  id: 'shaanxi-comprehensive-budget',
  title: '陕西省部门综合预算公开表',
  kind: 'budget',
  signals: ['部门综合预算', '专项业务经费'],
  tables: [
    ...SUMMARY_TABLES,
    INCOME_SUMMARY,
    EXPENDITURE_SUMMARY,
    ...fiscalSummary(national('fiscal-summary')),
    detail(
      'general-budget-expenditure',
      '一般公共预算支出明细表.*功能',
      'function',
      '表5 一般公共预算支出明细表（按功能科目分）',
    ),
    detail(
      'general-budget-economic',
      '一般公共预算支出明细表.*经济',
      'economic',
      '表6 一般公共预算支出明细表（按经济分类科目分）',
    ),
    detail(
      'general-budget-basic-function',
      '一般公共预算基本支出明细表.*功能',
      'function',
      '表7 一般公共预算基本支出明细表（按功能科目分）',
    ),
    detail(
      'general-budget-basic',
      '一般公共预算基本支出明细表.*经济',
      'economic',
      '表8 一般公共预算基本支出明细表（按经济分类科目分）',
    ),
    national('three-public'),
  ],
  identities: [...SUMMARY_IDENTITIES, ...FISCAL_IDENTITIES, ...IDENTITIES],
  // The national template's 说明 in this layout's words (专项业务经费, 基本支出 by 明细表).
  narrative: SHAANXI_NARRATIVE,
};
