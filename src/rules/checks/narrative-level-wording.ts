/**
 * A 单位 document that speaks of itself as a 部门 ("本部门", "部门预算"): the 部门 template's words left in a 单位's
 * disclosure. A warning: a unit may also speak of its 主管部门.
 */
import { quote, sentenceLocation } from '../../model/location.js';
import type { Rule } from '../engine/types.js';

/** The document speaking of itself as a department. */
const SELF_AS_DEPARTMENT = /本部门|部门(决算|预算)(?!单位|经济分类)|部门收支/u;

export const rule: Rule = {
  meta: {
    id: 'narrative-level-wording',
    title: '单位公开文件中使用了部门的表述',
    severity: 'warning',
    doc:
      '单位预算/决算公开文件应以“本单位”“单位预算”表述；出现“本部门”“部门预算”“部门决算”多是套用部门模板后未改。' +
      '单位也可能提到其主管部门，因此只作警告，每个文件只报告第一处。',
    messages: {
      wording: '本文件是单位{kind}公开，但“{quote}”中写作“{words}”',
    },
  },
  check(ctx) {
    const { meta, claims } = ctx.disclosure;
    if (meta.level !== 'unit') return;
    for (const s of claims.sentences) {
      const m = SELF_AS_DEPARTMENT.exec(s.text);
      if (!m) continue;
      ctx.report({
        messageId: 'wording',
        data: { kind: meta.kind === 'final-account' ? '决算' : '预算', quote: quote(s), words: m[0] },
        location: sentenceLocation(s),
      });
      return;
    }
  },
};
