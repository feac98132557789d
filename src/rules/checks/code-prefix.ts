/**
 * A 款 or 项 whose parent code is not printed in a table that prints parents: usually a mistyped code
 * (表5 "221 01 住房改革支出" above "221 02 01 住房公积金").
 */
import { formatCode } from '../../model/disclosure.js';
import { rowLocation } from '../../model/location.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'code-prefix',
    title: '下级科目编码与上级科目不符',
    severity: 'error',
    doc: '在列出上级科目的表中，每个款（5位）都应有其类（前3位）、每个项（7位）都应有其款（前5位）。编码前缀与上一级不符，通常是编码录错。只列末级科目的表不检查；经济分类只有类、款两级，省定的7位经济科目不检查。',
    messages: {
      orphan: '{row}：上级科目 {parent} 不在本表中{hint}，编码前缀与上级不符，可能是编码错误。',
    },
  },
  check(context) {
    for (const table of context.disclosure.tables) {
      const codes = new Set(table.rows.flatMap((r) => (r.code ? [r.code] : [])));
      const printsParents =
        table.rows.some((r) => r.code?.length === 3) && table.rows.some((r) => (r.code?.length ?? 0) > 3);
      if (!printsParents) continue;
      table.rows.forEach((row, i) => {
        const code = row.code;
        // The economic classifications have 类 and 款 only: a 7-digit 3xx code is a province's own sub-item
        // (陕西 3010201 津贴补贴), printed without a 款 line of its own.
        if (!code || code.length <= 3 || (code.length === 7 && /^[35]/u.test(code))) return;
        const parent = code.slice(0, code.length - 2);
        if (codes.has(parent)) return;
        const above = table.rows
          .slice(0, i)
          .reverse()
          .find((r) => r.code && r.code.length === parent.length);
        context.report({
          messageId: 'orphan',
          data: {
            row: row.label,
            parent: formatCode(parent),
            hint: above ? `（上方的上级科目是 ${above.label}）` : '',
          },
          location: rowLocation(table, row),
        });
      });
    }
  },
};
