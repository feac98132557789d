/**
 * Identities between named cells (a line equals another line, or the sum of lines, maybe in another table) and
 * between the same classification code in two tables.
 */
import type { Disclosure, Row, Table } from '../../../model/disclosure.js';
import type { EvaluatedIdentity } from '../../../model/identity.js';
import type { CellSelector, IdentitySpec } from '../../../profiles/types.js';
import { cellLabel, columnsFor, type ResolvedCell, resolveCell, tableOf, topmostRows } from './select.js';
import { commonUnit, evaluate, type IdentityDraft, softIn, term } from './terms.js';
import { listedLines } from './within-table.js';

type Cells =
  | Extract<IdentitySpec, { family: 'cross-table'; a: CellSelector }>
  | Extract<IdentitySpec, { family: 'balance' }>;
type Codes = Extract<IdentitySpec, { family: 'cross-table'; codes: unknown }>;

export function cellIdentity(spec: Cells, d: Disclosure): EvaluatedIdentity[] {
  const a = 'aIfAbsent' in spec && spec.aIfAbsent && !resolveCell(d, spec.a) ? spec.aIfAbsent : spec.a;
  const first = oneCellIdentity(spec, a, d);
  if (!('orA' in spec) || !spec.orA || first.every((e) => e.outcome !== 'mismatch')) return first;
  const other = oneCellIdentity(spec, spec.orA, d);
  return other.length > 0 && other.every((e) => e.outcome !== 'mismatch') ? other : first;
}

/**
 * The lines of a flat list that prints no total line (a 结转资金支出表 of two projects): together they stand for the
 * total it does not print. None where it prints one, or where its lines are no flat list (see listedLines).
 */
function listedCells(d: Disclosure, s: CellSelector): ResolvedCell[] {
  const table = tableOf(d, s.table);
  const column = table && columnsFor(table, s.column)[0];
  if (!table || !column || table.rows.some((r) => r.kind === 'total')) return [];
  return (listedLines(table) ?? []).map((row) => ({ table, row, column }));
}

function oneCellIdentity(spec: Cells, aSelector: CellSelector, d: Disclosure): EvaluatedIdentity[] {
  const a = resolveCell(d, aSelector);
  const selectors = Array.isArray(spec.b) ? spec.b : [spec.b];
  const listed = selectors.some((s) => 'listed' in s.row);
  const found = selectors.flatMap((s) => ('listed' in s.row ? listedCells(d, s) : (resolveCell(d, s) ?? [])));
  if (!a || found.length === 0 || (!Array.isArray(spec.b) && !listed && found.length !== 1)) return [];
  const unit = found.reduce(
    (u, b) => (commonUnit(a.table, b.table) === b.table.unit ? b.table.unit : u),
    a.table.unit,
  );
  const total = term(a.table, a.row, a.column.key, unit);
  if (!total) return [];
  const minusSelectors = 'minus' in spec ? (spec.minus ?? []) : [];
  const minus = minusSelectors.flatMap((s) => resolveCell(d, s) ?? []);
  const complete = 'complete' in spec && spec.complete === true;
  if (complete && (found.length !== selectors.length || minus.length !== minusSelectors.length)) return [];
  const parts = [
    ...found.flatMap((b) => term(b.table, b.row, b.column.key, unit) ?? []),
    ...minus.flatMap((m) => term(m.table, m.row, m.column.key, unit, -1) ?? []),
  ];
  const isBalance = spec.family === 'balance';
  const draft: IdentityDraft = {
    id: spec.id,
    family: isBalance ? 'balance' : 'cross-table',
    source: spec.id,
    description: `${cellLabel(a.table, a.row, a.column.key)} ${'relation' in spec && spec.relation === 'le' ? '≤' : '='} ${found.map((b) => cellLabel(b.table, b.row, b.column.key)).join(' + ')}${minus.map((m) => ` − ${cellLabel(m.table, m.row, m.column.key)}`).join('')}`,
    total,
    parts,
    relation: 'relation' in spec ? spec.relation : 'eq',
    exact:
      isBalance ||
      ('exact' in spec && spec.exact !== undefined ? spec.exact : !Array.isArray(spec.b) && !listed),
    unit,
    soft: 'softIf' in spec && softIn(a.table, spec.softIf),
  };
  const e = evaluate(draft);
  return e ? [e] : [];
}

/**
 * The rows of a table that stand for a code: its own rows, or, where the table prints only finer codes (a 支出表
 * listing 项 without their 类 and 款 rows), the coarsest rows under it, whose sum is its amount.
 */
function rowsForCode(table: Table, code: string, side: Row['side']): Row[] {
  const own = table.rows.filter((r) => r.code === code && r.side === side);
  if (own.length > 0) return own;
  const under = table.rows.filter((r) => r.code?.startsWith(code) && r.side === side);
  if (under.length === 0) return [];
  return topmostRows(under);
}

export function codeIdentities(spec: Codes, d: Disclosure): EvaluatedIdentity[] {
  const ta = tableOf(d, spec.codes.a.table);
  const tb = tableOf(d, spec.codes.b.table);
  if (!ta || !tb) return [];
  const ca = columnsFor(ta, spec.codes.a.column)[0];
  const cb = columnsFor(tb, spec.codes.b.column)[0];
  if (!ca || !cb) return [];
  const unit = commonUnit(ta, tb);
  const out: EvaluatedIdentity[] = [];
  const seen = new Set<string>();
  for (const ra of ta.rows) {
    if (!ra.code || seen.has(ra.code) || ra.side !== ca.side) continue;
    seen.add(ra.code);
    // A code on several rows (units stacked, or a row per economic code under one function code) stands for
    // the sum of its rows, in either table.
    const moreA = ta.rows.filter((r) => r !== ra && r.code === ra.code && r.side === ca.side);
    const rowsB = rowsForCode(tb, ra.code, cb.side);
    const total = term(ta, ra, ca.key, unit);
    if (!total) continue;
    const rb = rowsB[0];
    const parts = [
      ...rowsB.flatMap((r) => term(tb, r, cb.key, unit) ?? []),
      ...moreA.flatMap((r) => term(ta, r, ca.key, unit, -1) ?? []),
    ];
    const several = moreA.length > 0 || rowsB.length > 1 ? '（各行合计）' : '';
    const e = evaluate({
      id: `${spec.id}:${ra.code}`,
      family: 'cross-table',
      source: spec.id,
      description: rb
        ? `${cellLabel(ta, ra, ca.key)}${several} ${spec.relation === 'le' ? '≤' : '='} ${cellLabel(tb, rb, cb.key)}${several}`
        : `${cellLabel(ta, ra, ca.key)}：${tb.label} 中没有科目 ${ra.label}`,
      total,
      parts: rb ? parts : [],
      relation: spec.relation ?? 'eq',
      exact: spec.exact ?? false,
      unit,
    });
    if (e) out.push(e);
  }
  return out;
}
