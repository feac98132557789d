/**
 * "增加  万元": a unit printed with no number before it, a figure left unfilled.
 */
import { claimsOfKind } from '../../model/claims.js';
import { sentenceLocation } from '../../model/location.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-blank-amount',
    title: '说明中的金额未填写',
    severity: 'error',
    doc: '“增加  万元”“基本支出    万元”：单位前没有数字，说明模板中的金额漏填。“单位：万元”之类的单位声明不算。',
    messages: {
      blank: '“{context}”中金额空缺，未填写数字',
    },
  },
  check(ctx) {
    for (const b of claimsOfKind(ctx.disclosure.claims, 'blank')) {
      ctx.report({
        messageId: 'blank',
        data: { context: b.context, subject: b.subject },
        location: sentenceLocation(b.sentence),
      });
    }
  },
};
