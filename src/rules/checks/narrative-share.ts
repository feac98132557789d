/**
 * "A X 万元，占 Y%": Y must follow from X and the whole, within what rounding allows.
 */

import { Decimal } from 'decimal.js';
import { type ClaimOf, claimsOfKind } from '../../model/claims.js';
import { figureLocation, quote, sentenceLocation } from '../../model/location.js';
import { checkShare, roundTo } from '../../model/rounding.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-share',
    title: '说明中的占比与金额不符',
    severity: 'error',
    doc:
      '“A X万元，占Y%”：Y 应等于 X 除以总数（X 所在列举的总数，或本节前文所述的总数）。' +
      '允许的误差为 Y 末位的半个单位（“占93%”代表 92.5%～93.5%），加上 X 与总数按其印刷位数舍入所能带来的变动；超出即报告。' +
      '占比写明了总数（“占本年支出合计的22%”）时以该总数为准，找不到该总数则不检查；总数只是在附近找到的，只作警告。' +
      '同一列举中各项占比合计恰为 100%、仅差末位一个单位的，可能是为凑足 100% 作的调整，作为警告。',
    messages: {
      mismatch:
        '“{quote}”称{subject}占{stated}，按 {part}÷{whole} 计算为 {computed}%（应印为 {rounded}%）；' +
        '允许误差为{stated}末位半个单位 ±{halfStated} 个百分点，另加 {part} 与 {whole} 舍入带来的 ±{slack} 个百分点，仍不能解释',
      balancing:
        '“{quote}”称{subject}占{stated}，按 {part}÷{whole} 计算为 {computed}%（应印为 {rounded}%）；' +
        '同一列举中各项占比合计恰为100%，可能是为凑足100%而调整了末位，请核对',
    },
  },
  check(ctx) {
    const shares = claimsOfKind(ctx.disclosure.claims, 'share');
    const lists = claimsOfKind(ctx.disclosure.claims, 'parts');
    for (const share of shares) {
      if (!share.of || !share.base) continue;
      const c = checkShare(share.of.quantity, share.base.quantity, share.percent);
      if (!c || c.consistent) continue;
      const rounded = roundTo(c.computed, share.percent.decimals);
      const balancing = balancedToHundred(share, rounded, shares, lists);
      ctx.report({
        messageId: balancing ? 'balancing' : 'mismatch',
        // A whole found only nearby is a guess; a last share nudged so that the list adds to 100% is a habit.
        ...(share.baseBy === 'nearby' || balancing ? { severity: 'warning' as const } : {}),
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
        location: figureLocation(share.sentence, share.percent.printed, share.at),
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

/**
 * The shares of one list printed so that they add to exactly 100%, this one a single unit of its last place off
 * the correct rounding: the publisher's adjustment to make the column add up, not a wrong figure.
 */
function balancedToHundred(
  share: ClaimOf<'share'>,
  rounded: string,
  shares: ClaimOf<'share'>[],
  lists: ClaimOf<'parts'>[],
): boolean {
  const list = lists.find((l) => share.of !== undefined && l.parts.includes(share.of));
  if (!list) return false;
  const unit = new Decimal(1).div(new Decimal(10).pow(share.percent.decimals));
  if (!new Decimal(rounded).minus(share.percent.value).abs().eq(unit)) return false;
  const siblings = shares.filter((s) => s.of !== undefined && list.parts.includes(s.of));
  if (siblings.length < 2 || siblings.length !== list.parts.length) return false;
  return siblings.reduce((sum, s) => sum.plus(s.percent.value), new Decimal(0)).eq(100);
}
