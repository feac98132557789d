/**
 * Independent groups of violated identities: identities that share a cell belong together (one typo breaks
 * several identities at once), and groups no cell links are solved separately, so ten unrelated misprints cost
 * ten small searches instead of one enormous one.
 */
import type { Constraint } from './model.js';

export function groupsOf(violated: Constraint[]): Constraint[][] {
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

/**
 * Pairs of groups whose cells one held identity ties together (a 类 and its only 款 printed equal): such a pair
 * may be one error seen from two sides. Merging every linked group up front was tried: on real documents with
 * several errors it makes groups no set of 3 cells can explain, and nothing is reported; so pairs are tried only
 * after each group failed alone.
 */
export function linkedPairs(groups: Constraint[][], held: Constraint[]): [number, number][] {
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
