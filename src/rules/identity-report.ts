/**
 * Shared by the identity rules: a violated identity becomes a finding whose location is the identity's total cell,
 * whose related cells are its parts, and whose severity follows the rounding policy (a difference rounding can
 * explain is a warning; reviewers still want printed tables to balance).
 */
import { formatDecimal } from '../model/amount.js';
import type { Disclosure } from '../model/disclosure.js';
import type { Location, RelatedCell } from '../model/finding.js';
import type { CellRef, EvaluatedIdentity, IdentityFamily } from '../model/identity.js';
import { columnLabel } from './identities/select.js';
import type { RuleContext } from './types.js';

export function cellLocation(d: Disclosure, ref: CellRef): Location {
  const table = d.tables.find((t) => t.id === ref.table);
  const row = table?.rows.find((r) => r.index === ref.row);
  if (!table || !row) return { tableId: ref.table, rowIndex: ref.row, columnKey: ref.column };
  const prov = row.cells[ref.column]?.prov ?? row.prov;
  const loc: Location = {
    table: table.label,
    tableId: table.id,
    tableTitle: table.title,
    row: row.label,
    rowIndex: row.index,
    column: columnLabel(table, ref.column),
    columnKey: ref.column,
  };
  if (prov.page !== undefined) loc.page = prov.page;
  if (prov.line !== undefined) loc.line = prov.line;
  return loc;
}

function fmt(value: EvaluatedIdentity['expected'], precision: number): string {
  return formatDecimal(value, Math.max(0, precision));
}

export function reportIdentities(context: RuleContext, family: IdentityFamily): void {
  const d = context.disclosure;
  for (const identity of context.identities) {
    if (identity.family !== family || identity.outcome === 'exact') continue;
    const rounding = identity.outcome === 'rounding';
    const p = Math.max(0, identity.total.precision);
    // A bound is reported at the line that bounds (the parent), since that is where a reader looks.
    const anchor = family === 'bound' && identity.parts[0] ? identity.parts[0] : identity.total;
    const location = cellLocation(d, anchor.cell);
    const related: RelatedCell[] = identity.parts.map((t) => ({
      location: cellLocation(d, t.cell),
      value: fmt(t.value, t.precision),
      role: t.sign === -1 ? '减项' : '组成项',
    }));
    const data = {
      identity: identity.description,
      // The identity without the table and row the location already names: "合计 = 基本支出 + 项目支出".
      formula: identity.description.includes('：')
        ? identity.description.slice(identity.description.indexOf('：') + 1)
        : identity.description.replace(/^\S+\s/u, ''),
      where: `${location.table ?? ''} ${location.row ?? ''} ${location.column ?? ''}`.trim(),
      expected: fmt(identity.expected, p),
      actual: fmt(identity.total.value, p),
      difference: fmt(identity.difference, p),
      unit: identity.unit,
    };
    context.report({
      messageId: rounding ? 'rounding' : 'mismatch',
      severity: rounding ? 'warning' : undefined,
      data,
      location,
      expected: data.expected,
      actual: data.actual,
      difference: data.difference,
      unit: identity.unit,
      related,
      identity: identity.id,
    });
  }
}
