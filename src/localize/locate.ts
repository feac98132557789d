/**
 * The localizer proper: per independent group of violated identities, the exact search over 1–3 cells; linked
 * pairs of groups next; the greedy heuristic last. Ties are listed, never resolved by guessing.
 */
import type { Decimal } from 'decimal.js';
import type { CellRef, EvaluatedIdentity } from '../model/identity.js';
import { explained, greedy } from './greedy.js';
import { groupsOf, linkedPairs } from './groups.js';
import { type CellInfo, type Constraint, toConstraint } from './model.js';
import { type Explanation, searchGroup } from './search.js';

/** A cell blamed for some violated identities, with the value that makes them hold. */
export interface LocalizedCell {
  cell: CellRef;
  /** Printed value, in the cell's own table unit. */
  actual: Decimal;
  suggested: Decimal;
  /** Ids of the violated identities this change makes hold. */
  explains: string[];
  /** Another explanation is exactly as likely (两种解释同样可能); its cells are listed too, also with tie. */
  tie: boolean;
}

export interface Localization {
  suspects: LocalizedCell[];
  /** Ids of violated identities no suspect explains (too many cells wrong, or too many equal explanations). */
  unexplained: string[];
}

export interface LocateOptions {
  /** Largest set of cells searched exactly (default 3). */
  maxSize?: number;
  /** Most equally likely explanations listed for one group; with more, the group is left unexplained (3). */
  maxTied?: number;
}

function parseKey(k: string): CellRef {
  const [table, row, ...col] = k.split('/');
  return { table, row: Number(row), column: col.join('/') };
}

function suspectsOf(e: Explanation, group: Constraint[], info: CellInfo, tie: boolean): LocalizedCell[] {
  return e.cells.map((k) => {
    const cell = parseKey(k);
    const actual = info.value(cell);
    const explains = group.filter((c) => c.coef.has(k) && c.violated).map((c) => c.identity.id);
    return { cell, actual, suggested: actual.plus(e.delta.get(k)!), explains, tie };
  });
}

/** One entry per cell and suggestion: two tied explanations may share a cell. */
function pushUnique(out: LocalizedCell[], more: LocalizedCell[]): void {
  for (const s of more) {
    const same = out.find(
      (o) =>
        o.cell.table === s.cell.table &&
        o.cell.row === s.cell.row &&
        o.cell.column === s.cell.column &&
        o.suggested.eq(s.suggested),
    );
    if (!same) out.push(s);
  }
}

function indexByCell(all: Constraint[]): Map<string, Constraint[]> {
  const byCell = new Map<string, Constraint[]>();
  for (const c of all) {
    for (const k of c.coef.keys()) {
      const list = byCell.get(k);
      if (list) list.push(c);
      else byCell.set(k, [c]);
    }
  }
  return byCell;
}

type GroupState = 'open' | 'solved' | 'ambiguous';

export function locate(
  identities: EvaluatedIdentity[],
  info: CellInfo,
  options: LocateOptions = {},
): Localization {
  // A consistent document (every identity holds) has nothing to localize: skip building its constraints.
  if (!identities.some((i) => i.outcome === 'mismatch')) return { suspects: [], unexplained: [] };
  const all = identities.map((i) => toConstraint(i, info));
  const byCell = indexByCell(all);
  // Budget tables print no negatives: a change that would turn a non-negative amount negative is no explanation.
  const plausible = (k: string, delta: Decimal) => {
    const actual = info.value(parseKey(k));
    return actual.isNegative() || !actual.plus(delta).isNegative();
  };
  const maxSize = options.maxSize ?? 3;
  const maxTied = options.maxTied ?? 3;
  const suspects: LocalizedCell[] = [];
  const groups = groupsOf(all.filter((c) => c.violated));
  const state: GroupState[] = groups.map(() => 'open');
  const attempt = (indices: number[]): void => {
    const group = indices.flatMap((i) => groups[i]);
    const { best, ties } = searchGroup(group, byCell, maxSize, plausible);
    if (!best) return;
    const listed = [best, ...ties];
    const verdict: GroupState = listed.length > maxTied ? 'ambiguous' : 'solved';
    for (const i of indices) state[i] = verdict;
    if (verdict === 'solved')
      for (const e of listed) pushUnique(suspects, suspectsOf(e, group, info, ties.length > 0));
  };
  for (let i = 0; i < groups.length; i++) attempt([i]);
  // A group no small change explains alone may be half of one error whose other half a held identity links.
  for (const [a, b] of linkedPairs(
    groups,
    all.filter((c) => !c.violated),
  )) {
    if (state[a] === 'open' && state[b] === 'open') attempt([a, b]);
  }
  groups.forEach((group, i) => {
    if (state[i] !== 'open') return;
    const delta = greedy(group, byCell);
    const cells = [...delta.keys()];
    if (cells.length > 0)
      suspects.push(...suspectsOf({ cells, delta, weight: 0 }, explained(group, delta), info, false));
  });
  const named = new Set(suspects.flatMap((s) => s.explains));
  const unexplained = all.filter((c) => c.violated && !named.has(c.identity.id)).map((c) => c.identity.id);
  return { suspects, unexplained };
}
