/** A table the layout requires was not found in the document. */
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'table-missing',
    title: '缺少规定的公开表格',
    severity: 'warning',
    doc: '按识别出的版式，文件应包含的表格没有找到（可能未公开，也可能标题写法无法识别）。',
    messages: {
      missing: '没有找到 {title}。',
    },
  },
  check(context) {
    for (const m of context.disclosure.missing) {
      context.report({
        messageId: 'missing',
        data: { title: m.title, kind: m.kind },
        location: { table: m.title },
      });
    }
  },
};
