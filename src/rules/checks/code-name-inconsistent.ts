/**
 * The same classification code printed with two different names in one document. No catalogue is needed to
 * see that one of them is wrong; the catalogue (when it knows the code) only helps say which.
 */
import { getCatalogue, namesMatch } from '../../catalog/index.js';
import { type CodedRow, codedRowLocation, codedRows } from '../engine/coded-rows.js';
import type { Rule, RuleContext } from '../engine/types.js';

interface NameGroup {
  /** The longest spelling: cut-off and variant spellings join the group of the name they abbreviate. */
  name: string;
  rows: CodedRow[];
  tables: Set<string>;
}

function groupNames(rows: CodedRow[]): NameGroup[] {
  const groups: NameGroup[] = [];
  const byLength = [...rows].sort((a, b) => b.row.name.length - a.row.name.length);
  for (const r of byLength) {
    const g = groups.find((x) => namesMatch(r.row.name, x.name) || namesMatch(x.name, r.row.name));
    if (g) {
      g.rows.push(r);
      g.tables.add(r.table.id);
    } else groups.push({ name: r.row.name, rows: [r], tables: new Set([r.table.id]) });
  }
  for (const g of groups) g.rows.sort((a, b) => order(a) - order(b));
  return groups;
}

/** Document order: table ids are "t" + ordinal (model contract). */
function order(r: CodedRow): number {
  return Number(r.table.id.replace(/\D/gu, '') || 0) * 1e6 + r.row.index;
}

/** The catalogue's spelling when exactly one group has it; else the one printed in most tables; else the first. */
function reference(code: string, year: number | undefined, groups: NameGroup[]): NameGroup {
  const names = getCatalogue().lookup(code, year)?.names ?? [];
  const known = groups.filter((g) => names.some((n) => namesMatch(g.name, n.name)));
  if (known.length === 1) return known[0];
  return [...groups].sort((a, b) => b.tables.size - a.tables.size || order(a.rows[0]) - order(b.rows[0]))[0];
}

function check(context: RuleContext): void {
  const byCode = new Map<string, CodedRow[]>();
  for (const r of codedRows(context.disclosure, context.profile)) {
    if (r.row.name.trim() === '') continue;
    byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  }
  for (const [code, rows] of byCode) {
    const groups = groupNames(rows);
    if (groups.length < 2) continue;
    const ref = reference(code, context.disclosure.meta.year, groups);
    const first = ref.rows[0];
    for (const g of groups) {
      if (g === ref) continue;
      const reported = new Set<string>();
      for (const r of g.rows) {
        // One finding per table: a project table repeats the same code and name on every project line.
        if (reported.has(r.table.id)) continue;
        reported.add(r.table.id);
        context.report({
          messageId: 'differs',
          data: { code, name: r.row.name, otherName: first.row.name, otherTable: first.table.label },
          location: codedRowLocation(r),
          expected: first.row.name,
          actual: r.row.name,
          related: [{ location: codedRowLocation(first), value: first.row.name, role: '另一处印刷' }],
        });
      }
    }
  }
}

export const rule: Rule = {
  meta: {
    id: 'code-name-inconsistent',
    title: '同一科目代码在文件中名称不一致',
    severity: 'error',
    doc:
      '同一科目代码在一份文件中只能有一个名称。比较时忽略全角/半角、空格、PDF 单元格截断的名称（目录名称的前缀）' +
      '以及“缴费”与“缴费支出”之类的惯用写法；以目录名称为准判断哪一处有误，目录未收录时以出现表格最多的写法为准。',
    messages: {
      differs: '科目 {code} 此处名称为“{name}”，{otherTable} 中为“{otherName}”，同一科目名称应一致',
    },
  },
  check,
};
