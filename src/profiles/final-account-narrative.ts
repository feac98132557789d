/**
 * Which table cell a subject said in a 部门/单位决算 说明 restates (the nine tables of final-account.ts). The 决算
 * template speaks of 收入支出总计, 本年收入合计 / 本年支出合计, 财政拨款收入, 基本支出 and 项目支出 of the 支出决算表, the
 * 一般公共预算财政拨款支出 with its 类/款/项 list, 人员经费 and 公用经费 of the 基本支出决算表 and the 三公 figures, each
 * a 决算数 (actual) unless the words say 预算. 机关运行经费 is the 公用经费 of the 行政 and 参公 units only: a bound.
 */
import type { CellTarget, NarrativeMapping, SubjectMapping } from './types.js';

const SUMMARY = 'income-expenditure-summary';
const line = (table: string, role: string, side: 'income' | 'expenditure'): CellTarget => ({
  table,
  row: { role },
  column: 'actual',
  side,
});
const total = (table: string, column: string): CellTarget => ({ table, row: { total: true }, column });
const basicLine = (role: string): CellTarget => ({
  table: 'general-budget-basic',
  row: { role },
  column: 'amount',
});
const threePublic = (column: string): CellTarget => ({ table: 'three-public', row: { only: true }, column });

/** 三公 items: the bare name or "…决算(数)" is the 决算数, "…(年初|全年)预算(数)" the 预算数. */
function threePublicItem(id: string, name: string, role: string) {
  return [
    {
      id: `${id}-budget`,
      subject: `${name}(支出)?(年初|全年)?预算(数)?$`,
      targets: [threePublic(`${role}.budget`)],
    },
    { id, subject: `${name}(财政拨款)?(支出)?(决算)?(数)?$`, targets: [threePublic(`${role}.actual`)] },
  ];
}

/**
 * "收入X万元（含年初结转和结余Y万元）", "支出X万元（不含上年结转）": said with the carry-over, the whole is the 收入支出决算
 * 总表's 总计; said without it, its 本年收入合计 / 本年支出合计. Only when the words say which.
 */
const SAID_WITH_OR_WITHOUT: SubjectMapping[] = (['included', 'excluded'] as const).flatMap((carryover) =>
  (['income', 'expenditure'] as const).map((side) => ({
    id: `${side}-${carryover === 'included' ? 'with' : 'without'}-carryover`,
    subject: `^(部门|单位)?(${carryover === 'excluded' ? '本年|当年' : ''})?(总)?${side === 'income' ? '收入' : '支出'}(决算)?(总计|合计|总额)?$`,
    carryover,
    carryoverSaid: true as const,
    targets: [
      line(
        SUMMARY,
        carryover === 'included'
          ? `${side}-total`
          : side === 'income'
            ? 'current-income'
            : 'current-expenditure',
        side,
      ),
    ],
  })),
);

export const FINAL_ACCOUNT_NARRATIVE: NarrativeMapping = {
  id: 'final-account',
  subjects: [
    ...threePublicItem('three-public-total', '三公经费(财政拨款)?', 'total'),
    ...threePublicItem('overseas', '因公出国(境)?(费用?|经费)?', 'overseas'),
    ...threePublicItem('reception', '公务接待(费用?)?', 'reception'),
    ...threePublicItem('vehicle', '公务用车购置及运行(维护)?费?', 'vehicle'),
    ...threePublicItem('vehicle-purchase', '公务用车购置费?', 'vehicle-purchase'),
    ...threePublicItem('vehicle-operation', '公务用车运行(维护)?费?', 'vehicle-operation'),
    {
      id: 'agency-operating',
      subject: '机关运行经费(支出)?(决算)?(数)?$',
      targets: [basicLine('operating-total')],
      atMost: true,
    },
    { id: 'personnel', subject: '^人员经费(支出)?$', targets: [basicLine('personnel-total')] },
    { id: 'operating', subject: '^(日常)?公用经费(支出)?$', targets: [basicLine('operating-total')] },
    // 总计 lines count the 年初结转和结余; 本年 lines and the sources and spending of the year do not.
    {
      id: 'fiscal-total',
      subject: '^财政拨款收入支出(决算)?(总计)?$',
      carryover: 'included',
      targets: [line('fiscal-summary', 'income-total', 'income')],
    },
    {
      id: 'total',
      subject: '^收入支出(决算)?(总计)?$',
      carryover: 'included',
      targets: [line(SUMMARY, 'income-total', 'income')],
    },
    ...SAID_WITH_OR_WITHOUT,
    {
      id: 'current-income',
      subject: '^本年收入(决算)?$',
      carryover: 'excluded',
      targets: [line(SUMMARY, 'current-income', 'income')],
    },
    {
      id: 'current-expenditure',
      subject: '^本年支出(决算)?$',
      carryover: 'excluded',
      targets: [line(SUMMARY, 'current-expenditure', 'expenditure')],
    },
    {
      id: 'fiscal-income',
      subject: '^财政拨款收入$',
      carryover: 'excluded',
      targets: [total('income-summary', 'fiscal')],
    },
    {
      id: 'superior-subsidy',
      subject: '^上级补助收入$',
      carryover: 'excluded',
      targets: [total('income-summary', 'superior-subsidy')],
    },
    {
      id: 'unit-revenue',
      subject: '^事业收入$',
      carryover: 'excluded',
      targets: [total('income-summary', 'unit-revenue')],
    },
    {
      id: 'operating-revenue',
      subject: '^经营收入$',
      carryover: 'excluded',
      targets: [total('income-summary', 'operating-revenue')],
    },
    {
      id: 'affiliated-remit',
      subject: '^附属单位上缴收入$',
      carryover: 'excluded',
      targets: [total('income-summary', 'affiliated-remit')],
    },
    {
      id: 'other-revenue',
      subject: '^其他收入$',
      carryover: 'excluded',
      targets: [total('income-summary', 'other-revenue')],
    },
    {
      id: 'general-total',
      subject: '^一般公共预算财政拨款支出(决算)?$',
      carryover: 'excluded',
      targets: [total('general-budget-expenditure', 'total')],
    },
    {
      id: 'general-basic',
      subject: '^一般公共预算财政拨款基本支出(决算)?$',
      carryover: 'excluded',
      targets: [total('general-budget-expenditure', 'basic')],
    },
    {
      id: 'general-project',
      subject: '^一般公共预算财政拨款项目支出(决算)?$',
      carryover: 'excluded',
      targets: [total('general-budget-expenditure', 'project')],
    },
    // The 支出决算 section's 基本支出 and 项目支出 are parts of the 本年支出合计 of all funds: the 支出决算表's total line.
    {
      id: 'expenditure-basic',
      subject: '^基本支出$',
      carryover: 'excluded',
      section: '(?<!财政拨款)支出决算',
      targets: [total('expenditure-summary', 'basic')],
    },
    {
      id: 'expenditure-project',
      subject: '^项目支出$',
      carryover: 'excluded',
      section: '(?<!财政拨款)支出决算',
      targets: [total('expenditure-summary', 'project')],
    },
  ],
  classTables: [
    { section: '一般公共预算', tables: [{ table: 'general-budget-expenditure', column: 'total' }] },
    { section: '支出决算', tables: [{ table: 'expenditure-summary', column: 'total' }] },
    { tables: [{ table: 'general-budget-expenditure', column: 'total' }] },
  ],
};
