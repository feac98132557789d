/**
 * An economic code (301…, 501…) in a function-classification column, or a function code (2xx) in an economic
 * column: the row is in the wrong table, or its code is.
 */
import { codedRowLocation, codedRows, schemeAgrees } from '../engine/coded-rows.js';
import type { Rule, RuleContext } from '../engine/types.js';

const SCHEME_NAMES: Record<string, string> = {
  function: '支出功能分类',
  'economic-dept': '部门预算支出经济分类',
  'economic-gov': '政府预算支出经济分类',
};

function check(context: RuleContext): void {
  for (const r of codedRows(context.disclosure, context.profile)) {
    if (schemeAgrees(r) || !r.classification) continue;
    context.report({
      messageId: r.expected === 'function' ? 'economicInFunction' : 'functionInEconomic',
      data: { code: r.code, name: r.row.name, scheme: SCHEME_NAMES[r.classification] },
      location: codedRowLocation(r),
    });
  }
}

export const rule: Rule = {
  meta: {
    id: 'code-scheme-mismatch',
    title: '科目代码与所在栏目的分类不符',
    severity: 'error',
    doc:
      '支出功能分类栏目只能填 2 开头的功能科目，经济分类栏目只能填 3（部门预算）或 5（政府预算）开头的经济科目。' +
      '栏目的分类取自版式定义（profile），没有时取识别结果。',
    messages: {
      economicInFunction: '功能分类栏目中出现{scheme}代码 {code}（{name}）',
      functionInEconomic: '经济分类栏目中出现{scheme}代码 {code}（{name}）',
    },
  },
  check,
};
