/**
 * Years in the narrative against the document's year: a part heading of another year, a comparison "比Y年预算"
 * with a year other than the one before, "截至Y年12月31日" on the wrong side of the document's year — the signs of
 * last year's text copied forward.
 */
import type { Sentence } from '../../model/claims.js';
import { quote, sentenceLocation } from '../../model/location.js';
import { PART_HEADING } from '../../model/numbering.js';
import type { Rule, RuleContext } from '../engine/types.js';

/** "第三部分 2023年部门预算情况说明". */
const PART = new RegExp(`${PART_HEADING.source}.*?(20\\d{2})\\s*年`, 'u');
/** "比2024年预算增加", "与2023年度相比", "较2024年执行数". */
const COMPARED = /(?:比|较|与|同)\s*(20\d{2})\s*年度?\s*(?:预算|决算|执行|相比|同期|比较|持平|的?预算)/gu;
/** "截至2024年12月31日". */
const AS_OF = /截[至止]\s*(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})?/gu;

export const rule: Rule = {
  meta: {
    id: 'narrative-year',
    title: '说明中的年份与文件年度不符',
    severity: 'error',
    doc:
      '文件年度按各表标题中的年份确定。说明的部分标题（“第三部分 Y年部门预算情况说明”）应为本年度；' +
      '“比Y年预算增加”“与Y年度相比”中的 Y 应为上一年度，写成本年度或以后年度是错误，更早的年度作为警告；' +
      '决算中“截至Y年12月31日”应为本年度，预算中不应晚于上一年度年末之后的本年度年末。',
    messages: {
      part: '文件为{year}年度，但部分标题“{quote}”写作{said}年',
      compared: '文件为{year}年度，“{quote}”却与{said}年比较（应为{expected}年）',
      asOf: '文件为{year}年度{kind}，“{quote}”中的“截至{said}年{month}月”不合年度',
    },
  },
  check(ctx) {
    const year = ctx.disclosure.meta.year;
    if (year === undefined) return;
    const kind = ctx.disclosure.meta.kind;
    for (const s of ctx.disclosure.claims.sentences) {
      const part = PART.exec(s.text);
      if (part && Number(part[1]) !== year) report(ctx, s, 'part', { said: part[1] });
      for (const m of s.text.matchAll(COMPARED)) {
        const said = Number(m[1]);
        if (said === year - 1) continue;
        report(ctx, s, 'compared', { said, expected: year - 1 }, said < year - 1 ? 'warning' : undefined);
      }
      for (const m of s.text.matchAll(AS_OF)) {
        const [said, month] = [Number(m[1]), Number(m[2])];
        const wrong =
          kind === 'final-account'
            ? month === 12 && said !== year
            : said > year || (said === year && month === 12);
        if (wrong) report(ctx, s, 'asOf', { said, month, kind: kind === 'final-account' ? '决算' : '预算' });
      }
    }
  },
};

function report(
  ctx: RuleContext,
  s: Sentence,
  messageId: string,
  data: Record<string, string | number>,
  severity?: 'warning',
) {
  ctx.report({
    messageId,
    ...(severity ? { severity } : {}),
    data: { ...data, year: ctx.disclosure.meta.year ?? '', quote: quote(s) },
    location: sentenceLocation(s),
  });
}
