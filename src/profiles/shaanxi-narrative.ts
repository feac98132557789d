/**
 * The 陕西 部门综合预算 说明 follows the national template, so the national mapping applies, with this layout's own
 * words first: 专项业务经费 is its 项目支出 (the 一般公共预算支出明细表's 专项业务经费 column), and the 基本支出 it
 * speaks of is the total of the 一般公共预算基本支出明细表 (按功能科目分), since the 明细表 prints 人员经费 and
 * 公用经费 but no 基本支出 column.
 */
import { NATIONAL_NARRATIVE } from './national-narrative.js';
import type { NarrativeMapping } from './types.js';

const GENERAL_SECTION = '一般公共预算';

export const SHAANXI_NARRATIVE: NarrativeMapping = {
  ...NATIONAL_NARRATIVE,
  id: 'shaanxi-budget',
  subjects: [
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
