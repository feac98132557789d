/**
 * "比上年增加 D 万元，增长 G%": G must equal D / (X − D) (decrease: D / (X + D)), X this year's amount.
 */

import { claimsOfKind } from '../../model/claims.js';
import { figureLocation, quote, sentenceLocation } from '../../model/location.js';
import { checkGrowth, roundTo } from '../../model/rounding.js';
import type { Rule } from '../engine/types.js';

const VERB = { increase: '增加', decrease: '减少', flat: '持平' } as const;

export const rule: Rule = {
  meta: {
    id: 'narrative-growth',
    title: '说明中的增减幅度与增减额不符',
    severity: 'error',
    doc:
      '“X万元，比上年增加D万元，增长G%”：上年数为 X−D（减少时为 X+D），G 应等于 D 除以上年数。' +
      '允许的误差为 G 末位的半个单位，加上 X、D 舍入带来的变动。上年为零时增长率无从计算，写“增长100%”也是错误。' +
      '增减额为零、增减率为零的说法不检查；增减额与增减率方向相反（增加…下降）也报告。',
    messages: {
      mismatch:
        '“{quote}”称{subject}{verb}{delta}、{pverb}{stated}，上年数应为 {prior}，按 {delta}÷{prior} 计算为 {computed}%（应印为 {rounded}%）；' +
        '允许误差为末位半个单位 ±{halfStated} 个百分点，另加舍入带来的 ±{slack} 个百分点，仍不能解释',
      zeroBase:
        '“{quote}”称{subject}{verb}{delta}、{pverb}{stated}，但本年数 {current} 减去增加额后上年数为 {prior}，上年为零时增长率无法计算',
      direction: '“{quote}”中{subject}的增减额为“{verb}”，增减幅度却写作“{pverb}”，方向矛盾',
    },
  },
  check(ctx) {
    for (const c of claimsOfKind(ctx.disclosure.claims, 'change')) {
      if (!c.delta || !c.percent || c.direction === 'flat') continue;
      const base = {
        quote: quote(c.sentence),
        subject: c.subject,
        verb: VERB[c.direction],
        pverb: c.percentDirection ? VERB[c.percentDirection] : c.direction === 'increase' ? '增长' : '下降',
        delta: c.delta.printed,
        stated: c.percent.printed,
      };
      const location = figureLocation(c.sentence, c.percent.printed, c.at);
      if (c.percentDirection && c.percentDirection !== c.direction && !c.delta.value.isZero()) {
        ctx.report({ messageId: 'direction', data: base, location });
        continue;
      }
      if (!c.current) continue;
      const g = checkGrowth(c.current.quantity, c.delta, c.direction === 'increase', c.percent);
      if (!g) continue;
      if ('zeroBase' in g) {
        ctx.report({
          messageId: 'zeroBase',
          data: { ...base, current: c.current.quantity.printed, prior: g.prior.toString() },
          location,
          actual: c.percent.printed,
        });
        continue;
      }
      if (g.consistent) continue;
      const prior =
        c.direction === 'increase'
          ? c.current.quantity.value.minus(c.delta.value)
          : c.current.quantity.value.plus(c.delta.value);
      const rounded = roundTo(g.computed, c.percent.decimals);
      ctx.report({
        messageId: 'mismatch',
        data: {
          ...base,
          prior: `${prior.toString()}${c.current.quantity.unit}`,
          computed: roundTo(g.computed, c.percent.decimals + 2),
          rounded,
          halfStated: g.halfStated.toString(),
          slack: roundTo(g.inputSlack, 4),
        },
        location,
        expected: `${rounded}%`,
        actual: c.percent.printed,
        unit: '%',
        related: [
          {
            location: sentenceLocation(c.current.sentence),
            value: c.current.quantity.printed,
            role: '本年数',
          },
        ],
      });
    }
  },
};
