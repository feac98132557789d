/**
 * Which table cell a subject said in a Shanghai 部门/单位预算 说明 restates (the nine tables of shanghai-budget.ts).
 * The 说明 follows the city's template: "收入预算X万元，其中：财政拨款收入…；事业收入…", "支出预算X万元，其中：财政拨款支出
 * 预算…", "一般公共预算拨款支出预算…；政府性基金拨款支出预算…", the 类/款/项 list of the 一般公共预算 table, then the 三公
 * section, whose table prints one line with a column per item and the 机关运行经费 beside them. The narrative is in
 * 万元 while most tables are in 元: the comparison converts. The template's headings are often not read as sections,
 * so subjects here are told apart by their own words, not by the section they stand in. The budget's tables print no
 * carry-over (no 上年结转 line on either side): every total and source is this year's, and an amount said to count
 * the carry-over ("收入预算X万元（含上年结转…）") restates none of them.
 */
import type { CellTarget, NarrativeMapping } from './types.js';

const SUMMARY = 'income-expenditure-summary';
const income = (role: string): CellTarget => ({
  table: SUMMARY,
  row: { role },
  column: 'amount',
  side: 'income',
});
/** A fund's column of the 财政拨款收支预算总表's 支出总计 line. */
const fiscalExpenditure = (column: string): CellTarget => ({
  table: 'fiscal-summary',
  row: { role: 'expenditure-total' },
  column,
  side: 'expenditure',
});
const threePublic = (column: string): CellTarget => ({ table: 'three-public', row: { only: true }, column });

export const SHANGHAI_NARRATIVE: NarrativeMapping = {
  id: 'shanghai-budget',
  subjects: [
    { id: 'three-public-total', subject: '三公"?经费(预算)?(数)?(支出)?$', targets: [threePublic('total')] },
    { id: 'overseas', subject: '因公出国(境)?(费用?|经费)?$', targets: [threePublic('overseas')] },
    { id: 'reception', subject: '公务接待(费用?)?$', targets: [threePublic('reception')] },
    {
      id: 'vehicle',
      subject: '公务(用)?车(用车)?购置及运行(维护)?费?$',
      targets: [threePublic('vehicle')],
    },
    {
      id: 'vehicle-purchase',
      subject: '公务(用)?车(用车)?购置费?$',
      targets: [threePublic('vehicle-purchase')],
    },
    {
      id: 'vehicle-operation',
      subject: '公务(用)?车(用车)?运行(维护)?费?$',
      targets: [threePublic('vehicle-operation')],
    },
    // The 三公 table prints the 机关运行经费 in a column of its own: the same figure, not a bound.
    {
      id: 'agency-operating',
      subject: '机关运行经费(预算)?(数)?$',
      targets: [threePublic('agency-operating')],
    },
    {
      id: 'income-total',
      subject: '(?<!(财政拨款|事业|经营|其他))收入(总)?预算(数)?$|收入总计$',
      carryover: 'excluded',
      targets: [income('income-total')],
    },
    {
      id: 'expenditure-total',
      subject:
        '(?<!(财政拨款|一般公共预算|政府性基金|国有资本经营预算|拨款|基本|项目))支出(总)?预算(数)?$|^支出总计$',
      carryover: 'excluded',
      targets: [
        { table: SUMMARY, row: { role: 'expenditure-total' }, column: 'amount', side: 'expenditure' },
      ],
    },
    {
      id: 'fiscal-income',
      subject: '^财政拨款收入(预算)?$',
      carryover: 'excluded',
      targets: [income('fiscal-appropriation')],
    },
    {
      id: 'unit-revenue',
      subject: '^事业收入(预算)?$',
      carryover: 'excluded',
      targets: [income('unit-revenue')],
    },
    {
      id: 'operating-revenue',
      subject: '^事业单位经营收入(预算)?$',
      carryover: 'excluded',
      targets: [income('operating-revenue')],
    },
    {
      id: 'other-revenue',
      subject: '^其他收入(预算)?$',
      carryover: 'excluded',
      targets: [income('other-revenue')],
    },
    {
      id: 'fiscal-expenditure',
      subject: '^财政拨款支出(预算)?$',
      carryover: 'excluded',
      targets: [fiscalExpenditure('total')],
    },
    {
      id: 'general-expenditure',
      subject: '^一般公共预算(拨款)?支出(预算)?$',
      carryover: 'excluded',
      targets: [
        fiscalExpenditure('general-budget'),
        { table: 'general-budget-expenditure', row: { total: true }, column: 'total' },
      ],
    },
    {
      id: 'gov-fund-expenditure',
      subject: '^政府性基金(预算)?(拨款)?支出(预算)?$',
      carryover: 'excluded',
      targets: [fiscalExpenditure('gov-fund')],
    },
    {
      id: 'state-capital-expenditure',
      subject: '^国有资本经营预算(拨款)?支出(预算)?$',
      carryover: 'excluded',
      targets: [fiscalExpenditure('state-capital')],
    },
  ],
  // The template's 类/款/项 list explains the 一般公共预算支出功能分类预算表.
  classTables: [
    {
      tables: [
        { table: 'general-budget-expenditure', column: 'total' },
        { table: 'expenditure-summary', column: 'total' },
      ],
    },
  ],
};
