/**
 * Tables printed besides a layout's own in many provinces' disclosures. They are recognized by title only, so the
 * report says what each is and why its figures are not checked against the layout's identities.
 */
import type { ExtraTableSpec, TableIndexSpec } from './types.js';

export const EXTRA_TABLES: ExtraTableSpec[] = [
  {
    title: '政府采购(\\(.*\\))?(预算)?(明细|情况|支出)?(预算)?表',
    reason: '政府采购预算表：附加表格，本版式未规定其与其他表的勾稽关系，未检查',
  },
  { title: '整体(支出)?绩效目标表', reason: '部门整体绩效目标表：附加表格，内容为绩效指标，未做金额检查' },
  { title: '专项资金绩效目标表', reason: '重点专项资金绩效目标表：附加表格，未做金额检查' },
  {
    title: '(项目|一般性项目|一级项目).*绩效目标表|绩效目标表',
    reason: '项目绩效目标表：由绩效目标表检查单独处理',
  },
  // 杭州/湖州 表11 项目支出绩效表, 北京 预算表12 年度项目支出绩效表: indicators, not amounts.
  { title: '项目支出绩效(情况)?表', reason: '项目支出绩效表：附加表格，内容为绩效指标，未做金额检查' },
  {
    // Pages of a 绩效目标表 printed without the title, named by their header (北京 项目名称 | 项目总额 | 绩效目标 | 一级指标).
    // Or by their first indicator rows (西安: 质量指标 | 指标5：… | 值), continuing the table of the page before.
    title:
      '^项目名称.*(绩效目标|一级指标)|一级指标.*二级指标|^活动绩效指标|^项目预算数.*绩效目标|' +
      '^(产出|效益|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|满意度)指标|^指标\\d+[:：]',
    reason: '项目绩效目标表（无标题的续页）：由绩效目标表检查单独处理',
  },
  { title: '国有资产占有(使用)?情况表', reason: '国有资产占有使用情况表：附加表格，未检查' },
  // 陕西 部门综合预算 tables whose structure the engine does not check yet.
  { title: '政府性基金收支(总)?表', reason: '政府性基金收支表：收入与多种支出分类并列，尚未检查' },
  { title: '专项业务经费(支出)?表', reason: '专项业务经费支出表：按单位、项目分层列示，未检查' },
  { title: '结转(资金)?支出表', reason: '上年结转资金支出表：按单位、项目列示，尚未检查' },
  // 西安 prints 会议费 and 培训费 plans item by item beside the 三公 table.
  { title: '^(会议费|培训费)(明细|计划)表', reason: '会议费/培训费明细表：附加表格，未检查' },
  // The 公开目录 of 陕西 (报表名称 | 是否空表 | 公开空表理由): a list of the tables, not one of them.
  {
    title: '^报表目录$|^报表报表名称|报表名称是否空表',
    reason: '公开报表目录：列出各表是否为空表，不是收支表格',
  },
  { title: '单位名称|预算单位构成|决算单位构成', reason: '单位构成清单：不是收支表格' },
  // A chart's gridlines read as a table: its first line holds only an axis or bar figure, or nothing.
  { title: '^[\\d.,]*$', reason: '统计图（框线内只有数字）：不是公开表格' },
];

/**
 * The 公开目录 as 陕西 prints it, a table of the tables (报表 | 报表名称 | 是否空表 | 公开空表理由 / 表格为空的理由):
 * each table's empty mark is checked against the table printed (rule table-index-empty).
 */
export const TABLE_INDEX: TableIndexSpec = {
  number: '^(报表|表号|序号|编号)$',
  title: '^(报表|表格)名称$',
  empty: '^是否(为)?空表$',
  reason: '理由|原因|说明',
  yes: '^(是|空表|√)$',
};
