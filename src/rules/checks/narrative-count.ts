/**
 * "下设7个科室，分别是：…": the stated count must equal the number of items listed.
 */
import { claimsOfKind } from '../../model/claims.js';
import { figureLocation, quote } from '../../model/location.js';
import type { Rule } from '../engine/types.js';

/**
 * "内设29个处室及机关党委，分别是…": the count is of the 处室, the list names the 机关党委 too. A count followed by
 * 及/和/以及 something else before its list counts only part of what is listed: nothing to compare.
 */
function countsPart(text: string, printed: string): boolean {
  const at = text.indexOf(printed);
  if (at < 0) return false;
  const lead = /^[^,;:。]*?(?=[,;:]?(分别|包括|包含|即|为|有|是)|[,;:])/u.exec(
    text.slice(at + printed.length),
  );
  return lead !== null && /(及|和|以及|另|外)/u.test(lead[0]);
}

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
    for (const c of claimsOfKind(ctx.disclosure.claims, 'count')) {
      if (!c.listed || c.listed.length < 2 || c.count.value.eq(c.listed.length)) continue;
      if (countsPart(c.sentence.text, c.count.printed)) continue;
      ctx.report({
        messageId: 'mismatch',
        data: {
          quote: quote(c.sentence),
          subject: c.subject,
          count: c.count.printed,
          listed: c.listed.length,
          items: c.listed.join('、'),
        },
        location: figureLocation(c.sentence, c.count.printed, c.at),
        expected: String(c.listed.length),
        actual: c.count.value.toString(),
        related: [],
      });
    }
  },
};
