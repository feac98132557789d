/** The same classification code on two rows of one table (project tables list one code per project: exempt). */
import { rowLocation } from './row-location.js';
import type { Rule } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'duplicate-code',
    title: '同一表中科目编码重复',
    severity: 'error',
    doc: '一个按科目列示的表中，每个科目编码只应出现一次；重复出现说明编码或行次有误。项目支出表按项目列示，同一科目下有多个项目，不适用本规则。',
    messages: {
      duplicate: '{row}：科目编码 {code} 在本表中重复出现（另见第 {otherLine} 行“{other}”）。',
    },
  },
  check(context) {
    for (const table of context.disclosure.tables) {
      if (table.rows.some((r) => r.texts?.project)) continue;
      const seen = new Map<string, (typeof table.rows)[number]>();
      for (const row of table.rows) {
        if (!row.code) continue;
        const key = `${row.side ?? ''}:${row.code}:${row.pairCode ?? ''}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, row);
          continue;
        }
        context.report({
          messageId: 'duplicate',
          data: {
            row: row.label,
            code: row.code,
            other: first.label,
            otherLine: first.prov.line ?? first.prov.page ?? '?',
          },
          location: rowLocation(table, row),
        });
      }
    }
  },
};
