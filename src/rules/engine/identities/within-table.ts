/**
 * Identities inside one table: across columns of a row, up the code hierarchy, the total row, named lines,
 * and of-which lines bounded by their parent.
 */

import type { Decimal } from 'decimal.js';
import type { Column, Row, Table } from '../../../model/disclosure.js';
import type { EvaluatedIdentity } from '../../../model/identity.js';
import type { IdentitySpec } from '../../../profiles/types.js';
import { columnLabel, columnsFor, topmostRows } from './select.js';
import { evaluate, type IdentityDraft, softIn, term, ZERO } from './terms.js';
import { unitGroupSums } from './unit-groups.js';

type Spec<F extends IdentitySpec['family']> = Extract<IdentitySpec, { family: F }>;

function push(out: EvaluatedIdentity[], draft: IdentityDraft | undefined): void {
  if (!draft) return;
  const e = evaluate(draft);
  if (e) out.push(e);
}

function sideColumns(table: Table, row: Row): string[] {
  return table.columns.filter((c) => c.side === row.side).map((c) => c.key);
}

/** A part names a role: every column of that role is a part (本年收入's columns, one role for the group). */
function ofRoleOrKey(table: Table, p: string): Column[] {
  const ofRole = table.columns.filter((c) => c.role === p);
  return ofRole.length > 0 ? ofRole : columnsFor(table, p);
}

function partColumns(spec: Spec<'row-sum'>, table: Table, parts = spec.parts) {
  return parts.flatMap((p) => {
    const direct = ofRoleOrKey(table, p);
    if (direct.length > 0) return direct;
    return (spec.fallbacks?.[p] ?? []).flatMap((f) => ofRoleOrKey(table, f));
  });
}

/** A column recognition could not name: its meaning is unknown, so no sum across that side is trusted. */
function hasUnknownColumn(table: Table, side: string | undefined): boolean {
  return table.columns.some((c) => c.side === side && /^col\d+$/u.test(c.role));
}

/** A column printed under the same group as a group's 小计 (基本支出/小计 and 基本支出/工资福利支出). */
function sibling(total: Column, part: Column): boolean {
  const n = total.header.length;
  return (
    n >= 2 &&
    /^(小计|合计)$/u.test(total.header[n - 1]) &&
    part.header.length === n &&
    part.key !== total.key &&
    part.side === total.side &&
    total.header.slice(0, -1).every((h, i) => part.header[i] === h)
  );
}

/**
 * A part of a total column: on its side, and under the same outer header when the total has one (2025年预算数
 * and 2026年预算数 side by side each sum their own columns).
 */
function sameGroup(total: Column, part: Column): boolean {
  if (part.side !== total.side || part.key === total.key) return false;
  // Roles that name their group (total.budget, overseas.budget: 三公 items outermost, 预算数 | 决算数 under each).
  const group = (c: Column) => /\.([^.]+)$/u.exec(c.role)?.[1];
  if (group(total) !== undefined) return group(total) === group(part);
  // A subtotal under a group (财政拨款/合计) adds up that group only, never the columns beside it (财政专户, 其他资金).
  if (total.header.length >= 2 && part.header.length < 2) return false;
  return total.header.length < 2 || part.header[0] === total.header[0];
}

/**
 * Each row's sums, in the current columns and again in every comparison group that repeats them (the year before's
 * 执行数 合计 = its items, as the budget's): a group's columns take the role they have inside it.
 */
export function rowSum(spec: Spec<'row-sum'>, table: Table): EvaluatedIdentity[] {
  const own = rowSumOf(spec, table);
  if (spec.acrossGroups) return own;
  const groups = mirrorGroups(table);
  return [
    ...own,
    ...groups.flatMap(([group, view]) =>
      rowSumOf(spec, view).map((e) => ({ ...e, id: e.id.replace(':', `@${group}:`) })),
    ),
  ];
}

