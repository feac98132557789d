/**
 * Fallback beyond the exact search (groups needing more than 3 changed cells, or too many candidates):
 * repeatedly take the cell that appears in the most still-violated identities and set it so that the first of
 * them holds; keep the change only if it makes at least two violated identities hold (one would be a guess).
 */
import { Decimal } from 'decimal.js';
import { type Constraint, holdsAfter } from './model.js';

export function greedy(
  violated: Constraint[],
  byCell: Map<string, Constraint[]>,
  rounds = 5,
): Map<string, Decimal> {
  const delta = new Map<string, Decimal>();
  let open = violated.filter((c) => !holdsAfter(c, delta));
  for (let round = 0; round < rounds && open.length > 1; round++) {
    const counts = new Map<string, number>();
    for (const c of open)
      for (const k of c.coef.keys()) if (!delta.has(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
    const ranked = [...counts.entries()].sort(
      (a, b) => b[1] - a[1] || (byCell.get(a[0])?.length ?? 0) - (byCell.get(b[0])?.length ?? 0),
    );
    let progressed = false;
    for (const [k] of ranked.slice(0, 5)) {
      const first = open.find((c) => c.coef.has(k) && c.identity.relation === 'eq');
      if (!first) continue;
      const trial = new Map(delta);
      trial.set(k, first.difference.neg().div(first.coef.get(k)!));
      const fixed = open.filter((c) => holdsAfter(c, trial)).length;
      const broken = (byCell.get(k) ?? []).filter((c) => !c.violated && !holdsAfter(c, trial)).length;
      if (fixed >= 2 && broken === 0) {
        delta.set(k, trial.get(k)!);
        open = open.filter((c) => !holdsAfter(c, delta));
        progressed = true;
        break;
      }
    }
    if (!progressed) break;
  }
  for (const [k, v] of delta) if (v.isZero()) delta.delete(k);
  return delta;
}

export function explained(violated: Constraint[], delta: Map<string, Decimal>): Constraint[] {
  return violated.filter((c) => [...delta.keys()].some((k) => c.coef.has(k)) && holdsAfter(c, delta));
}
export const ZERO = new Decimal(0);
