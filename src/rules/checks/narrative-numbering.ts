/**
 * Numbered headings, paragraphs and inline lists must run 1, 2, 3 … without gaps or repeats.
 */
import { claimsOfKind } from '../../model/claims.js';
import { quote, sentenceLocation } from '../../model/location.js';
import type { Rule } from '../engine/types.js';

const SCOPE = { headings: '标题', paragraphs: '段落', inline: '句内列举' } as const;

export const rule: Rule = {
  meta: {
    id: 'narrative-numbering',
    title: '说明的编号不连续',
    severity: 'warning',
    printForm: true,
    doc:
      '同一层级的标题（一、二、三…）、同一节内以编号开头的段落（1. 2. 3.）和句内列举（1、2、…；（1）（2）；一是、二是）应连续编号。' +
      '跳号常意味着漏写了一项（例如漏说明某个“项”级科目）。重新从 1 开始视为新的列举。编号中混入形近字符（“十ー”中的片假名“ー”）作为提示报告。扫描件经 OCR 识别的页面不作此项检查（编号后的点号常被漏识）。',
    messages: {
      gap: '{scope}编号从“{previous}”跳到“{current}”，缺少第 {missing} 项：“{quote}”',
      repeat: '{scope}编号“{current}”重复：“{quote}”',
      order: '{scope}编号“{current}”出现在“{previous}”之后，顺序颠倒：“{quote}”',
      lookalike: '编号“{current}”使用了形近字符，应为规范数字：“{quote}”',
    },
  },
  check(ctx) {
    for (const e of claimsOfKind(ctx.disclosure.claims, 'enumeration')) {
      const scope = SCOPE[e.scope];
      e.markers.forEach(({ marker, sentence }, i) => {
        const location = sentenceLocation(sentence);
        const data = { scope, current: marker.printed, quote: quote(sentence, 40) };
        if (marker.lookalike) ctx.report({ messageId: 'lookalike', severity: 'info', data, location });
        if (i === 0) return;
        const prev = e.markers[i - 1].marker;
        const n = marker.number;
        if (n === prev.number + 1 || n === 1) return;
        const messageId = n === prev.number ? 'repeat' : n > prev.number ? 'gap' : 'order';
        const missing = Array.from(
          { length: Math.max(0, n - prev.number - 1) },
          (_, k) => prev.number + 1 + k,
        ).join('、');
        ctx.report({ messageId, data: { ...data, previous: prev.printed, missing }, location });
      });
    }
  },
};
