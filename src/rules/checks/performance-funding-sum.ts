/**
 * 项目支出绩效目标表: 年度预算总额 = 财政拨款 + 其他资金.
 */

import { provToLocation } from '../../model/finding.js';
import { compareSum } from '../../model/rounding.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'performance-funding-sum',
    title: '绩效目标表的资金总额不等于各来源之和',
    severity: 'error',
    doc:
      '项目支出绩效目标表中，年度预算总额应等于其中财政拨款与其他资金之和；空白的来源按零计。' +
      '按印刷位数的舍入区间比较：超出为错误，舍入能解释但不完全相等为警告。',
    messages: {
      mismatch:
        '绩效目标表“{project}”年度预算总额 {total}{unit}，而财政拨款 {fiscal} + 其他资金 {other} = {sum}{unit}，相差 {difference}{unit}',
    },
  },
  check(ctx) {
    for (const t of ctx.disclosure.performance ?? []) {
      if (!t.total || (!t.fiscal && !t.other)) continue;
      const parts = [t.fiscal, t.other].filter((p) => p !== undefined);
      const r = compareSum(
        { value: t.total.amount.value, precision: t.total.amount.decimals },
        parts.map((p) => ({ value: p.amount.value, precision: p.amount.decimals })),
      );
      if (r.agreement === 'exact') continue;
      const shown = (p: typeof t.fiscal) => (p && p.amount.printed !== '' ? p.amount.printed : '空白');
      ctx.report({
        messageId: 'mismatch',
        severity: r.agreement === 'rounding' ? 'warning' : 'error',
        data: {
          project: t.projectName,
          total: t.total.amount.printed,
          fiscal: shown(t.fiscal),
          other: shown(t.other),
          sum: r.sum.toString(),
          difference: r.difference.abs().toString(),
          unit: t.unit,
        },
        location: {
          table: '项目支出绩效目标表',
          tableTitle: t.title,
          row: t.projectName,
          column: '年度预算总额',
          ...provToLocation(t.total.prov),
        },
        expected: r.sum.toString(),
        actual: t.total.amount.printed,
        difference: r.difference.toString(),
        unit: t.unit,
      });
    }
  },
};