/** The table as each comparison group sees it: the group's columns only, each under its role inside the group. */
function mirrorGroups(table: Table): [string, Table][] {
  const out: [string, Table][] = [];
  for (const group of ['prior', 'change'] as const) {
    const columns = table.columns.flatMap((c) =>
      c.mirrors?.group === group ? [{ ...c, role: c.mirrors.role }] : [],
    );
    if (columns.length < 2) continue;
    const name = columns[0].header[0] ?? group;
    out.push([group, { ...table, label: `${table.label}（${name}）`, columns }]);
  }
  return out;
}

function rowSumOf(spec: Spec<'row-sum'>, table: Table): EvaluatedIdentity[] {
  const out: EvaluatedIdentity[] = [];
  const ofTotalRole = table.columns.filter((c) => c.role === spec.total);
  const totals = ofTotalRole.length > 0 ? ofTotalRole : columnsFor(table, spec.total);
  const parts = partColumns(spec, table);
  const minus = partColumns(spec, table, spec.minus ?? []);
  if (totals.length === 0 || parts.length < (spec.minParts ?? 1)) return out;
  if (spec.unlessColumns?.some((role) => table.columns.some((c) => c.role === role))) return out;
  for (const totalCol of totals) {
    // Across groups, each part is the first column of its role on the side (本年 合计, 上年 合计): a table may
    // print a 合计 again under a source group (财政拨款/合计), which is no separate part.
    const firstOfRole = (cols: Column[]) =>
      cols.filter(
        (p) =>
          p.side === totalCol.side &&
          p.key !== totalCol.key &&
          p === cols.find((q) => q.role === p.role && q.side === totalCol.side && q.key !== totalCol.key),
      );
    const sideParts = spec.acrossGroups
      ? firstOfRole(parts)
      : parts.filter((p) => (spec.siblingsOnly ? sibling(totalCol, p) : sameGroup(totalCol, p)));
    const sideMinus = spec.acrossGroups ? firstOfRole(minus) : minus.filter((p) => sameGroup(totalCol, p));
    if (sideParts.length === 0 || hasUnknownColumn(table, totalCol.side)) continue;
    const soft = softIn(table, spec.softIf);
    const desc = `${columnLabel(table, totalCol.key)} = ${sideParts.map((p) => columnLabel(table, p.key)).join(' + ')}${sideMinus.map((p) => ` − ${columnLabel(table, p.key)}`).join('')}`;
    for (const row of table.rows) {
      const total = term(table, row, totalCol.key, table.unit);
      if (!total) continue;
      const terms = [
        ...sideParts.flatMap((p) => term(table, row, p.key, table.unit) ?? []),
        ...sideMinus.flatMap((p) => term(table, row, p.key, table.unit, -1) ?? []),
      ];
      push(out, {
        id: `${spec.id}:${table.id}/${row.index}`,
        family: 'row-sum',
        source: spec.id,
        description: `${table.label} ${row.label}：${desc}`,
        total,
        parts: terms,
        unit: table.unit,
        soft,
      });
    }
  }
  return out;
}

/** Children of a coded row: the rows one level down that carry its prefix. */
export function codeChildren(table: Table, parent: Row): Row[] {
  const code = parent.code;
  if (!code || code.length >= 7) return [];
  const under = table.rows.filter(
    (r) =>
      r.code &&
      r.code.length > code.length &&
      r.code.startsWith(code) &&
      r.side === parent.side &&
      r.block === parent.block &&
      (!parent.pairCode || !r.pairCode || r.pairCode.startsWith(parent.pairCode)),
  );
  // An economic 款's own sub-items (陕西 3010201 under 301, no 30102 line) are the 类's children with the 款;
  // a function 项 without its 款 is a misprint (code-prefix), and the printed level below is the sum.
  if (/^[35]/u.test(code)) return topmostRows(under);
  const next = Math.min(...under.map((r) => r.code!.length));
  return under.filter((r) => r.code!.length === next);
}

