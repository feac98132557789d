/**
 * Columns of words that tables print beside their names and amounts, in any layout: what each holds, so that a
 * column is never left without a meaning (a column recognition cannot name makes its table's sums untrusted) and
 * the report names it. Their cells are each row's texts; the first of them is the row's name where no name column
 * prints one (a 政府购买服务 list under its 指导性目录: 一级 | 二级 | 三级).
 */
import type { TextColumnSpec } from './types.js';

export const TEXT_COLUMNS: TextColumnSpec[] = [
  // 陕西 专项业务经费支出表: 单位（项目）名称 | 项目金额 | 项目简介.
  { role: 'description', header: '^(项目)?(简介|概况|内容简介)$', label: '项目简介' },
  // 陕西 结转资金支出表: … | 项目类别 | 资金性质 | 备注.
  { role: 'category', header: '^项目(类别|类型)$', label: '项目类别' },
  { role: 'fund-nature', header: '^资金性质$', label: '资金性质' },
  // 北京 政府购买服务明细表: 指导性目录 一级 | 二级 | 三级 | 预算金额.
  { role: 'catalogue-1', header: '目录/一级$', label: '指导性目录一级' },
  { role: 'catalogue-2', header: '目录/二级$', label: '指导性目录二级' },
  { role: 'catalogue-3', header: '目录/三级$', label: '指导性目录三级' },
];
