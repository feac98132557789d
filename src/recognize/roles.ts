/**
 * Row roles: the profile names the lines of outline and two-sided tables (本年收入, 收入总计, 公务接待费 …).
 * A role names one row: the first that matches, in printed order, among rows under the required parent.
 */
import type { Row } from '../model/disclosure.js';
import type { RowRoleSpec } from '../profiles/types.js';
import { matches, norm } from './normalize.js';

function ancestors(row: Row, byIndex: Map<number, Row>): Row[] {
  const out: Row[] = [];
  let p = row.parent === undefined ? undefined : byIndex.get(row.parent);
  while (p && out.length < 8) {
    out.push(p);
    p = p.parent === undefined ? undefined : byIndex.get(p.parent);
  }
  return out;
}

export function assignRowRoles(rows: Row[], specs: RowRoleSpec[] | undefined): void {
  if (!specs) return;
  const byIndex = new Map(rows.map((r) => [r.index, r]));
  const used = new Map<string, number>();
  for (const row of rows) {
    if (row.code) continue;
    const name = norm(row.name);
    for (const spec of specs) {
      if (used.has(spec.role) || (spec.side && spec.side !== row.side)) continue;
      if (!matches(spec.name, name)) continue;
      if (spec.under && !ancestors(row, byIndex).some((a) => a.role === spec.under)) continue;
      if (spec.after && !((used.get(spec.after) ?? Number.POSITIVE_INFINITY) < row.index)) continue;
      row.role = spec.role;
      used.set(spec.role, row.index);
      break;
    }
  }
}
