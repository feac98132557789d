/**
 * The Shanghai 部门/单位预算 layout: nine tables (财务收支预算总表 … “三公”经费和机关运行经费预算表), amounts in 元
 * except the 三公 table (万元). Same families of identities as the national layout; where a table is the same kind of
 * thing as a national one, it has the national kind id. The 部门 and 单位 variants differ only in how titles read.
 */
import type { DocumentLevel } from '../model/disclosure.js';
import { coded } from './identity-kit.js';
import { SHANGHAI_BUDGET_IDENTITIES } from './shanghai-budget.identities.js';
import { SHANGHAI_NARRATIVE } from './shanghai-narrative.js';
import type { ColumnSpec, IdentitySpec, Profile, TableSpec } from './types.js';

const BASIC_PROJECT: ColumnSpec[] = [
  { role: 'total', header: '^(合计|总计|小计)$', label: '合计' },
  { role: 'basic', header: '基本支出$', label: '基本支出' },
  { role: 'project', header: '项目支出$', label: '项目支出' },
];

const FUNDS: ColumnSpec[] = [
  { role: 'total', header: '^(合计|总计)$', label: '合计' },
  { role: 'general-budget', header: '^一般公共预算', label: '一般公共预算' },
  { role: 'gov-fund', header: '^政府性基金', label: '政府性基金预算' },
  { role: 'state-capital', header: '^国有资本经营', label: '国有资本经营预算' },
];

function functionTable(kind: string, fund: string, printed: string, mayBeEmpty = false): TableSpec {
  return {
    kind,
    title: `${fund}(预算)?支出功能分类预算表`,
    printedAs: printed,
    shape: 'coded',
    codeScheme: 'function',
    required: true,
    mayBeEmpty,
    columns: BASIC_PROJECT,
  };
}

/**
 * 市级 unit budgets add two tables (上海 2026: 单位预算05表 财政拨款支出预算表, 10表 财政拨款项目支出预算表): the
 * 财政拨款 spending by 功能科目 with 基本支出 (人员经费, 公用经费) and 项目支出, and its projects under their 科目.
 */
const FISCAL_TABLES: TableSpec[] = [
  {
    kind: 'fiscal-expenditure',
    title: '财政拨款支出(预算)?表',
    notTitle: '基本支出|项目支出',
    printedAs: '财政拨款支出预算表',
    shape: 'coded',
    codeScheme: 'function',
    columns: [
      ...BASIC_PROJECT,
      { role: 'personnel', header: '人员经费', label: '人员经费' },
      { role: 'operating', header: '公用经费', label: '公用经费' },
    ],
  },
  {
    kind: 'fiscal-projects',
    title: '财政拨款项目支出(预算)?表',
    printedAs: '财政拨款项目支出预算表',
    shape: 'projects',
    codeScheme: 'function',
    columns: [{ role: 'total', header: '^(预算数|合计|金额)$', label: '预算数' }],
  },
];

const FISCAL_IDENTITIES: IdentitySpec[] = [
  ...coded('fiscal-expenditure', 'sh-fx', [
    ['total', ['basic', 'project']],
    ['basic', ['personnel', 'operating']],
  ]),
  ...coded('fiscal-projects', 'sh-fp', [], true),
  {
    id: 'sh-fp-total=fx-project',
    family: 'cross-table',
    a: { table: 'fiscal-projects', row: { total: true }, column: 'total' },
    b: { table: 'fiscal-expenditure', row: { total: true }, column: 'project' },
    exact: true,
  },
];

