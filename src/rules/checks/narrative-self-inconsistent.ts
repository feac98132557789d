/**
 * The same quantity quoted twice in the text with two values.
 */

import { type ClaimOf, claimsOfKind, isGenericSubject, resolved, subjectKey } from '../../model/claims.js';
import { cellName, figureLocation, quote, sentenceLocation } from '../../model/location.js';
import { CN } from '../../model/numbering.js';
import { roundHalfUp } from '../../model/rounding.js';
import type { Rule } from '../engine/types.js';

type Amount = ClaimOf<'amount'>;

/** 1714.4 and 1714.40 are one printing; compare at the fewer decimals. */
function samePrinted(a: Amount, b: Amount): boolean {
  if (a.quantity.unit !== b.quantity.unit) return true;
  const d = Math.min(a.quantity.decimals, b.quantity.decimals);
  return roundHalfUp(a.quantity.value, d).eq(roundHalfUp(b.quantity.value, d));
}

/**
 * "总额947万元：货物47万元…；其中一般公共预算拨款0万元：货物0万元…" names 货物 twice for two quantities: a
 * "其中" that opens a qualifier ("其中一般公共预算拨款…") starts a narrower scope. "经费498万元，其中：经费366万元"
 * restates the same name as its own part — that stays one scope, and a contradiction.
 */
function scope(a: Amount): number {
  const before = a.sentence.text.slice(0, a.at);
  let n = 0;
  for (const m of before.matchAll(/其中[:：]?/gu)) {
    const after = a.sentence.text.slice((m.index ?? 0) + m[0].length);
    if (!after.startsWith(a.subject)) n++;
  }
  return n;
}

/**
 * The clause a semicolon bounds: "本部门整体支出纳入绩效目标管理，涉及财政性资金2723.94万元；本部门共9个项目纳入绩效目标管理，
 * 涉及财政性资金合计1175.65万元" says one name of two quantities, each clause of its own subject.
 */
function clauseOf(a: Amount): number {
  return (a.sentence.text.slice(0, a.at).match(/[;；]/gu) ?? []).length;
}

/** （一） （503） （2024年度）: a bracketed ordinal, code or year. */
const QUALIFIER = new RegExp(`[(（]([${CN}]+|\\d{3,7}|\\d{4}年度?)[)）]`, 'gu');

/**
 * The bracketed ordinal or code printed with a subject ("机关资本性支出（一）（503）" beside "（二）（504）"): two
 * amounts that differ in it are two quantities of one name.
 */
function qualifier(a: Amount): string {
  const before = a.sentence.text.slice(Math.max(0, a.at - 24), a.at + 24);
  const own = before.split(/[,;。]/u).find((part) => part.includes(a.subject)) ?? '';
  return [...own.matchAll(QUALIFIER)].map((m) => m[1]).join('/');
}

export const rule: Rule = {
  meta: {
    id: 'narrative-self-inconsistent',
    title: '说明中同一数字前后不一致',
    severity: 'error',
    doc:
      '说明中同一个量（对应同一表格单元格的说法，或同一句中同一名称）出现两次而数值不同，至少有一处是错的。' +
      '只是同一句中名称相同、不对应表格单元格的两个数，可能是同名的两笔资金，作为警告。' +
      '按所在章节区分口径：“支出预算”一节的基本支出（表3）与“一般公共预算”一节的基本支出（表5）不是同一个量。',
    messages: {
      differs: '说明中{subject}先写作 {first}（“{firstQuote}”），后写作 {second}（“{quote}”）{target}',
    },
  },
  check(ctx) {
    const d = ctx.disclosure;
    const groups = new Map<string, { first: Amount; target: string }>();
    for (const a of claimsOfKind(d.claims, 'amount')) {
      if (a.quantity.dimension !== 'money' || isGenericSubject(a.subject)) continue;
      const r = resolved(a);
      if (!r && a.subject.length < 3) continue;
      // A part of a cell is not the cell's quantity: it need not equal what restates the cell.
      if (r?.atMost) continue;
      const key = r
        ? `cell\u0001${r.table.id}\u0001${r.row.index}\u0001${r.column.key}`
        : `text\u0001${a.sentence.paragraph}\u0001${a.sentence.index}\u0001${clauseOf(a)}\u0001${scope(a)}\u0001${subjectKey(a.subject)}\u0001${qualifier(a)}`;
      const seen = groups.get(key);
      if (!seen) {
        groups.set(key, { first: a, target: r ? `，均对应${cellName(r)}` : '' });
        continue;
      }
      if (samePrinted(seen.first, a)) continue;
      // Two amounts of one name that restate no table cell may be two quantities named alike (two grants of one
      // name, 整体支出 and 项目 "涉及财政性资金"): worth a look, not a claim.
      ctx.report({
        messageId: 'differs',
        ...(r ? {} : { severity: 'warning' as const }),
        data: {
          subject: a.subject,
          first: seen.first.quantity.printed,
          firstQuote: quote(seen.first.sentence, 40),
          second: a.quantity.printed,
          quote: quote(a.sentence, 40),
          target: seen.target,
        },
        location: figureLocation(a.sentence, a.quantity.printed, a.at),
        related: [
          {
            location: sentenceLocation(seen.first.sentence),
            value: seen.first.quantity.printed,
            role: '另一处印刷',
          },
        ],
      });
    }
  },
};
