/**
 * "下设7个科室，分别是：…": the stated count must equal the number of items listed.
 */
import { claimsOfKind, narrativeClaims, quote, sentenceLocation } from '../recognize/narrative/index.js';
import type { Rule } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-count',
    title: '说明中的个数与列举的项目数不符',
    severity: 'error',
    doc: '“下设N个科室，分别是：A、B、…”“项目N个，包括：…”：紧随其后列举的项目数应等于 N。没有紧随列举的个数不检查。',
    messages: {
      mismatch: '“{quote}”称{subject}{count}，但随后列举了 {listed} 项：{items}',
    },
  },
  check(ctx) {
    for (const c of claimsOfKind(narrativeClaims(ctx.disclosure), 'count')) {
      if (!c.listed || c.listed.length < 2 || c.count.value.eq(c.listed.length)) continue;
      ctx.report({
        messageId: 'mismatch',
        data: {
          quote: quote(c.sentence),
          subject: c.subject,
          count: c.count.printed,
          listed: c.listed.length,
          items: c.listed.join('、'),
        },
        location: sentenceLocation(c.sentence),
        expected: String(c.listed.length),
        actual: c.count.value.toString(),
        related: [],
      });
    }
  },
};
