/**
 * Resolve a claim's subject to the table cell it restates, through the layout profile's NarrativeMapping.
 */
import type { CarryoverSaid, Resolution, Sentence } from '../../model/claims.js';
import { type Column, type Disclosure, findTable, type Row, type Table } from '../../model/disclosure.js';
import type { CellTarget, NarrativeMapping, SubjectMapping } from '../../profiles/types.js';
import { normalizeNarrative } from './text.js';

const sectionText = (s: Sentence) => s.section.map((h) => normalizeNarrative(h)).join(' / ');

export function findColumn(table: Table, role: string, side?: 'income' | 'expenditure'): Column | undefined {
  return table.columns.find(
    (c) => c.role === role && (side === undefined || c.side === undefined || c.side === side),
  );
}

function totalRow(table: Table): Row | undefined {
  const totals = table.rows.filter((r) => r.kind === 'total');
  return totals[totals.length - 1] ?? table.rows.find((r) => r.role === 'total');
}

/** The single line of a one-line table; with more lines (several units, a 合计 among them) none is "the" line. */
function onlyRow(table: Table): Row | undefined {
  const lines = table.rows.filter((r) => Object.values(r.cells).some((c) => c.amount.printed !== ''));
  return lines.length === 1 ? lines[0] : undefined;
}

function at(table: Table, row: Row, column: Column, via: string): Resolution {
  const r: Resolution = { table, row, column, via };
  const cell = row.cells[column.key];
  if (cell) r.cell = cell;
  return r;
}

function target(d: Disclosure, t: CellTarget, via: string): Resolution | undefined {
  const table = findTable(d, t.table);
  if (!table || 'byName' in t.row) return undefined;
  if (t.unlessColumn && table.columns.some((c) => c.role === t.unlessColumn)) return undefined;
  const spec = t.row;
  const row =
    'total' in spec
      ? totalRow(table)
      : 'only' in spec
        ? onlyRow(table)
        : table.rows.find(
            (r) =>
              r.role === spec.role && (t.side === undefined || r.side === undefined || r.side === t.side),
          );
  // A row found by role on one side of a two-sided table (人员经费合计 left, 公用经费合计 right) reads its own side.
  const column = row && findColumn(table, t.column, t.side ?? row.side);
  return row && column ? at(table, row, column, via) : undefined;
}

/** Names as printed vary ("医疗卫生健康支出" for 卫生健康支出, "职业年金" for 职业年金缴费支出). */
export function nameScore(said: string, printed: string): number {
  const a = normalizeNarrative(said).replace(/\s+/gu, '');
  const b = normalizeNarrative(printed).replace(/\s+/gu, '');
  if (a === '' || b === '') return 0;
  if (a === b) return 3;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.includes(short) && short.length / long.length >= 0.5) return 2;
  if (long.startsWith(short.slice(0, Math.max(4, short.length - 2))) && short.length >= 4) return 1;
  return 0;
}

function best(rows: Row[], name: string): Row | undefined {
  let top: Row | undefined;
  let score = 0;
  for (const r of rows) {
    const s = nameScore(name, r.name);
    if (s > score) [top, score] = [r, s];
  }
  return top;
}

const PATH = /^(.*?)\(类\)(?:(.*?)\(款\))?(?:(.*?)\(项\))?/u;
/** A code said with the name: "其他教育支出(2059999)". */
const CODE_SAID = /\((\d{3}(?:\d{2}){0,2})\)/u;
/** Codes said level by level: "住房保障支出(221类)住房改革支出(02款)住房公积金(01项)". */
const LEVEL_CODES = /\((\d{3})类\)(?:[^()]*\((\d{2})款\))?(?:[^()]*\((\d{2})项\))?/u;

/** Whether a subject names a classification path: "X(类)…" or "X(221类)…". */
export function isClassPath(subject: string): boolean {
  return /\((\d{3})?类\)/u.test(subject);
}

/** The code a subject states, either whole ("(2059999)") or level by level ("(221类)(02款)(01项)"). */
function saidCode(subject: string): string | undefined {
  const levels = LEVEL_CODES.exec(subject);
  if (levels)
    return levels
      .slice(1)
      .filter((x) => x !== undefined)
      .join('');
  return CODE_SAID.exec(subject)?.[1];
}

/**
 * A bare name as a 类: "医疗卫生健康支出" may be 卫生健康支出 worded otherwise, but "其他教育支出" is a 款 or 项 of
 * 教育支出, never the 类 itself.
 */
function bestClass(rows: Row[], subject: string): Row | undefined {
  const row = best(rows, subject);
  if (!row || !/^其他/u.test(normalizeNarrative(subject))) return row;
  return nameScore(subject, row.name) === 3 ? row : undefined;
}