/**
 * A unit's line heading its block of 科目 (湖南: 123002 湖南省示例中心, then its 类, 款, 项): it is the sum of the
 * block's topmost 科目, as a 类 is the sum of its 款.
 */
function unitChildren(table: Table, unit: Row): Row[] {
  if (!unit.unitLine || unit.block === undefined) return [];
  return topmostRows(table.rows.filter((r) => r.code && r.block === unit.block && r.side === unit.side));
}

export function hierarchy(spec: Spec<'hierarchy'>, table: Table): EvaluatedIdentity[] {
  const out: EvaluatedIdentity[] = [];
  sumsOfChildren(out, spec, table, (unit) => unitChildren(table, unit), '本单位各科目之和');
  sumsOfChildren(out, spec, table, (parent) => codeChildren(table, parent), '其下级科目之和');
  return out;
}

/** Each row with children (as `childrenOf` finds them) is, column by column, their sum: `words` name that sum. */
function sumsOfChildren(
  out: EvaluatedIdentity[],
  spec: Spec<'hierarchy'>,
  table: Table,
  childrenOf: (row: Row) => Row[],
  words: string,
): void {
  for (const row of table.rows) {
    const children = childrenOf(row);
    if (children.length === 0) continue;
    for (const key of sideColumns(table, row)) {
      const total = term(table, row, key, table.unit);
      if (!total) continue;
      push(out, {
        id: `${spec.id}:${table.id}/${row.index}/${key}`,
        family: 'hierarchy',
        source: spec.id,
        description: `${table.label} ${row.label} ${columnLabel(table, key)} = ${words}`,
        total,
        parts: children.flatMap((c) => term(table, c, key, table.unit) ?? []),
        unit: table.unit,
      });
    }
  }
}

function subtotalAbove(table: Table, totalLine: Row, coded: Row[]): Row | undefined {
  const last = Math.max(...coded.map((r) => r.index));
  return table.rows.find(
    (r) =>
      r.side === totalLine.side &&
      r.index > last &&
      r.index < totalLine.index &&
      !r.code &&
      /合计$/u.test(r.name),
  );
}

export function totalRow(spec: Spec<'total-row'>, table: Table): EvaluatedIdentity[] {
  const out: EvaluatedIdentity[] = [];
  for (const totalLine of table.rows.filter((r) => r.kind === 'total')) {
    const coded = table.rows.filter((r) => r.code && r.side === totalLine.side);
    if (coded.length === 0) continue;
    // A subtotal printed between the 科目 and the total (本年支出合计, then 年终结转结余): the 类 add up to the
    // subtotal; what the total adds to it the profile's line-sum identities state.
    const line = subtotalAbove(table, totalLine, coded) ?? totalLine;
    const top = Math.min(...coded.map((r) => r.code!.length));
    const tops = topmostRows(coded);
    for (const key of sideColumns(table, line)) {
      const total = term(table, line, key, table.unit);
      if (!total) continue;
      push(out, {
        id: `${spec.id}:${table.id}/${line.index}/${key}`,
        family: 'total-row',
        source: spec.id,
        description: `${table.label} ${line.label} ${columnLabel(table, key)} = 各${top === 3 ? '类' : '科目'}之和`,
        total,
        parts: tops.flatMap((r) => term(table, r, key, table.unit) ?? []),
        unit: table.unit,
      });
    }
  }
  return out;
}

/** First-level lines of the total line's side: numbered 一、二、… lines, and (when asked) the 类 lines. */
function firstLevel(table: Table, totalLine: Row, coded: boolean): Row[] {
  return table.rows.filter(
    (r) =>
      r !== totalLine &&
      r.side === totalLine.side &&
      r.depth === 1 &&
      r.kind === 'item' &&
      (coded ? !r.code || r.code.length === 3 : !r.code),
  );
}

/**
 * The line of `role` and the lines after it at its own outline depth, up to the total line: 本年收入合计 then
 * 上级补助收入 … 上年结转 (every source printed below the subtotal), or 一、本年收入 then 二、上年结转结余.
 */
