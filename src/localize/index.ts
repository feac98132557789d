/**
 * Error localization (DESIGN §6): from the evaluated identities, the cells most likely wrong and the values that
 * make every identity hold. Exact search over sets of 1–3 cells per independent group of violated identities;
 * beyond that a greedy fallback (the cell in most violated identities, repeatedly) — documented as a heuristic.
 */
import type { Decimal } from 'decimal.js';
import type { CellRef, EvaluatedIdentity } from '../model/identity.js';
import type { SuspectCell } from '../pipeline/localize-findings.js';
import { explained, greedy } from './greedy.js';
import { type CellInfo, type Constraint, toConstraint } from './model.js';
import { searchGroup } from './search.js';

export type { CellInfo } from './model.js';

function parseKey(k: string): CellRef {
  const [table, row, ...col] = k.split('/');
  return { table, row: Number(row), column: col.join('/') };
}

/**
 * Violated identities that share a cell belong together: one typo breaks several identities at once. (Merging
 * groups that a held identity ties together was tried: on real documents with several errors it makes groups no
 * set of 3 cells can explain, and nothing is reported.)
 */
function groupsOf(violated: Constraint[]): Constraint[][] {
  const parent = violated.map((_, i) => i);
  const find = (i: number): number => {
    if (parent[i] !== i) parent[i] = find(parent[i]);
    return parent[i];
  };
  const owner = new Map<string, number>();
  violated.forEach((c, i) => {
    for (const k of c.coef.keys()) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Constraint[]>();
  violated.forEach((c, i) => {
    const list = groups.get(find(i));
    if (list) list.push(c);
    else groups.set(find(i), [c]);
  });
  return [...groups.values()];
}

function toSuspects(
  cells: string[],
  delta: Map<string, Decimal>,
  group: Constraint[],
  info: CellInfo,
  tie: boolean,
): SuspectCell[] {
  return cells.map((k) => {
    const ref = parseKey(k);
    const actual = info.value(ref);
    return {
      cell: ref,
      actual,
      suggested: actual.plus(delta.get(k)!),
      identities: group.filter((c) => c.coef.has(k)).map((c) => c.identity.id),
      tie,
    };
  });
}

export interface LocalizeOptions {
  /** Largest set of cells searched exactly (default 3). */
  maxSize?: number;
}

/** Pairs of groups whose cells one held identity ties together (a 类 and its 款 printed equal). */
function linkedPairs(groups: Constraint[][], held: Constraint[]): [number, number][] {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const c of g) for (const k of c.coef.keys()) groupOf.set(k, i);
  });
  const pairs = new Set<string>();
  for (const h of held) {
    const gs = [...new Set([...h.coef.keys()].flatMap((k) => groupOf.get(k) ?? []))];
    for (let i = 0; i < gs.length; i++)
      for (let j = i + 1; j < gs.length; j++)
        pairs.add(`${Math.min(gs[i], gs[j])},${Math.max(gs[i], gs[j])}`);
  }
  return [...pairs].map((p) => p.split(',').map(Number) as [number, number]);
}

export function localize(
  identities: EvaluatedIdentity[],
  info: CellInfo,
  options: LocalizeOptions = {},
): SuspectCell[] {
  const all = identities.map((i) => toConstraint(i, info));
  const byCell = new Map<string, Constraint[]>();
  for (const c of all) {
    for (const k of c.coef.keys()) {
      const list = byCell.get(k);
      if (list) list.push(c);
      else byCell.set(k, [c]);
    }
  }
  const plausible = (k: string, delta: Decimal) => {
    const actual = info.value(parseKey(k));
    return actual.isNegative() || !actual.plus(delta).isNegative();
  };
  const maxSize = options.maxSize ?? 3;
  const out: SuspectCell[] = [];
  const groups = groupsOf(all.filter((c) => c.violated));
  const solved = new Set<number>();
  const accept = (indices: number[]): boolean => {
    const group = indices.flatMap((i) => groups[i]);
    const { best, ties } = searchGroup(group, byCell, maxSize, plausible);
    if (!best) return false;
    out.push(...toSuspects(best.cells, best.delta, group, info, ties.length > 0));
    for (const i of indices) solved.add(i);
    return true;
  };
  for (let i = 0; i < groups.length; i++) accept([i]);
  // A group no small change explains alone may be half of one error whose other half a held identity links.
  for (const [a, b] of linkedPairs(
    groups,
    all.filter((c) => !c.violated),
  )) {
    if (!solved.has(a) && !solved.has(b)) accept([a, b]);
  }
  groups.forEach((group, i) => {
    if (solved.has(i)) return;
    const delta = greedy(group, byCell);
    if (delta.size > 0)
      out.push(...toSuspects([...delta.keys()], delta, explained(group, delta), info, false));
  });
  return out;
}
