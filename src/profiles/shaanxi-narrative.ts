/**
 * The 陕西 部门综合预算 说明 follows the national template, so the national mapping applies, with this layout's own
 * words first: 专项业务经费 is its 项目支出 (the 一般公共预算支出明细表's 专项业务经费 column), and the 基本支出 it
 * speaks of is the total of the 一般公共预算基本支出明细表 (按功能科目分), since the 明细表 prints 人员经费 and
 * 公用经费 but no 基本支出 column.
 */
import { NATIONAL_NARRATIVE } from './national-narrative.js';
import type { NarrativeMapping, SubjectMapping } from './types.js';

const GENERAL_SECTION = '一般公共预算';
const WHO = '^(本部门|本单位|部门|单位)';

/**
 * "本部门预算收入X万元，其中…上年结转Y万元、上年实户资金余额Z万元", "本部门财政拨款收入X万元，其中…上年结转…": the 说明
 * lists the carry-over among the whole's items, so the whole is the 总计 that counts it.
 */
const WHOLES: SubjectMapping[] = [
  {
    id: 'sx-income-total',
    subject: `${WHO}(预算)?(总)?收入(预算)?$`,
    carryover: 'included',
    targets: [
      { table: 'comprehensive-summary', row: { role: 'income-total' }, column: 'amount', side: 'income' },
    ],
  },
  // "本部门预算支出X万元，其中…上年结转Y万元": this year's spending (some of it from the carry-over), not the 支出总计
  // that adds 结转下年; whether it "counts the carry-over" the words cannot say, so it takes no mark.
  {
    id: 'sx-current-expenditure',
    subject: `${WHO}(预算)?(总)?支出(预算)?$`,
    targets: [
      {
        table: 'comprehensive-summary',
        row: { role: 'current-year-expenditure' },
        column: 'amount',
        side: 'expenditure',
      },
    ],
  },
  {
    id: 'sx-fiscal-income',
    subject: `${WHO}财政拨款收入(预算)?$`,
    carryover: 'included',
    targets: [{ table: 'fiscal-summary', row: { role: 'income-total' }, column: 'amount', side: 'income' }],
  },
  {
    id: 'sx-fiscal-expenditure',
    subject: `${WHO}财政拨款支出(预算)?$`,
    carryover: 'included',
    targets: [
      { table: 'fiscal-summary', row: { role: 'expenditure-total' }, column: 'total', side: 'expenditure' },
    ],
  },
];

export const SHAANXI_NARRATIVE: NarrativeMapping = {
  ...NATIONAL_NARRATIVE,
  id: 'shaanxi-budget',
  subjects: [
    ...WHOLES,
    {
      id: 'special-operating',
      subject: '^(一般公共预算)?(专项业务经费|项目支出)(支出)?$',
      section: GENERAL_SECTION,
      targets: [{ table: 'general-budget-expenditure', row: { total: true }, column: 'project' }],
    },
    {
      id: 'general-basic',
      subject: '^(一般公共预算)?基本支出$',
      section: GENERAL_SECTION,
      targets: [{ table: 'general-budget-basic-function', row: { total: true }, column: 'total' }],
    },
    ...NATIONAL_NARRATIVE.subjects,
  ],
};
