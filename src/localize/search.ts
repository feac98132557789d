/**
 * Fellegi–Holt error localization for one connected group of violated identities: the smallest (then lightest)
 * set of cells whose change makes every identity hold — violated ones fixed, held ones kept.
 */
import { Decimal } from 'decimal.js';
import { type Constraint, holdsAfter } from './model.js';
import { solve } from './linear.js';

export interface Explanation {
  cells: string[];
  delta: Map<string, Decimal>;
  weight: number;
}

/** Cells in fewer identities weigh less: a leaf printed once is a likelier typo than a total repeated elsewhere. */
export function weightOf(cell: string, byCell: Map<string, Constraint[]>): number {
  return 1 + 0.01 * (byCell.get(cell)?.length ?? 0);
}

function* subsets<T>(items: T[], size: number, start = 0, acc: T[] = []): Generator<T[]> {
  if (acc.length === size) {
    yield acc;
    return;
  }
  for (let i = start; i <= items.length - (size - acc.length); i++) yield* subsets(items, size, i + 1, [...acc, items[i]]);
}

function tryCells(cells: string[], violated: Constraint[], byCell: Map<string, Constraint[]>): Map<string, Decimal> | undefined {
  // Every violated identity must contain a changed cell, or no change of these cells can fix it.
  if (!violated.every((c) => cells.some((k) => c.coef.has(k)))) return undefined;
  const eqs = violated.filter((c) => c.identity.relation === 'eq');
  const a = eqs.map((c) => cells.map((k) => c.coef.get(k) ?? new Decimal(0)));
  const b = eqs.map((c) => c.difference.neg());
  const x = eqs.length > 0 ? solve(a, b) : undefined;
  if (!x) return undefined;
  const delta = new Map(cells.map((k, i) => [k, x[i]]));
  if ([...delta.values()].some((v) => v.isZero())) return undefined;
  const touched = new Set(cells.flatMap((k) => byCell.get(k) ?? []));
  for (const c of touched) if (!holdsAfter(c, delta)) return undefined;
  for (const c of violated) if (!touched.has(c)) return undefined;
  return delta;
}

export interface SearchResult {
  best?: Explanation;
  /** Other explanations of the same size and weight. */
  ties: Explanation[];
}

export function searchGroup(violated: Constraint[], byCell: Map<string, Constraint[]>, maxSize: number): SearchResult {
  const candidates = [...new Set(violated.flatMap((c) => [...c.coef.keys()]))];
  for (let size = 1; size <= maxSize; size++) {
    if (size === 3 && candidates.length > 40) break; // C(40,3) ≈ 10⁴ systems: beyond that, the greedy fallback
    const found: Explanation[] = [];
    for (const cells of subsets(candidates, size)) {
      const delta = tryCells(cells, violated, byCell);
      if (delta) found.push({ cells, delta, weight: cells.reduce((w, k) => w + weightOf(k, byCell), 0) });
    }
    if (found.length > 0) {
      found.sort((x, y) => x.weight - y.weight);
      const best = found[0];
      return { best, ties: found.slice(1).filter((e) => Math.abs(e.weight - best.weight) < 1e-9) };
    }
  }
  return { ties: [] };
}
