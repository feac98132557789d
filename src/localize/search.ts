/**
 * Fellegi–Holt error localization for one connected group of violated identities: the smallest (then lightest)
 * set of cells whose change makes every identity hold — violated ones fixed, held ones kept.
 */
import { Decimal } from 'decimal.js';
import { solve, solveApprox } from './linear.js';
import { type Constraint, clearlyFailsAfter, holdsAfter } from './model.js';

export interface Explanation {
  cells: string[];
  delta: Map<string, Decimal>;
  weight: number;
}

/** Cells in fewer identities weigh less: a leaf printed once is a likelier typo than a total repeated elsewhere. */
export function weightOf(cell: string, byCell: Map<string, Constraint[]>): number {
  return 1 + 0.01 * (byCell.get(cell)?.length ?? 0);
}

/** A change is plausible when it keeps a non-negative amount non-negative (budget tables print no negatives). */
export type Plausible = (cell: string, delta: Decimal) => boolean;

/**
 * The violated equalities of a group and, per candidate cell, its column of their float coefficients: made once per
 * group rather than once per set of cells tried (a group of 20 identities and 60 cells tries thousands of sets).
 */
interface Prepared {
  eqs: Constraint[];
  columns: Map<string, number[]>;
  rhs: number[];
}

function prepare(violated: Constraint[], candidates: string[]): Prepared {
  const eqs = violated.filter((c) => c.identity.relation === 'eq');
  const columns = new Map(candidates.map((k) => [k, eqs.map((c) => c.approx.coef.get(k) ?? 0)]));
  return { eqs, columns, rhs: eqs.map((c) => -c.approx.difference) };
}

function tryCells(
  cells: string[],
  violated: Constraint[],
  { eqs, columns, rhs }: Prepared,
  byCell: Map<string, Constraint[]>,
  plausible: Plausible,
): Map<string, Decimal> | undefined {
  const cols = cells.map((k) => columns.get(k) ?? []);
  const guess = solveApprox(
    eqs.map((_, r) => cols.map((col) => col[r])),
    rhs,
  );
  if (!guess) return undefined;
  for (const k of cells)
    for (const c of byCell.get(k) ?? []) if (clearlyFailsAfter(c, cells, guess)) return undefined;
  const a = eqs.map((c) => cells.map((k) => c.coef.get(k) ?? new Decimal(0)));
  const b = eqs.map((c) => c.difference.neg());
  const x = eqs.length > 0 ? solve(a, b) : undefined;
  if (!x) return undefined;
  const delta = new Map(cells.map((k, i) => [k, x[i]]));
  if ([...delta].some(([k, v]) => v.isZero() || !plausible(k, v))) return undefined;
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

/**
 * Sets of cells that together touch every violated identity, smallest first. Coverage is a bit mask per cell,
 * so the ~10⁴ triples of a large group cost little before any system is solved.
 */
function* coveringSets(
  candidates: string[],
  masks: number[],
  full: number,
  size: number,
): Generator<string[]> {
  const n = candidates.length;
  if (size === 1) {
    for (let i = 0; i < n; i++) if (masks[i] === full) yield [candidates[i]];
    return;
  }
  if (size === 2) {
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++)
        if ((masks[i] | masks[j]) === full) yield [candidates[i], candidates[j]];
    return;
  }
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      for (let k = j + 1; k < n; k++)
        if ((masks[i] | masks[j] | masks[k]) === full) yield [candidates[i], candidates[j], candidates[k]];
}

export function searchGroup(
  violated: Constraint[],
  byCell: Map<string, Constraint[]>,
  maxSize: number,
  plausible: Plausible,
): SearchResult {
  // More violated identities than a mask holds: no 1–3 cells explain them all; the greedy fallback will try.
  if (violated.length > 30) return { ties: [] };
  const candidates = [...new Set(violated.flatMap((c) => [...c.coef.keys()]))];
  const masks = candidates.map((k) => violated.reduce((m, c, i) => (c.coef.has(k) ? m | (1 << i) : m), 0));
  const full = violated.length === 30 ? 0x3fffffff : (1 << violated.length) - 1;
  const prepared = prepare(violated, candidates);
  for (let size = 1; size <= maxSize; size++) {
    if (size === 3 && candidates.length > 80) break;
    const found: Explanation[] = [];
    for (const cells of coveringSets(candidates, masks, full, size)) {
      const delta = tryCells(cells, violated, prepared, byCell, plausible);
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
