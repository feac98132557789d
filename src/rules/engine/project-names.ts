/**
 * Project names as different tables print them ("购置电脑项目" / "购置国产电脑"): a similarity score and a
 * one-to-one matching that prefers equal amounts among similar names.
 */
import type { Decimal } from 'decimal.js';

const FILLER = /项目|经费|专项|资金|费用|费|工作|的|[\s()（）【】《》"“”、,，.。:：-]/gu;

export function projectKey(name: string): string {
  return name.normalize('NFKC').replace(FILLER, '');
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** 1 for the same name; bigram Dice otherwise, at least 0.8 when one name is the other with words inserted. */
export function nameSimilarity(a: string, b: string): number {
  const x = projectKey(a);
  const y = projectKey(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const sub = short.length >= 3 && isSubsequence(short, long) ? 0.8 : 0;
  const bx = bigrams(x);
  const byList = bigrams(y);
  const remaining = new Map<string, number>();
  for (const g of byList) remaining.set(g, (remaining.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of bx) {
    const n = remaining.get(g) ?? 0;
    if (n === 0) continue;
    common++;
    remaining.set(g, n - 1);
  }
  const total = bx.length + byList.length;
  const dice = total === 0 ? 0 : (2 * common) / total;
  return Math.max(dice, sub);
}

export interface Named {
  name: string;
  amount?: Decimal;
}

/** Names below this similarity are different projects, whatever their amounts. */
export const SAME_PROJECT = 0.5;

/**
 * Greedy one-to-one matching by similarity, an equal amount breaking near-ties; returns index pairs and the
 * unmatched indexes of each side.
 */
export function matchProjects<A extends Named, B extends Named>(left: A[], right: B[]) {
  const pairs: { l: number; r: number; score: number }[] = [];
  for (const [l, a] of left.entries()) {
    for (const [r, b] of right.entries()) {
      const s = nameSimilarity(a.name, b.name);
      if (s < SAME_PROJECT) continue;
      const bonus = a.amount && b.amount && a.amount.eq(b.amount) ? 0.25 : 0;
      pairs.push({ l, r, score: s + bonus });
    }
  }
  pairs.sort((p, q) => q.score - p.score);
  const usedL = new Set<number>();
  const usedR = new Set<number>();
  const matched: { l: number; r: number }[] = [];
  for (const p of pairs) {
    if (usedL.has(p.l) || usedR.has(p.r)) continue;
    usedL.add(p.l);
    usedR.add(p.r);
    matched.push({ l: p.l, r: p.r });
  }
  return {
    matched: matched.sort((a, b) => a.l - b.l),
    onlyLeft: left.map((_, i) => i).filter((i) => !usedL.has(i)),
    onlyRight: right.map((_, i) => i).filter((i) => !usedR.has(i)),
  };
}
