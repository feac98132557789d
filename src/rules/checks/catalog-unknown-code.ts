/**
 * A code the catalogue does not know in any year. Usually a typo ("2120199" for "2120109") or a transposed
 * digit; sometimes a code the transcription lacks, hence a warning.
 */
import { getCatalogue, ownersOfName } from '../../catalog/index.js';
import { codedRowLocation, codedRows, schemeAgrees } from '../engine/coded-rows.js';
import type { Rule, RuleContext } from '../engine/types.js';

function check(context: RuleContext): void {
  const catalogue = getCatalogue();
  const year = context.disclosure.meta.year;
  // One finding per code and name in a table: 北京 stacks each unit's rows in one table, one code on many rows.
  const told = new Set<string>();
  for (const r of codedRows(context.disclosure, context.profile)) {
    if (!r.classification || !schemeAgrees(r) || catalogue.lookup(r.code)) continue;
    const key = `${r.table.id}\u0001${r.code}\u0001${r.row.name.trim()}`;
    if (told.has(key)) continue;
    told.add(key);
    const location = codedRowLocation(r);
    const data = { code: r.code, name: r.row.name };
    const owners = r.row.name.trim() === '' ? [] : ownersOfName(r.row.name, r.code, year);
    if (owners.length > 0) {
      context.report({ messageId: 'unknownNamed', data: { ...data, owner: owners.join('、') }, location });
    } else {
      context.report({ messageId: 'unknown', data, location });
    }
  }
}

export const rule: Rule = {
  meta: {
    id: 'catalog-unknown-code',
    title: '科目代码不在政府收支分类科目中',
    severity: 'warning',
    doc:
      '科目代码在任何年度的《政府收支分类科目》中都不存在，多为录入错误。目录为人工转录，个别项级科目可能缺漏，' +
      '故报警告；确认代码无误的，可把它补入 data/catalog 并注明来源。',
    messages: {
      unknown: '科目代码 {code}（{name}）不在政府收支分类科目中',
      unknownNamed: '科目代码 {code}（{name}）不在政府收支分类科目中；名为“{name}”的科目是 {owner}',
    },
  },
  check,
};
