/**
 * When a table's reading is doubtful. Real published tables have a handful of defects, not a failing identity on
 * most rows nor a repeated code on most rows: when that is what gongkai sees, it most likely read the table wrong
 * (a layout whose columns it does not know, rows it joined or split wrongly); so too when a column of figures has
 * no meaning it can name. Such a table gets one warning about the reading (table-unreadable), and its error-level
 * findings are lowered to warnings: gongkai says it is unsure rather than that the document is wrong.
 */
import type { Disclosure, Table } from '../../model/disclosure.js';
import type { Finding } from '../../model/finding.js';
import type { EvaluatedIdentity } from '../../model/identity.js';
import { hasParentRows, rowCodeKey } from './coded-rows.js';

export interface Doubt {
  table: Table;
  /** Why, in Chinese: the counts that make the reading implausible. */
  reason: string;
}

const WITHIN = new Set(['row-sum', 'hierarchy', 'total-row']);
const MIN_FAILED = 4;
const FAILED_SHARE = 0.7;
const FAMILY_NAME: Record<string, string> = {
  'row-sum': '行内合计关系',
  hierarchy: '科目层级关系',
  'total-row': '合计行关系',
};

/** The comparison group an identity was evaluated in (the year before's columns, the 增减), or '' for the table's own. */
function groupOf(identity: EvaluatedIdentity): string {
  return /@(prior|change):/u.exec(identity.id)?.[1] ?? '';
}

const GROUP_NAME: Record<string, string> = { '': '', prior: '（上年数栏）', change: '（增减栏）' };

/**
 * A family of identities (row sums, the code hierarchy, the total row) failing on most of its instances — in the
 * table's own columns or in one comparison group's (a year-before block whose columns mean something else).
 */
function identityDoubt(table: Table, identities: EvaluatedIdentity[]): string | undefined {
  for (const family of WITHIN) {
    const own = identities.filter((i) => i.family === family && !i.blank && i.total.cell.table === table.id);
    // A comparison group is judged identity by identity: one of its sums failing on nearly every row is a block
    // whose columns mean something other than their headers (陕西 表13's 2018年 合计 leaves out 会议费 and 培训费).
    const keyOf = (i: EvaluatedIdentity) => (groupOf(i) === '' ? '' : `${groupOf(i)} ${i.source}`);
    for (const key of new Set(own.map(keyOf))) {
      const inGroup = own.filter((i) => keyOf(i) === key);
      const group = key.split(' ')[0];
      const failed = inGroup.filter((i) => i.outcome === 'mismatch').length;
      if (failed >= MIN_FAILED && failed >= inGroup.length * FAILED_SHARE)
        return `本表${GROUP_NAME[group]} ${inGroup.length} 个${FAMILY_NAME[family]}中 ${failed} 个不成立`;
    }
  }
  return undefined;
}

function duplicateDoubt(table: Table): string | undefined {
  // Project tables repeat codes by design; flat lists of codes repeat them per unit (duplicate-code warns).
  if (table.rows.some((r) => r.texts?.project) || !hasParentRows(table)) return undefined;
  const coded = table.rows.filter((r) => r.code);
  const seen = new Set<string>();
  let repeats = 0;
  for (const r of coded) {
    const key = rowCodeKey(r);
    if (seen.has(key)) repeats++;
    seen.add(key);
  }
  if (repeats < MIN_FAILED || repeats < coded.length * 0.25) return undefined;
  return `本表 ${coded.length} 个编码行中 ${repeats} 行编码重复`;
}

/**
 * Amount columns recognition could not name (a header no profile knows) that print figures: what they add up to,
 * and so which of the table's sums hold, is unknown. Columns of words have their roles (profiles/text-columns.ts).
 */
function columnDoubt(table: Table): string | undefined {
  const unknown = table.columns.filter(
    (c) =>
      /^col\d+$/u.test(c.role) &&
      table.rows.some((r) => r.cells[c.key] && !r.cells[c.key].amount.value.isZero()),
  );
  if (unknown.length === 0) return undefined;
  const names = unknown.map((c) => `“${c.header.join('/')}”`).join('、');
  return `本表有 ${unknown.length} 栏金额（${names}）未能识别其含义`;
}

export function doubtfulTables(d: Disclosure, identities: EvaluatedIdentity[]): Doubt[] {
  const out: Doubt[] = [];
  for (const table of d.tables) {
    const reasons = [identityDoubt(table, identities), duplicateDoubt(table), columnDoubt(table)].filter(
      (r) => r !== undefined,
    );
    if (reasons.length > 0) out.push({ table, reason: reasons.join('；') });
  }
  return out;
}

/** Lower the error-level findings located in a doubtful table to warnings, saying why in their data. */
export function lowerDoubtful(findings: Finding[], doubts: Doubt[]): void {
  const ids = new Set(doubts.map((x) => x.table.id));
  for (const f of findings) {
    if (f.severity !== 'error' || !f.location.tableId || !ids.has(f.location.tableId)) continue;
    f.severity = 'warning';
    f.data = { ...f.data, readingDoubt: 'table-unreadable' };
  }
}
