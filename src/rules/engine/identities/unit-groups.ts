/**
 * A list whose lines are grouped under units' lines (广州 表12: a unit's line, then its projects; 西安 专项业务经费
 * 支出表): each unit's line is the sum of its lines, and the total the sum of the units' lines. A project named like a
 * unit (…中心建设) would be read as a unit's line and cut its unit's group in two, so the grouping is used only where
 * the figures bear it out: the units' lines add up to the total in every column, every unit's line heads at least
 * one line, and nearly every group adds up. Otherwise the list is not summed at all (an earlier reading that
 * trusted the names alone raised 90 false errors).
 */
import type { Row, Table } from '../../../model/disclosure.js';
import type { EvaluatedIdentity } from '../../../model/identity.js';
import { evaluate, type IdentityDraft, term } from './terms.js';

export interface UnitGroup {
  unit: Row;
  lines: Row[];
}

/** Share of a table's group sums (unit × column, any figure printed) that must hold before the grouping is trusted. */
const MOST = 0.75;

/**
 * The groups of a list headed by units' lines, by structure alone: undefined where the list has codes, an outline,
 * subtotals, a line before the first unit's line, or no unit's line. A unit's line printed right above another
 * (the department above its units, 119 above 119001) heads no lines of its own and is left out.
 */
export function unitGroups(table: Table, totalLine: Row): UnitGroup[] | undefined {
  const rows = table.rows.filter((r) => r !== totalLine && r.side === totalLine.side);
  const structured = rows.some(
    (r) =>
      r.code || r.parent !== undefined || r.depth !== undefined || r.kind === 'total' || /计$/u.test(r.name),
  );
  if (structured || rows.length === 0 || !rows[0].unitLine) return undefined;
  const groups: UnitGroup[] = [];
  for (const r of rows) {
    if (r.unitLine) groups.push({ unit: r, lines: [] });
    else if (r.kind === 'item') groups[groups.length - 1].lines.push(r);
  }
  const heading = groups.filter((g) => g.lines.length > 0);
  return heading.length > 0 ? heading : undefined;
}

function draft(table: Table, id: string, description: string, total: Row, parts: Row[], key: string) {
  const t = term(table, total, key, table.unit);
  if (!t) return undefined;
  const d: IdentityDraft = {
    id,
    family: 'line-sum',
    source: id.split(':')[0],
    description,
    total: t,
    parts: parts.flatMap((p) => term(table, p, key, table.unit) ?? []),
    unit: table.unit,
  };
  return evaluate(d);
}

/**
 * The identities of a list grouped under units' lines: each unit = its lines, the total = the units; none where the
 * figures do not bear the grouping out (see the module comment).
 */
export function unitGroupSums(
  sourceId: string,
  table: Table,
  totalLine: Row,
  keys: string[],
): EvaluatedIdentity[] {
  const groups = unitGroups(table, totalLine);
  if (!groups) return [];
  const out: EvaluatedIdentity[] = [];
  const groupSums: EvaluatedIdentity[] = [];
  for (const key of keys) {
    const whole = draft(
      table,
      `${sourceId}:${table.id}/${totalLine.index}/${key}`,
      `${table.label} ${totalLine.label} = 各单位之和`,
      totalLine,
      groups.map((g) => g.unit),
      key,
    );
    // The units must make the total wherever it is printed: a project read as a unit adds itself twice.
    if (whole && whole.outcome === 'mismatch') return [];
    if (whole) out.push(whole);
    for (const g of groups) {
      const e = draft(
        table,
        `${sourceId}:${table.id}/${g.unit.index}/${key}`,
        `${table.label} ${g.unit.label} = 其下各行之和`,
        g.unit,
        g.lines,
        key,
      );
      if (e) groupSums.push(e);
    }
  }
  const printed = groupSums.filter((e) => !e.blank);
  const held = printed.filter((e) => e.outcome !== 'mismatch').length;
  if (printed.length === 0 || held < printed.length * MOST) return [];
  return [...out, ...groupSums];
}
