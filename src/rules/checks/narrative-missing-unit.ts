/**
 * "财政拨款结转结余132.19，": an amount printed with no unit among amounts that have one.
 */
import { claimsOfKind } from '../../model/claims.js';
import { quote, sentenceLocation } from '../../model/location.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-missing-unit',
    title: '说明中的金额缺少单位',
    severity: 'warning',
    doc: '同一句中其他金额带有单位（万元/元），而某个金额后没有单位，读者无从判断其大小；检查时按同句的单位理解。',
    messages: {
      missing: '“{quote}”中{subject} {printed} 没有写单位（按{unit}理解）',
    },
  },
  check(ctx) {
    for (const a of claimsOfKind(ctx.disclosure.claims, 'amount')) {
      if (!a.quantity.unitMissing) continue;
      ctx.report({
        messageId: 'missing',
        data: {
          quote: quote(a.sentence),
          subject: a.subject,
          printed: a.quantity.printed,
          unit: a.quantity.unit,
        },
        location: sentenceLocation(a.sentence),
      });
    }
  },
};
