/**
 * "X 万元，其中：A…、B…、C…": the listed parts must add up to the stated whole.
 */

import { type ClaimOf, claimsOfKind } from '../../model/claims.js';
import { figureLocation, quote, sentenceLocation } from '../../model/location.js';
import { compareSum } from '../../model/rounding.js';
import type { Rule } from '../engine/types.js';

type Parts = ClaimOf<'parts'>;

export const rule: Rule = {
  meta: {
    id: 'narrative-parts-sum',
    title: '说明中列举的各项之和与总数不符',
    severity: 'error',
    doc:
      '“X万元，其中（包括）：A…、B…、C…”：各项之和不应超过总数；用“其中/包括/具体为”列出两项以上时，各项之和应等于总数。' +
      '“主要用于”“主要包括”只列举主要部分，仅检查是否超过总数。比较按印刷位数的舍入区间进行：' +
      '超出舍入区间为错误，舍入能解释但不完全相等为警告。',
    messages: {
      exceeds:
        '“{quote}”中列举的 {parts} 合计 {sum}{unit}，超过{subject}总数 {whole}，多出 {difference}{unit}',
      exceedsNested:
        '“{quote}”中列举的 {parts} 合计 {sum}{unit}，超过{subject}总数 {whole}，多出 {difference}{unit}；' +
        '但这段列举内还有“其中”或“X万元：”的下一层列举，各项的层次可能未读准，请核对',
      short: '“{quote}”中列举的 {parts} 合计 {sum}{unit}，与{subject}总数 {whole} 相差 {difference}{unit}',
      rounding:
        '“{quote}”中列举的 {parts} 合计 {sum}{unit}，与{subject}总数 {whole} 相差 {difference}{unit}（在舍入误差内）',
    },
  },
  check(ctx) {
    for (const list of claimsOfKind(ctx.disclosure.claims, 'parts')) {
      const whole = list.whole;
      if (!whole || list.parts.length === 0) continue;
      if (list.parts.some((p) => p.quantity.unit !== whole.quantity.unit)) continue;
      const r = compareSum(
        { value: whole.quantity.value, precision: whole.quantity.decimals },
        list.parts.map((p) => ({ value: p.quantity.value, precision: p.quantity.decimals })),
      );
      const complete = list.exhaustive && list.parts.length >= 2;
      const over = r.difference.isNegative();
      let messageId: string | undefined;
      if (r.agreement === 'mismatch')
        messageId = over ? (nested(list) ? 'exceedsNested' : 'exceeds') : complete ? 'short' : undefined;
      else if (r.agreement === 'rounding' && complete) messageId = 'rounding';
      if (!messageId) continue;
      report(ctx, list, messageId, r.sum.toString(), r.difference.abs().toString());
    }
  },
};

/**
 * A list with a list inside it ("1.上级下达资金 4167.70万元… 其中，中央转移支付… 4165.00万元"; "…;其中 X万元:
 * A、B、C"), or one that lists its own whole among its parts: which amounts are parts of which is not read with
 * confidence, so an excess is a warning.
 */
function nested(list: Parts): boolean {
  const whole = list.whole!;
  if (list.parts.some((p) => p.quantity.value.eq(whole.quantity.value))) return true;
  const first = list.parts[0];
  const last = list.parts[list.parts.length - 1];
  const inside =
    first.sentence === last.sentence
      ? first.sentence.text.slice(first.at, last.at)
      : [...new Set(list.parts.map((p) => p.sentence))].map((x) => x.text).join('');
  return /其中|万元:/u.test(inside);
}

function report(
  ctx: Parameters<Rule['check']>[0],
  list: Parts,
  messageId: string,
  sum: string,
  difference: string,
) {
  const whole = list.whole!;
  ctx.report({
    messageId,
    severity: messageId === 'exceeds' ? 'error' : 'warning',
    data: {
      quote: quote(list.sentence, 80),
      subject: list.subject,
      parts: list.parts.map((p) => p.quantity.printed).join('+'),
      sum,
      whole: whole.quantity.printed,
      difference,
      unit: whole.quantity.unit,
    },
    location: figureLocation(list.sentence, whole.quantity.printed, whole.at),
    expected: whole.quantity.printed,
    actual: `${sum}${whole.quantity.unit}`,
    difference,
    unit: whole.quantity.unit,
    related: list.parts.map((p) => ({
      location: sentenceLocation(p.sentence),
      value: p.quantity.printed,
      role: '部分',
    })),
  });
}
