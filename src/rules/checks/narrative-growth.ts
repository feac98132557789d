/**
 * "比上年增加 D 万元，增长 G%": G must equal D / (X − D) (decrease: D / (X + D)), X this year's amount. Where the
 * sentence states both years' figures ("2025年执行数为P万元，2026年预算安排C万元，比2025年执行数增长G%"), whatever it
 * fixes is checked against them: D against C − P, G against (C − P) / P, 持平 against C = P.
 */

import { Decimal } from 'decimal.js';
import type { ChangeClaim } from '../../model/claims.js';
import { claimsOfKind } from '../../model/claims.js';
import { figureLocation, quote, sentenceLocation } from '../../model/location.js';
import { checkDifference, checkGrowth, checkRate, type GrowthCheck, roundTo } from '../../model/rounding.js';
import type { Rule, RuleContext } from '../engine/types.js';

const VERB = { increase: '增加', decrease: '减少', flat: '持平' } as const;

export const rule: Rule = {
  meta: {
    id: 'narrative-growth',
    title: '说明中的增减幅度与增减额不符',
    severity: 'error',
    doc:
      '“X万元，比上年增加D万元，增长G%”：上年数为 X−D（减少时为 X+D），G 应等于 D 除以上年数。' +
      '允许的误差为 G 末位的半个单位，加上 X、D 舍入带来的变动。上年为零时增长率无从计算，写“增长100%”也是错误。' +
      '句中同时写出上年数 P 和本年数 C 的（“2025年执行数为P万元，2026年预算安排C万元，比2025年执行数增长G%”），' +
      '按两年的数核对句中写出的一切：增减额应为 C−P，增减率应为 (C−P)÷P，“持平”应 C=P（各数允许末位半个单位的舍入）。' +
      '增减额为零、增减率为零的说法不检查；增减额与增减率方向相反（增加…下降）也报告。',
    messages: {
      mismatch:
        '“{quote}”称{subject}{verb}{delta}、{pverb}{stated}，上年数应为 {prior}，按 {delta}÷{prior} 计算为 {computed}%（应印为 {rounded}%）；' +
        '允许误差为末位半个单位 ±{halfStated} 个百分点，另加舍入带来的 ±{slack} 个百分点，仍不能解释',
      zeroBase:
        '“{quote}”称{subject}{verb}{delta}、{pverb}{stated}，但本年数 {current} 减去增加额后上年数为 {prior}，上年为零时增长率无法计算',
      direction: '“{quote}”中{subject}的增减额为“{verb}”，增减幅度却写作“{pverb}”，方向矛盾',
      endsDelta: '“{quote}”称{subject}{verb}{delta}，但句中本年数 {current} 与上年数 {prior} 相差 {computed}',
      endsRate:
        '“{quote}”称{subject}{pverb}{stated}，按句中本年数 {current} 与上年数 {prior} 计算为 {computed}%（应印为 {rounded}%）；' +
        '允许误差为末位半个单位 ±{halfStated} 个百分点，另加舍入带来的 ±{slack} 个百分点，仍不能解释',
      endsZero: '“{quote}”称{subject}{pverb}{stated}，但句中上年数为 {prior}，上年为零时增长率无法计算',
      endsFlat: '“{quote}”称{subject}与上年持平，但句中本年数 {current} 与上年数 {prior} 不同',
    },
  },
  check(ctx) {
    for (const c of claimsOfKind(ctx.disclosure.claims, 'change')) {
      if (c.prior && c.current) checkEnds(ctx, c);
      else if (c.direction !== 'flat') checkDelta(ctx, c);
    }
  },
};

function words(c: ChangeClaim) {
  return {
    quote: quote(c.sentence),
    subject: c.subject,
    verb: VERB[c.direction],
    pverb: c.percentDirection ? VERB[c.percentDirection] : c.direction === 'increase' ? '增长' : '下降',
    delta: c.delta?.printed ?? '',
    stated: c.percent?.printed ?? '',
  };
}

/** The words of the change and of its rate point opposite ways (增加 … 下降). */
function contradictory(ctx: RuleContext, c: ChangeClaim): boolean {
  if (!c.delta || !c.percentDirection || c.percentDirection === c.direction || c.delta.value.isZero())
    return false;
  ctx.report({
    messageId: 'direction',
    data: words(c),
    location: figureLocation(c.sentence, c.percent?.printed ?? c.delta.printed, c.at),
  });
  return true;
}

