/**
 * Shared by the identity rules: a violated identity becomes a finding whose location is the identity's total cell,
 * whose related cells are its parts, and whose severity follows the rounding policy (a difference rounding can
 * explain is a warning; reviewers still want printed tables to balance).
 */
import { formatDecimal } from '../../model/amount.js';
import type { RelatedCell } from '../../model/finding.js';
import type { EvaluatedIdentity, IdentityFamily } from '../../model/identity.js';
import { cellRefLocation } from '../../model/location.js';
import { type Judged, money } from '../../model/money.js';
import { convert } from '../../model/rounding.js';
import type { RuleContext } from './types.js';

function fmt(value: EvaluatedIdentity['expected'], precision: number): string {
  return formatDecimal(value, Math.max(0, precision));
}

export function reportIdentities(context: RuleContext, family: IdentityFamily): void {
  const d = context.disclosure;
  for (const identity of context.identities) {
    if (identity.family !== family || identity.outcome === 'exact') continue;
    const rounding = identity.outcome === 'rounding';
    // A figure the identity does not count may close the gap (结余分配, 调整): the finding is a warning.
    const soft = identity.soft === true && !rounding;
    const p = Math.max(0, identity.total.precision);
    // A bound is reported at the line that bounds (the parent), since that is where a reader looks.
    const anchor = family === 'bound' && identity.parts[0] ? identity.parts[0] : identity.total;
    const location = cellRefLocation(d, anchor.cell);
    const related: RelatedCell[] = identity.parts.map((t) => ({
      location: cellRefLocation(d, t.cell),
      value: fmt(t.value, t.precision),
      role: t.sign === -1 ? '减项' : '组成项',
    }));
    // The figure judged is the located cell, in its own table's unit (the 三公 table's 万元 beside 元 tables).
    const table = d.tables.find((t) => t.id === anchor.cell.table);
    const judged: Judged = table
      ? { unit: table.unit, decimals: Math.max(0, table.precision) }
      : { unit: identity.unit, decimals: p };
    const total = identity.total;
    const totalTable = d.tables.find((t) => t.id === total.cell.table);
    const actual = totalTable
      ? money(convert(total.value, identity.unit, totalTable.unit), totalTable.unit, totalTable.precision)
      : money(total.value, identity.unit, p);
    const data = {
      identity: identity.description,
      // The identity without the table and row the location already names: "合计 = 基本支出 + 项目支出".
      formula: identity.description.includes('：')
        ? identity.description.slice(identity.description.indexOf('：') + 1)
        : identity.description.replace(/^\S+\s/u, ''),
      where: `${location.table ?? ''} ${location.row ?? ''} ${location.column ?? ''}`.trim(),
      expected: money(identity.expected, identity.unit, p),
      actual,
      difference: money(identity.difference, identity.unit, p),
      unit: judged.unit,
    };
    context.report({
      messageId: rounding ? 'rounding' : soft ? 'soft' : 'mismatch',
      severity: rounding || soft ? 'warning' : undefined,
      data,
      judged,
      location,
      expected: fmt(identity.expected, p),
      actual: fmt(identity.total.value, p),
      difference: fmt(identity.difference, p),
      unit: identity.unit,
      related,
      identity: identity.id,
    });
  }
}
