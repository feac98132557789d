/**
 * 决算 comparisons: "完成年初预算的Y%" and "决算数大于/小于/等于/与…持平 年初预算数" against the 预算数 and 决算数 the
 * item itself quotes.
 */
import { claimsOfKind } from '../../model/claims.js';
import { quote, sentenceLocation } from '../../model/location.js';
import { checkShare, inYuan, roundHalfUp, roundTo } from '../../model/rounding.js';
import type { Rule } from '../engine/types.js';

const SAID = { more: '大于', less: '小于', equal: '等于', about: '基本持平' } as const;

export const rule: Rule = {
  meta: {
    id: 'narrative-execution',
    title: '说明中决算数与预算数的比较与所列金额不符',
    severity: 'error',
    doc:
      '决算说明逐项写出预算数（年初预算、全年预算）和决算数，再写“完成年初预算的Y%”或“决算数大于/小于/等于年初预算数”。' +
      '完成率应等于决算数除以所称的那个预算数（允许 Y 末位半个单位加上两个金额舍入带来的误差）；预算数为零时完成率无从计算；' +
      '“大于/小于/等于/持平”应与两个金额的大小一致。只比较同一段中写出的两个金额；说“预算”而同段写了年初和全年两个预算数时不判断。' +
      '“基本持平”不作判断。',
    messages: {
      rate: '“{quote}”称完成{kind}预算的{stated}，按决算数 {actual}÷{kind}预算数 {budget} 计算为 {computed}%（应印为 {rounded}%）',
      zeroBase: '“{quote}”称完成{kind}预算的{stated}，但{kind}预算数为 {budget}，预算为零时完成率无从计算',
      relation: '“{quote}”称决算数{said}{kind}预算数，但所列决算数为 {actual}、{kind}预算数为 {budget}',
    },
  },
  check(ctx) {
    for (const c of claimsOfKind(ctx.disclosure.claims, 'execution')) {
      const { budget, actual } = c;
      if (!budget || !actual) continue;
      const data = {
        quote: quote(c.sentence),
        kind: c.budgetKind,
        budget: budget.quantity.printed,
        actual: actual.quantity.printed,
        stated: c.rate?.printed ?? '',
        said: c.relation ? SAID[c.relation] : '',
      };
      const location = sentenceLocation(c.sentence);
      const related = [
        { location: sentenceLocation(budget.sentence), value: budget.quantity.printed, role: '预算数' },
        { location: sentenceLocation(actual.sentence), value: actual.quantity.printed, role: '决算数' },
      ];
      if (c.rate) {
        if (budget.quantity.value.isZero()) {
          ctx.report({ messageId: 'zeroBase', data, location, actual: c.rate.printed, related });
          continue;
        }
        const r = checkShare(actual.quantity, budget.quantity, c.rate);
        if (!r || r.consistent) continue;
        const rounded = roundTo(r.computed, c.rate.decimals);
        ctx.report({
          messageId: 'rate',
          data: { ...data, computed: roundTo(r.computed, c.rate.decimals + 2), rounded },
          location,
          expected: `${rounded}%`,
          actual: c.rate.printed,
          unit: '%',
          related,
        });
      } else if (
        c.relation &&
        c.relation !== 'about' &&
        contradicts(c.relation, budget.quantity, actual.quantity)
      ) {
        ctx.report({ messageId: 'relation', data, location, related });
      }
    }
  },
};

type Q = Parameters<typeof inYuan>[0];

/** The two amounts as printed, compared at the fewer decimals (in one unit): which way they differ, if at all. */
function contradicts(relation: 'more' | 'less' | 'equal', budget: Q, actual: Q): boolean {
  const b = inYuan(budget);
  const a = inYuan(actual);
  if (!a || !b) return false;
  const decimals = Math.min(budget.decimals, actual.decimals);
  const cmp =
    budget.unit === actual.unit
      ? roundHalfUp(actual.value, decimals).cmp(roundHalfUp(budget.value, decimals))
      : a.value.cmp(b.value);
  return relation === 'more' ? cmp <= 0 : relation === 'less' ? cmp >= 0 : cmp !== 0;
}