/** "X万元，比上年增加D万元，增长G%": G against D over the prior year X − D. */
function checkDelta(ctx: RuleContext, c: ChangeClaim) {
  if (!c.delta || !c.percent || contradictory(ctx, c) || !c.current) return;
  const base = words(c);
  const location = figureLocation(c.sentence, c.percent.printed, c.at);
  const g = checkGrowth(c.current.quantity, c.delta, c.direction === 'increase', c.percent);
  if (!g) return;
  if ('zeroBase' in g) {
    ctx.report({
      messageId: 'zeroBase',
      data: { ...base, current: c.current.quantity.printed, prior: g.prior.toString() },
      location,
      actual: c.percent.printed,
    });
    return;
  }
  if (g.consistent) return;
  const prior =
    c.direction === 'increase'
      ? c.current.quantity.value.minus(c.delta.value)
      : c.current.quantity.value.plus(c.delta.value);
  reportRate(ctx, c, 'mismatch', g, { ...base, prior: `${prior.toString()}${c.current.quantity.unit}` });
}

/** Both years' figures in the sentence: the change, its rate and 持平 each against C and P. */
function checkEnds(ctx: RuleContext, c: ChangeClaim) {
  const current = c.current!;
  const prior = c.prior!;
  const data = { ...words(c), current: current.quantity.printed, prior: prior.quantity.printed };
  const related = [
    { location: sentenceLocation(current.sentence), value: current.quantity.printed, role: '本年数' },
    { location: sentenceLocation(prior.sentence), value: prior.quantity.printed, role: '上年数' },
  ];
  if (c.direction === 'flat') {
    // "基本持平" allows a difference; "持平" says the two figures are the same.
    if (/基本持平/u.test(c.sentence.text)) return;
    // The two printed figures' intervals must meet: a stated difference of exactly nothing.
    const nothing = { ...current.quantity, value: new Decimal(0), decimals: 12 };
    const d = checkDifference(current.quantity, prior.quantity, nothing, true);
    if (d && !d.consistent)
      ctx.report({ messageId: 'endsFlat', data, location: sentenceLocation(c.sentence), related });
    return;
  }
  if (contradictory(ctx, c)) return;
  const increase = c.direction === 'increase';
  if (c.delta) {
    const d = checkDifference(current.quantity, prior.quantity, c.delta, increase);
    if (d && !d.consistent) {
      const computed = `${d.computed.toFixed(c.delta.decimals)}${c.delta.unit}`;
      ctx.report({
        messageId: 'endsDelta',
        data: { ...data, computed },
        location: figureLocation(c.sentence, c.delta.printed, c.at),
        expected: `${d.computed.abs().toFixed(c.delta.decimals)}${c.delta.unit}`,
        actual: c.delta.printed,
        related,
      });
    }
  }
  if (!c.percent) return;
  const rateIncrease = c.percentDirection ? c.percentDirection === 'increase' : increase;
  const g = checkRate(current.quantity, prior.quantity, rateIncrease, c.percent);
  if (!g) return;
  if ('zeroBase' in g) {
    ctx.report({
      messageId: 'endsZero',
      data,
      location: figureLocation(c.sentence, c.percent.printed, c.at),
      actual: c.percent.printed,
      related,
    });
    return;
  }
  if (!g.consistent) reportRate(ctx, c, 'endsRate', g, data);
}

function reportRate(
  ctx: RuleContext,
  c: ChangeClaim,
  messageId: string,
  g: Exclude<GrowthCheck, { zeroBase: true }>,
  data: Record<string, string>,
) {
  const percent = c.percent!;
  const rounded = roundTo(g.computed, percent.decimals);
  const current = c.current!;
  ctx.report({
    messageId,
    data: {
      ...data,
      computed: roundTo(g.computed, percent.decimals + 2),
      rounded,
      halfStated: g.halfStated.toString(),
      slack: roundTo(g.inputSlack, 4),
    },
    location: figureLocation(c.sentence, percent.printed, c.at),
    expected: `${rounded}%`,
    actual: percent.printed,
    unit: '%',
    related: [
      { location: sentenceLocation(current.sentence), value: current.quantity.printed, role: '本年数' },
      ...(c.prior
        ? [{ location: sentenceLocation(c.prior.sentence), value: c.prior.quantity.printed, role: '上年数' }]
        : []),
    ],
  });
}
