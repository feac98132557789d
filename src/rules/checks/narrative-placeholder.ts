/**
 * Template text left in the published narrative: "XX局", "××", "20XX年", "（  ）万元".
 */
import { claimsOfKind } from '../../model/claims.js';
import { figureLocation, quote } from '../../model/location.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'narrative-placeholder',
    title: '说明中残留模板占位符',
    severity: 'error',
    doc: '“XX局”“××”“20XX年”“（ ）万元”“某某”等是公开模板中的占位符，发布前应替换为实际内容。',
    messages: {
      placeholder: '“{quote}”中残留占位符“{token}”',
    },
  },
  check(ctx) {
    for (const p of claimsOfKind(ctx.disclosure.claims, 'placeholder')) {
      ctx.report({
        messageId: 'placeholder',
        data: { quote: quote(p.sentence), token: p.token },
        location: figureLocation(p.sentence, p.token, p.at),
      });
    }
  },
};