function linesFrom(table: Table, role: string, totalLine: Row): Row[] | undefined {
  const start = table.rows.find((r) => r.role === role && r.side === totalLine.side && r !== totalLine);
  if (!start || start.index > totalLine.index) return undefined;
  return table.rows.filter(
    (r) =>
      r.side === totalLine.side &&
      r.index >= start.index &&
      r.index < totalLine.index &&
      r.kind === 'item' &&
      !r.code &&
      (r.depth ?? 0) <= (start.depth ?? 0),
  );
}

/**
 * The lines a list's total adds up: every line of a flat list (projects, procurement lines). Nothing where the list
 * has codes (the code hierarchy sums those), an outline, subtotals, or units' lines: then it is not a flat list —
 * a unit's line may head its projects, and a project may be named like a unit (…站, …中心) — and summing every
 * line would count some twice.
 */
export function listedLines(table: Table, totalLine?: Row): Row[] | undefined {
  const rows = table.rows.filter((r) => r !== totalLine && r.side === totalLine?.side);
  const structured = rows.some(
    (r) =>
      r.code ||
      r.unitLine ||
      r.parent !== undefined ||
      r.depth !== undefined ||
      r.kind === 'total' ||
      /计$/u.test(r.name),
  );
  return structured ? undefined : rows.filter((r) => r.kind === 'item');
}

/** Lines that add to a multiple of the total are the levels of one list (类 and 款 by name), not a defect. */
function levelsOfOneList(total: Decimal, sum: Decimal): boolean {
  if (total.isZero()) return false;
  const ratio = sum.div(total);
  const k = ratio.round();
  return k.gte(2) && ratio.minus(k).abs().lt(0.001);
}

/** A flat list's total line = its lines (see listedLines). */
function listSum(spec: Spec<'line-sum'>, table: Table, out: EvaluatedIdentity[]): EvaluatedIdentity[] {
  const totalLine =
    table.rows.find((r) => r.role === spec.total) ?? table.rows.find((r) => r.kind === 'total');
  if (!totalLine) return out;
  const lines = listedLines(table, totalLine);
  const keys =
    spec.column === '*' ? sideColumns(table, totalLine) : columnsFor(table, spec.column).map((c) => c.key);
  // Lines grouped under units' lines: summed by unit where the figures bear the grouping out.
  if (!lines) return unitGroupSums(spec.id, table, totalLine, keys);
  if (lines.length === 0) return out;
  for (const key of keys) {
    const total = term(table, totalLine, key, table.unit);
    const parts = lines.flatMap((p) => term(table, p, key, table.unit) ?? []);
    const sum = parts.reduce((a, p) => a.plus(p.value), ZERO);
    if (!total || parts.length === 0 || levelsOfOneList(total.value, sum)) continue;
    push(out, {
      id: `${spec.id}:${table.id}/${totalLine.index}/${key}`,
      family: 'line-sum',
      source: spec.id,
      description: `${table.label} ${totalLine.label} = 各行之和`,
      total,
      parts,
      unit: table.unit,
    });
  }
  return out;
}

/**
 * The numbered lines under the total line, or under the line of role `of` (one side's heading line) — and where
 * the side prints no such heading, its first-level lines.
 */
function childLines(table: Table, of: string | undefined, totalLine: Row): Row[] {
  const head = of ? table.rows.find((r) => r.role === of && r.side === totalLine.side) : totalLine;
  if (!head) return firstLevel(table, totalLine, false);
  const children = table.rows.filter((r) => r.parent === head.index && r.kind !== 'of-which');
  return children.length > 0 || of ? children : linesAbove(table, totalLine);
}

/**
 * A closing 合计 line with nothing under it adds up the numbered lines printed above it on its side (中央 收支总表:
 * 一、一般公共预算财政拨款收入 … 九、其他收入, then 本年收入合计), back to the side's previous total line.
 */
