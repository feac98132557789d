/**
 * The 公开目录 printed as a table marks each table as empty or not (是否空表 是/否, 公开空表理由 不涉及). A table marked
 * empty that prints amounts contradicts the list; a table listed and not marked empty that the file does not
 * hold is missing. Tables are found by their printed number (表9), else by their title; when most of the list
 * cannot be found so, the list is not read against the tables at all.
 */
import type { Disclosure, IndexEntry, Table } from '../../model/disclosure.js';
import { provToLocation } from '../../model/finding.js';
import { tableLocation } from '../../model/location.js';
import { parseChineseNumeral } from '../../model/numbering.js';
import type { Rule } from '../engine/types.js';

/** 表9, 表九, 表 9 → 9. */
function numberOf(label: string | undefined): number | undefined {
  const m = /^表([0-9]+|[一二三四五六七八九十]+)$/u.exec((label ?? '').replace(/\s/gu, ''));
  if (!m) return undefined;
  return /^\d/u.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
}

/** What two printings of one title share: no year, no 部门/单位, no quotes, brackets or spaces. */
function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/\d{4}年(度)?|部门|单位|综合|预算|[\s“”"'‘’()（）]/gu, '')
    .replace(/表.*$/u, '表');
}

function sameTitle(a: string, b: string): boolean {
  const ka = titleKey(a);
  const kb = titleKey(b);
  return ka.length >= 4 && kb.length >= 4 && (ka.includes(kb) || kb.includes(ka));
}

interface Found {
  /** The recognized table (of the first set) the line stands for. */
  table?: Table;
  /** Whether anything in the file stands for it: a table, read or not. */
  present: boolean;
}

function find(d: Disclosure, entry: IndexEntry): Found {
  const mainTables = d.tables.filter((t) => (t.set ?? 1) === 1);
  const no = numberOf(entry.number);
  const byNumber = no === undefined ? undefined : mainTables.find((t) => numberOf(t.label) === no);
  const table = byNumber ?? mainTables.find((t) => sameTitle(t.title, entry.title));
  if (table) return { table, present: true };
  const other = d.unrecognized.some(
    (u) => (no !== undefined && numberOf(u.label) === no) || sameTitle(u.title, entry.title),
  );
  return { present: other };
}

function hasAmounts(table: Table): boolean {
  return table.rows.some((r) => Object.values(r.cells).some((c) => !c.amount.value.isZero()));
}

export const rule: Rule = {
  meta: {
    id: 'table-index-empty',
    title: '公开目录的空表标记与表格不符',
    severity: 'warning',
    doc: '公开目录（报表 | 报表名称 | 是否空表 | 公开空表理由）逐表标明是否为空表。标为空表（是、不涉及）的表应当没有金额；未标为空表的表应当在文件中。目录中多数表在文件里找不到（按表号或表名）时，说明目录未读准，不做比对。标为空表且印成空表的，不是问题。',
    messages: {
      emptyHasAmounts: '公开目录将 {number}{title} 标为空表（{reason}），但 {table} 印有金额。',
      listedMissing: '公开目录列出 {number}{title}，未标为空表，但文件中没有找到这张表。',
    },
  },
  check(context) {
    const d = context.disclosure;
    const index = d.tableIndex ?? [];
    const found = index.map((e) => find(d, e));
    // A list most of whose tables cannot be found is not read against them: its numbers or titles are not the
    // tables' (another year's list, another set), and a warning on each line would blame the document.
    if (found.filter((f) => f.present).length * 2 < index.length) return;
    index.forEach((entry, i) => {
      const { table, present } = found[i];
      const data = { number: entry.number ? `${entry.number} ` : '', title: entry.title };
      if (entry.empty && table && hasAmounts(table)) {
        context.report({
          messageId: 'emptyHasAmounts',
          data: { ...data, reason: entry.reason ?? '是', table: table.label },
          location: tableLocation(table),
        });
      } else if (!entry.empty && !present) {
        context.report({ messageId: 'listedMissing', data, location: provToLocation(entry.prov) });
      }
    });
  },
};