function tables(who: string): TableSpec[] {
  return [
    {
      kind: 'income-expenditure-summary',
      title: '财务收支预算总表',
      printedAs: `${who}财务收支预算总表`,
      shape: 'two-sided',
      codeScheme: 'function',
      required: true,
      columns: [
        { role: 'amount', header: '预算数|金额', side: 'income', label: '预算数' },
        { role: 'amount', header: '预算数|金额', side: 'expenditure', label: '预算数' },
      ],
      rowRoles: [
        { role: 'fiscal-appropriation', name: '^财政拨款', side: 'income', label: '财政拨款收入' },
        {
          role: 'general-budget',
          name: '^一般公共预算',
          side: 'income',
          under: 'fiscal-appropriation',
          label: '一般公共预算资金',
        },
        {
          role: 'gov-fund',
          name: '^政府性基金',
          side: 'income',
          under: 'fiscal-appropriation',
          label: '政府性基金',
        },
        {
          role: 'state-capital',
          name: '^国有资本经营',
          side: 'income',
          under: 'fiscal-appropriation',
          label: '国有资本经营预算',
        },
        { role: 'operating-revenue', name: '经营收入', side: 'income', label: '事业单位经营收入' },
        { role: 'unit-revenue', name: '^事业收入', side: 'income', label: '事业收入' },
        { role: 'other-revenue', name: '^其他收入', side: 'income', label: '其他收入' },
        { role: 'income-total', name: '^(收入总计|收入合计|总计|合计)$', side: 'income', label: '收入总计' },
        {
          role: 'expenditure-total',
          name: '^(支出总计|支出合计|总计|合计)$',
          side: 'expenditure',
          label: '支出总计',
        },
      ],
    },
    {
      kind: 'income-summary',
      title: '收入预算总表',
      printedAs: `${who}收入预算总表`,
      shape: 'coded',
      codeScheme: 'function',
      required: true,
      columns: [
        { role: 'total', header: '^(合计|总计)$', label: '合计' },
        { role: 'fiscal', header: '^财政拨款', label: '财政拨款收入' },
        { role: 'operating-revenue', header: '经营收入', label: '事业单位经营收入' },
        { role: 'unit-revenue', header: '^事业收入', label: '事业收入' },
        { role: 'other-revenue', header: '^其他收入', label: '其他收入' },
      ],
    },
    {
      kind: 'expenditure-summary',
      title: '支出预算总表',
      notTitle: '财政拨款',
      printedAs: `${who}支出预算总表`,
      shape: 'coded',
      codeScheme: 'function',
      required: true,
      columns: BASIC_PROJECT,
    },
    {
      kind: 'fiscal-summary',
      title: '财政拨款收支预算总表',
      printedAs: `${who}财政拨款收支预算总表`,
      shape: 'two-sided',
      codeScheme: 'function',
      required: true,
      columns: [
        { role: 'amount', header: '预算数|金额', side: 'income', label: '预算数' },
        ...FUNDS.map((c) => ({ ...c, side: 'expenditure' as const })),
      ],
      rowRoles: [
        { role: 'general-budget', name: '^一般公共预算', side: 'income', label: '一般公共预算资金' },
        { role: 'gov-fund', name: '^政府性基金', side: 'income', label: '政府性基金' },
        { role: 'state-capital', name: '^国有资本经营', side: 'income', label: '国有资本经营预算' },
        { role: 'income-total', name: '^(收入总计|收入合计|总计|合计)$', side: 'income', label: '收入总计' },
        {
          role: 'expenditure-total',
          name: '^(支出总计|支出合计|总计|合计)$',
          side: 'expenditure',
          label: '支出总计',
        },
      ],
    },
    functionTable('general-budget-expenditure', '一般公共预算', `${who}一般公共预算支出功能分类预算表`),
    functionTable('gov-fund-expenditure', '政府性基金', `${who}政府性基金预算支出功能分类预算表`, true),
    functionTable(
      'state-capital-expenditure',
      '国有资本经营',
      `${who}国有资本经营预算支出功能分类预算表`,
      true,
    ),
    {
      kind: 'general-budget-basic',
      title: '一般公共预算基本支出.*经济分类预算表',
      printedAs: `${who}一般公共预算基本支出部门预算经济分类预算表`,
      shape: 'coded',
      codeScheme: 'economic',
      required: true,
      columns: [
        { role: 'total', header: '^(合计|总计)$', label: '合计' },
        { role: 'personnel', header: '人员经费', label: '人员经费' },
        { role: 'operating', header: '公用经费', label: '公用经费' },
      ],
    },
    {
      kind: 'three-public',
      title: '三公"?经费和机关运行经费预算表',
      printedAs: `${who}“三公”经费和机关运行经费预算表`,
      shape: 'outline',
      required: true,
      defaultUnit: '万元',
      columns: [
        // 机关运行经费 first: its header also ends in 经费 and must not be read as a 三公 item.
        { role: 'agency-operating', header: '机关运行经费', label: '机关运行经费预算数' },
        { role: 'total', header: '^(合计|总计)$', label: '“三公”经费合计' },
        { role: 'overseas', header: '因公出国', label: '因公出国（境）费' },
        { role: 'reception', header: '公务接待', label: '公务接待费' },
        { role: 'vehicle', header: '公务用车购置及运行', label: '公务用车购置及运行费' },
        { role: 'vehicle-purchase', header: '购置费?$', label: '公务用车购置费' },
        { role: 'vehicle-operation', header: '运行(维护)?经?费$', label: '公务用车运行费' },
      ],
    },
  ];
}

function shanghaiBudget(level: DocumentLevel, who: string): Profile {
  return {
    id: `shanghai-${level === 'unit' ? 'unit' : 'department'}-budget`,
    title: `上海市${who}预算公开表（9张表）`,
    kind: 'budget',
    level,
    signals: [
      '财务收支预算总表',
      '收入预算总表',
      '支出功能分类预算表',
      '经济分类预算表',
      '机关运行经费预算表',
    ],
    tables: [...tables(who), ...FISCAL_TABLES],
    identities: [...SHANGHAI_BUDGET_IDENTITIES, ...FISCAL_IDENTITIES],
    narrative: SHANGHAI_NARRATIVE,
  };
}

export const shanghaiDepartmentBudget = shanghaiBudget('department', '部门');
export const shanghaiUnitBudget = shanghaiBudget('unit', '单位');
