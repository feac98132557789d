/**
 * A code that exists in the catalogue, but not in the document's year: retired (20115 工商行政管理事务 after
 * 2018) or not yet created (21398 超长期特别国债安排的支出 before 2024). Often a template carried over.
 */
import { getCatalogue } from '../../catalog/index.js';
import { codedRowLocation, codedRows, schemeAgrees } from '../engine/coded-rows.js';
import type { Rule, RuleContext } from '../engine/types.js';

function check(context: RuleContext): void {
  const year = context.disclosure.meta.year;
  if (year === undefined) return;
  const catalogue = getCatalogue();
  for (const r of codedRows(context.disclosure, context.profile)) {
    if (!r.classification || !schemeAgrees(r)) continue;
    const entry = catalogue.lookup(r.code, year);
    if (!entry || entry.validIn) continue;
    const catalogueName = entry.history[entry.history.length - 1].name;
    context.report({
      messageId: 'outOfYears',
      data: { code: r.code, name: r.row.name, year, years: entry.years, catalogueName },
      location: codedRowLocation(r),
    });
  }
}

export const rule: Rule = {
  meta: {
    id: 'catalog-code-out-of-years',
    title: '科目代码在文件年度无效',
    severity: 'warning',
    doc:
      '科目代码存在于《政府收支分类科目》，但在文件所属年度不在用（已停用或尚未设立），常见于沿用旧模板。' +
      '文件年度未知时不检查。',
    messages: {
      outOfYears: '科目 {code}（{name}）仅在{years}有效（目录名称“{catalogueName}”），{year}年不应使用',
    },
  },
  check,
};
