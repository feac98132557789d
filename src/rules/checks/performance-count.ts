/**
 * "财政拨款项目9个，涉及预算金额X万元": the count and total the narrative gives for the 绩效目标 projects must
 * match the 项目支出绩效目标表 printed.
 */
import { Decimal } from 'decimal.js';
import type { Claim, ClaimOf } from '../../model/claims.js';
import { quote, sentenceLocation } from '../../model/location.js';
import type { PerformanceTable } from '../../model/performance.js';
import { convert, type Unit } from '../../model/rounding.js';
import type { Rule } from '../engine/types.js';

type Funding = 'fiscal' | 'other' | 'all';

const fiscalOf = (t: PerformanceTable) => convert(t.fiscal?.amount.value ?? new Decimal(0), t.unit, '万元');
const totalOf = (t: PerformanceTable) => convert(t.total?.amount.value ?? new Decimal(0), t.unit, '万元');

/**
 * Each project once: a 部门 document prints its projects' tables, then the same tables again in each 单位's own set
 * (烟台: the 宣传部's projects in the 部门 set and in the 宣传部 本级 set) — one project, printed twice.
 */
function distinct(tables: PerformanceTable[]): PerformanceTable[] {
  const seen = new Set<string>();
  return tables.filter((t) => {
    const key = [t.projectName, t.owner ?? '', totalOf(t).toString(), fiscalOf(t).toString()].join('\u0001');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function select(printed: PerformanceTable[], funding: Funding): { count: number; amount: Decimal } {
  const tables = distinct(printed);
  const chosen = tables.filter((t) =>
    funding === 'fiscal'
      ? !fiscalOf(t).isZero()
      : funding === 'other'
        ? fiscalOf(t).isZero() && !totalOf(t).isZero()
        : true,
  );
  const amount = chosen.reduce(
    (s, t) => s.plus(funding === 'fiscal' ? fiscalOf(t) : totalOf(t)),
    new Decimal(0),
  );
  return { count: chosen.length, amount };
}

export const rule: Rule = {
  meta: {
    id: 'performance-count',
    title: '说明中的绩效项目个数或金额与绩效目标表不符',
    severity: 'error',
    doc:
      '说明的“预算绩效情况”写明实行绩效目标管理的项目个数和涉及金额（财政拨款项目、非财政拨款项目分别写时分别核对），' +
      '应与其后附的项目支出绩效目标表一致：财政拨款项目按财政拨款不为零的表计数、按财政拨款合计金额；非财政拨款项目按只有其他资金的表。' +
      '说明按“一级项目”计数时，绩效目标表可能按二级项目列示，个数、金额不一致只作警告；未能读出绩效目标表金额时不核对金额。',
    messages: {
      count: '“{quote}”称{subject}{stated}，而所附绩效目标表中{kind}共 {actual} 个',
      amount: '“{quote}”称{subject}涉及预算金额 {stated}，而所附绩效目标表中{kind}合计 {actual}万元',
    },
  },
  check(ctx) {
    const tables = ctx.disclosure.performance ?? [];
    if (tables.length === 0) return;
    const claims = ctx.disclosure.claims.claims;
    claims.forEach((c, i) => {
      if (
        c.kind !== 'count' ||
        !/项目$/u.test(c.subject) ||
        !/绩效/u.test(c.sentence.text + c.sentence.section.join(''))
      )
        return;
      const funding: Funding = /非财政拨款/u.test(c.subject)
        ? 'other'
        : /财政拨款/u.test(c.subject)
          ? 'fiscal'
          : 'all';
      const kind = { fiscal: '使用财政拨款的项目', other: '只使用其他资金的项目', all: '项目' }[funding];
      const actual = select(tables, funding);
      const base = { quote: quote(c.sentence, 80), subject: c.subject, kind };
      const location = sentenceLocation(c.sentence);
      // "一级项目" counts projects of a level the 绩效目标表 does not show (it lists 二级 projects and policies
      // too): the counts and amounts need not agree, so a difference is only worth a look.
      const level = /[一二]级/u.test(c.subject + c.sentence.text);
      if (!c.count.value.eq(actual.count)) {
        ctx.report({
          messageId: 'count',
          data: { ...base, stated: c.count.printed, actual: actual.count },
          location,
          ...(level ? { severity: 'warning' as const } : {}),
        });
      }
      const money = amountAfter(claims, i, c);
      // Tables whose 项目总额 could not be read say nothing about the amount.
      const amountsRead = tables.some((t) => !totalOf(t).isZero() || !fiscalOf(t).isZero());
      if (
        money &&
        amountsRead &&
        !convert(money.quantity.value, money.quantity.unit as Unit, '万元').eq(actual.amount)
      ) {
        ctx.report({
          messageId: 'amount',
          data: { ...base, stated: money.quantity.printed, actual: actual.amount.toString() },
          location,
          expected: actual.amount.toString(),
          actual: money.quantity.printed,
          ...(level ? { severity: 'warning' as const } : {}),
        });
      }
    });
  },
};

/** The money amount that follows a count in the same sentence, before the next count. */
function amountAfter(claims: Claim[], i: number, count: ClaimOf<'count'>) {
  for (let k = i + 1; k < claims.length; k++) {
    const c = claims[k];
    if (c.sentence !== count.sentence || c.kind === 'count') return undefined;
    if (c.kind === 'amount' && c.quantity.dimension === 'money' && c.at > count.at) return c;
  }
  return undefined;
}
