import { reportIdentities } from '../engine/identity-report.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'identity-line-sum',
    title: '汇总行不等于其组成行之和',
    severity: 'error',
    doc: '收支总表等按行列示的表中，汇总行（如“本年收入”“收入总计”“公务用车购置及运行费”）应等于其组成行之和。',
    messages: {
      mismatch: '{where}：应为 {expected}（{formula}），实为 {actual}，相差 {difference}。',
      rounding: '{where}：{actual} 与组成行之和 {expected} 相差 {difference}，属四舍五入差异。',
    },
  },
  check(context) {
    reportIdentities(context, 'line-sum');
  },
};