/** "X(类)Y(款)Z(项)" or a bare 类 name ("城乡社区支出") → the coded row. */
export function classRow(table: Table, subject: string): Row | undefined {
  const coded = table.rows.filter((r) => r.code !== undefined && r.codeScheme !== 'economic');
  const level = (n: number) => coded.filter((r) => r.code!.length === n);
  const code = saidCode(subject);
  if (code) return coded.find((r) => r.code === code);
  const path = PATH.exec(subject);
  if (!path) return /支出$/u.test(subject) ? bestClass(level(3), subject) : undefined;
  const [, lei, kuan, xiang] = path;
  const cls = best(level(3), lei);
  // "一般公共服务支出(类)264.87万元": a 类 said alone is the 类 line.
  if (!cls || (!kuan && !xiang)) return cls;
  const under = (n: number, prefix: string) => level(n).filter((r) => r.code!.startsWith(prefix));
  const k = kuan ? best(under(5, cls.code!), kuan) : undefined;
  if (!xiang) return k;
  // A 款 printed with the wrong code (221 01 over 221 02 01) must not hide its 项: fall back to the 类.
  return (k && best(under(7, k.code!), xiang)) ?? best(under(7, cls.code!), xiang);
}

/** The name of the finest level a subject says: "X(类)Y(款)Z(项)" → Z; a bare name → itself. */
function saidName(subject: string): string {
  const path = PATH.exec(subject);
  if (!path) return subject;
  return path[3] ?? path[2] ?? path[1];
}

function byClass(d: Disclosure, subject: string, sentence: Sentence, mapping: NarrativeMapping) {
  const section = sectionText(sentence);
  const entry =
    mapping.classTables.find((e) => e.section !== undefined && new RegExp(e.section, 'u').test(section)) ??
    mapping.classTables.find((e) => e.section === undefined);
  for (const t of entry?.tables ?? []) {
    const table = findTable(d, t.table);
    if (!table) continue;
    const row = classRow(table, subject);
    const column = findColumn(table, t.column, t.side);
    if (!row || !column) continue;
    const r = at(table, row, column, 'class-name');
    // A row found only by a name's first characters ("城乡社区事务支出" for 城乡社区支出) is a likely reading, not a sure
    // one; a name contained in the row's ("机关事业单位职业年金" in 机关事业单位职业年金缴费支出) is sure enough.
    return saidCode(subject) !== undefined || nameScore(saidName(subject), row.name) >= 2
      ? r
      : { ...r, approximate: true };
  }
  return undefined;
}

/** What the sentence says of an amount besides its subject. */
export interface SaidWith {
  /** The amount's words say it counts the carry-over, or leaves it out ("含上年结转" / "不含上年结转"). */
  carryover?: CarryoverSaid;
  /** The subject of the whole the amount is said of: its list's whole, or the amount its bracketed aside follows. */
  list?: string;
}

const test = (pattern: string, text: string) => new RegExp(pattern, 'u').test(text);

/** Where an entry applies: in its section, or as an item of a list its `list` pattern names. */
function appliesHere(m: SubjectMapping, section: string, said: SaidWith): boolean {
  if (m.notSection && test(m.notSection, section)) return false;
  if (m.notList && said.list !== undefined && test(m.notList, said.list)) return false;
  if (m.section === undefined && m.list === undefined) return true;
  return (
    (m.section !== undefined && test(m.section, section)) ||
    (m.list !== undefined && said.list !== undefined && test(m.list, said.list))
  );
}

/** The cell a subject said in a sentence restates, or undefined when the mapping knows no such cell. */
export function resolveSubject(
  d: Disclosure,
  subject: string,
  sentence: Sentence,
  mapping: NarrativeMapping,
  said: SaidWith = {},
): Resolution | undefined {
  if (subject === '') return undefined;
  const section = sectionText(sentence);
  if (!isClassPath(subject)) {
    for (const m of mapping.subjects) {
      if (!test(m.subject, subject) || !appliesHere(m, section, said)) continue;
      // Said with or without the carry-over, an amount is only the cell that agrees: another entry may fit.
      if (said.carryover !== undefined ? m.carryover !== said.carryover : m.carryoverSaid) continue;
      for (const t of m.targets) {
        const r = target(d, t, m.id);
        if (r) return m.atMost ? { ...r, atMost: true } : r;
      }
      return undefined;
    }
  }
  // A classification row's cell does not say whether it counts the carry-over.
  return said.carryover === undefined ? byClass(d, subject, sentence, mapping) : undefined;
}
