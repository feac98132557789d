import { reportIdentities } from '../engine/identity-report.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'identity-hierarchy',
    title: '上级科目不等于下级科目之和',
    severity: 'error',
    doc: '按科目编码层级，类 = 其下各款之和，款 = 其下各项之和，在每个金额栏都应成立。只列出类、没有下级的行不参与检查。',
    messages: {
      mismatch: '{where}：应等于下级科目之和 {expected}，实为 {actual}，相差 {difference}。',
      rounding:
        '{where}：{actual} 与下级科目之和 {expected} 相差 {difference}，属四舍五入差异，但公开表格应当平衡。',
    },
  },
  check(context) {
    reportIdentities(context, 'hierarchy');
  },
};
