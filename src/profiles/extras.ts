/**
 * Tables printed besides a layout's own in many provinces' disclosures. They are recognized by title only, so the
 * report says what each is and why its figures are not checked against the layout's identities.
 */
import type { ExtraTableSpec } from './types.js';

export const EXTRA_TABLES: ExtraTableSpec[] = [
  {
    title: '政府采购(预算)?(明细|情况)?表',
    reason: '政府采购预算表：附加表格，本版式未规定其与其他表的勾稽关系，未检查',
  },
  { title: '整体(支出)?绩效目标表', reason: '部门整体绩效目标表：附加表格，内容为绩效指标，未做金额检查' },
  { title: '专项资金绩效目标表', reason: '重点专项资金绩效目标表：附加表格，未做金额检查' },
  {
    title: '(项目|一般性项目|一级项目).*绩效目标表|绩效目标表',
    reason: '项目绩效目标表：由绩效目标表检查单独处理',
  },
  {
    // Pages of a 绩效目标表 printed without the title, named by their header (北京 项目名称 | 项目总额 | 绩效目标 | 一级指标).
    title: '^项目名称.*(绩效目标|一级指标)|一级指标.*二级指标|^活动绩效指标|^项目预算数.*绩效目标',
    reason: '项目绩效目标表（无标题的续页）：由绩效目标表检查单独处理',
  },
  { title: '国有资产占有(使用)?情况表', reason: '国有资产占有使用情况表：附加表格，未检查' },
  { title: '单位名称|预算单位构成|决算单位构成', reason: '单位构成清单：不是收支表格' },
];
