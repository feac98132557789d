/** A table whose reading is doubtful (see reading-doubt.ts): one warning about the reading, not the document. */

import { tableLocation } from '../../model/location.js';
import { doubtfulTables } from '../engine/reading-doubt.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'table-unreadable',
    title: '表格可能未读准',
    severity: 'warning',
    doc:
      '公开文件中的表格通常只有个别错误。若一张表的某类表内勾稽关系大多不成立（至少 4 个且达七成），或大量行编码重复，' +
      '更可能是 gongkai 没有读准这种版式（列的含义、行的拆分合并），而不是文件有错；有金额的栏目未能识别其含义时同样如此：' +
      '此时报告本条，并把该表的错误降为警告，请对照原表核对。',
    messages: {
      doubtful:
        '{table}（第 {page} 页）的读取可能有误：{reason}，多半是版式未读准而非文件错误；本表的问题降为警告，请对照原表核对。',
    },
  },
  check(context) {
    for (const { table, reason } of doubtfulTables(context.disclosure, context.identities)) {
      context.report({
        messageId: 'doubtful',
        data: { table: table.label, page: table.prov.page ?? '?', reason },
        location: tableLocation(table),
      });
    }
  },
};
