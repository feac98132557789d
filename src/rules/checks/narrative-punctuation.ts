/**
 * Punctuation slips in the narrative: a doubled full stop ("。。") and a quotation mark opened and never closed
 * within its paragraph. Warnings: a PDF's text layer can double or drop a mark at a line end.
 */

import type { Sentence } from '../../model/claims.js';
import { sentenceLocation } from '../../model/location.js';
import type { Rule } from '../engine/types.js';

const DOUBLE_STOP = /。\s*。/u;

export const rule: Rule = {
  meta: {
    id: 'narrative-punctuation',
    title: '说明中的标点疏漏',
    severity: 'warning',
    printForm: true,
    doc:
      '“。。”（句号重复）和同一节中前后引号个数不等多是编辑疏漏（段落可能被换行或换页分开，按节计数）。' +
      '从 PDF 读出的文字偶尔会在行末多出或丢失标点，因此只作警告。省略号“……”不算。扫描件经 OCR 识别的页面不作此项检查（识别结果反映不了印刷的标点）。',
    messages: {
      doubleStop: '“{quote}”中句号重复（“。。”）',
      quotes: '“{quote}”所在一节中前引号有 {open} 个、后引号有 {close} 个，引号不成对',
    },
  },
  check(ctx) {
    // The paragraphs as printed: the claims' sentences have their quotation marks normalized away.
    const sections = new Map<string, Sentence[]>();
    ctx.disclosure.narrative.forEach((p, i) => {
      const s: Sentence = {
        text: p.text.replace(/\s+/gu, ' ').trim(),
        section: p.section,
        prov: p.prov,
        paragraph: i,
        index: 0,
      };
      if (DOUBLE_STOP.test(p.text))
        ctx.report({
          messageId: 'doubleStop',
          data: { quote: around(s.text, s.text.search(DOUBLE_STOP)) },
          location: sentenceLocation(s),
        });
      const key = p.section.join('\u0001');
      sections.set(key, [...(sections.get(key) ?? []), s]);
    });
    // A PDF line or page break cuts a paragraph in two ("围绕“" | "首都现代化”…"): quotes pair within a section.
    for (const paragraphs of sections.values()) {
      const open = paragraphs.reduce((n, s) => n + [...s.text.matchAll(/“/gu)].length, 0);
      const close = paragraphs.reduce((n, s) => n + [...s.text.matchAll(/”/gu)].length, 0);
      if (open === close) continue;
      const mark = open > close ? '“' : '”';
      const at = paragraphs.find((s) => s.text.includes(mark)) ?? paragraphs[0];
      ctx.report({
        messageId: 'quotes',
        data: { quote: around(at.text, at.text.indexOf(mark)), open, close },
        location: sentenceLocation(at),
      });
    }
  },
};

/** Forty characters of the paragraph around a position. */
function around(text: string, at: number): string {
  const from = Math.max(0, at - 20);
  return `${from > 0 ? '…' : ''}${text.slice(from, at + 20)}${at + 20 < text.length ? '…' : ''}`;
}
