import { reportIdentities } from '../engine/identity-report.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'identity-balance',
    title: '收支不平衡',
    severity: 'error',
    doc: '收入总计应等于支出总计。两者是同一数额的两次印刷，必须完全相等。',
    messages: {
      mismatch: '{where}：收入总计 {actual} 与支出总计 {expected} 不相等，相差 {difference}。',
      rounding: '{where}：收入总计 {actual} 与支出总计 {expected} 不相等，相差 {difference}。',
    },
  },
  check(context) {
    reportIdentities(context, 'balance');
  },
};
