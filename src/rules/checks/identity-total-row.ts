import { reportIdentities } from '../engine/identity-report.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'identity-total-row',
    title: '合计行不等于各类之和',
    severity: 'error',
    doc: '表格的合计（总计）行应等于各类（最高层级科目）行之和。',
    messages: {
      mismatch: '{where}：合计应为各类之和 {expected}，实为 {actual}，相差 {difference}。',
      rounding: '{where}：合计 {actual} 与各类之和 {expected} 相差 {difference}，属四舍五入差异。',
    },
  },
  check(context) {
    reportIdentities(context, 'total-row');
  },
};
