import { reportIdentities } from '../engine/identity-report.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'identity-row-sum',
    title: '表内行合计不等于各栏之和',
    severity: 'error',
    doc: '一行中的合计栏应等于其组成栏之和（如 合计 = 基本支出 + 项目支出；总计 = 财政拨款 + 单位资金 + 结转结余）。组成栏由版式配置（profile）给出。结转表的 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出，表中另列结余分配或调整栏时只作为警告。',
    messages: {
      mismatch: '{where}：应为 {expected}（{formula}），实为 {actual}，相差 {difference}。',
      rounding:
        '{where}：{actual} 与各栏之和 {expected} 相差 {difference}，可由四舍五入解释，但公开表格应当平衡。',
      soft: '{where}：按 {formula} 应为 {expected}，实为 {actual}，相差 {difference}；表中另列有结余分配或调整栏，差额可能由其解释，请核对。',
    },
  },
  check(context) {
    reportIdentities(context, 'row-sum');
  },
};
