/**
 * Template choices left unmade in the published narrative: "增加（减少）", "增长（下降）", "大于（小于）" where the
 * template offers both words, and "原因是。" where it asks for a reason that was never written.
 */
import { quote, sentenceLocation } from '../../model/location.js';
import type { Rule } from '../engine/types.js';

const PAIRS = ['增加', '减少', '增长', '下降', '上升', '大于', '小于', '高于', '低于'];
const WORD = `(${PAIRS.join('|')})`;
/** "增加(减少)" or "增加/减少": two opposite words of the template side by side. */
const BOTH = new RegExp(`${WORD}\\s*(?:\\(\\s*${WORD}\\s*\\)|/${WORD})`, 'gu');
/** "原因是。", "主要原因：；": the reason asked for, then the sentence ends ("…说明变动原因。" asks nothing). */
const NO_REASON = /原因(?:(?:是|为|主要是|在于)\s*[:：]?|\s*[:：])\s*[。;；]/gu;

export const rule: Rule = {
  meta: {
    id: 'narrative-template-leftover',
    title: '说明中残留模板的待选项或空缺的原因',
    severity: 'error',
    doc:
      '公开模板写作“增加（减少）XX万元，增长（下降）XX%”“决算数大于（小于）预算数”，由填报单位按实际选用其一；' +
      '两个词都留在发布稿中，是没有完成的模板。“主要原因是。”后面没有写原因，也是模板未填完。',
    messages: {
      both: '“{quote}”中“{words}”两个相反的词同时保留，应按实际选用其一',
      noReason: '“{quote}”中“{words}”后没有写明原因',
    },
  },
  check(ctx) {
    for (const s of ctx.disclosure.claims.sentences) {
      for (const m of s.text.matchAll(BOTH)) {
        const [a, b] = [m[1], m[2] ?? m[3]];
        if (a === b) continue;
        ctx.report({
          messageId: 'both',
          data: { quote: quote(s), words: m[0] },
          location: sentenceLocation(s),
        });
      }
      for (const m of s.text.matchAll(NO_REASON))
        ctx.report({
          messageId: 'noReason',
          data: { quote: quote(s), words: m[0].replace(/[。;；]$/u, '') },
          location: sentenceLocation(s),
        });
    }
  },
};