function linesAbove(table: Table, totalLine: Row): Row[] {
  if (!/(合计|小计)$/u.test(totalLine.name)) return [];
  const above = table.rows.filter((r) => r.side === totalLine.side && r.index < totalLine.index);
  const lastTotal = [...above].reverse().find((r) => r.kind === 'total' || /计$/u.test(r.name));
  const lines = above.filter(
    (r) => (!lastTotal || r.index > lastTotal.index) && r.depth === 1 && r.kind === 'item' && !r.code,
  );
  return lines.length >= 2 ? lines : [];
}

/**
 * The lines of the roles named; a 其中 line whose own line is named too is left out (使用非财政拨款结余 and, under
 * it, 其中：使用专用结余): it is counted in its line already.
 */
function namedParts(table: Table, roles: string[]): Row[] {
  const rows = roles.flatMap((role) => table.rows.find((r) => r.role === role) ?? []);
  const named = new Set(rows.map((r) => r.index));
  return rows.filter((r) => r.kind !== 'of-which' || r.parent === undefined || !named.has(r.parent));
}

export function lineSum(spec: Spec<'line-sum'>, table: Table): EvaluatedIdentity[] {
  const out: EvaluatedIdentity[] = [];
  if (spec.parts === 'listed') return listSum(spec, table, out);
  const totalLine = table.rows.find((r) => r.role === spec.total);
  if (!totalLine) return out;
  const from = spec.sumFrom ? linesFrom(table, spec.sumFrom, totalLine) : undefined;
  const parts = from
    ? from
    : spec.parts === 'children'
      ? childLines(table, spec.childrenOf, totalLine)
      : spec.parts === 'of-which'
        ? table.rows.filter((r) => r.parent === totalLine.index && r.kind === 'of-which')
        : spec.parts === 'top-level' || spec.parts === 'first-level'
          ? firstLevel(table, totalLine, spec.parts === 'first-level')
          : namedParts(table, spec.parts);
  // One 其中 line is a part picked out, never a complete breakdown of its line.
  if (parts.length === 0 || (spec.parts === 'of-which' && !from && parts.length < 2)) return out;
  const keys =
    spec.column === '*' ? sideColumns(table, totalLine) : columnsFor(table, spec.column).map((c) => c.key);
  for (const key of keys) {
    const total = term(table, totalLine, key, table.unit);
    if (!total || (spec.ifPrinted && totalLine.cells[key]?.amount.blank === 'empty')) continue;
    push(out, {
      id: `${spec.id}:${table.id}/${totalLine.index}/${key}`,
      family: 'line-sum',
      source: spec.id,
      description: `${table.label} ${totalLine.label} = ${parts.map((p) => p.label).join(' + ')}`,
      total,
      parts: parts.flatMap((p) => term(table, p, key, table.unit) ?? []),
      unit: table.unit,
    });
  }
  return out;
}

export function bound(spec: Spec<'bound'>, table: Table): EvaluatedIdentity[] {
  const out: EvaluatedIdentity[] = [];
  for (const parent of table.rows) {
    const ofWhich = table.rows.filter((r) => r.parent === parent.index && r.kind === 'of-which');
    if (ofWhich.length === 0) continue;
    for (const key of sideColumns(table, parent)) {
      const whole = term(table, parent, key, table.unit);
      const parts = ofWhich.flatMap((r) => term(table, r, key, table.unit) ?? []);
      if (!whole || parts.length === 0) continue;
      // Σ of-which ≤ parent, written as total (the of-which sum's first line) against the parent.
      const [first, ...rest] = parts;
      push(out, {
        id: `${spec.id}:${table.id}/${parent.index}/${key}`,
        family: 'bound',
        source: spec.id,
        description: `${table.label} “其中”各行之和 ≤ ${parent.label}`,
        total: first,
        parts: [whole, ...rest.map((p) => ({ ...p, sign: -1 as const }))],
        relation: 'le',
        unit: table.unit,
      });
    }
  }
  return out;
}
