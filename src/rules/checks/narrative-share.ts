/**
 * "A X 万元，占 Y%": Y must follow from X and the whole, within what rounding allows.
 */

import { claimsOfKind } from '../../model/claims.js';
import { quote, sentenceLocation } from '../../model/location.js';
import { checkShare, roundTo } from '../../model/rounding.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-share',
    title: '说明中的占比与金额不符',
    severity: 'error',
    doc:
      '“A X万元，占Y%”：Y 应等于 X 除以总数（X 所在列举的总数，或本节前文所述的总数）。' +
      '允许的误差为 Y 末位的半个单位（“占93%”代表 92.5%～93.5%），加上 X 与总数按其印刷位数舍入所能带来的变动；超出即报告。',
    messages: {
      mismatch:
        '“{quote}”称{subject}占{stated}，按 {part}÷{whole} 计算为 {computed}%（应印为 {rounded}%）；' +
        '允许误差为{stated}末位半个单位 ±{halfStated} 个百分点，另加 {part} 与 {whole} 舍入带来的 ±{slack} 个百分点，仍不能解释',
    },
  },
  check(ctx) {
    for (const share of claimsOfKind(ctx.disclosure.claims, 'share')) {
      if (!share.of || !share.base) continue;
      const c = checkShare(share.of.quantity, share.base.quantity, share.percent);
      if (!c || c.consistent) continue;
      const rounded = roundTo(c.computed, share.percent.decimals);
      ctx.report({
        messageId: 'mismatch',
        data: {
          quote: quote(share.sentence),
          subject: share.subject,
          stated: share.percent.printed,
          part: share.of.quantity.printed,
          whole: share.base.quantity.printed,
          computed: roundTo(c.computed, share.percent.decimals + 2),
          rounded,
          halfStated: c.halfStated.toString(),
          slack: roundTo(c.inputSlack, 4),
        },
        location: sentenceLocation(share.sentence),
        expected: `${rounded}%`,
        actual: share.percent.printed,
        unit: '%',
        related: [
          { location: sentenceLocation(share.of.sentence), value: share.of.quantity.printed, role: '部分' },
          {
            location: sentenceLocation(share.base.sentence),
            value: share.base.quantity.printed,
            role: '总数',
          },
        ],
      });
    }
  },
};
