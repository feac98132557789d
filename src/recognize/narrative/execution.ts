/**
 * 决算 comparisons: an item quotes its 预算数 (年初预算, 全年预算) and its 决算数, then says how they compare —
 * "完成年初预算的95.89%", "决算数大于年初预算数", "决算数与全年预算数持平". Each such phrase becomes an execution claim
 * holding the two amounts of the same paragraph it speaks of; which budget is meant is read from the words, never
 * guessed: a phrase naming 年初 takes the 年初 amount, and a bare 预算 takes the one budget the item quotes.
 */
import { Decimal } from 'decimal.js';
import type { AmountClaim, Claim, ExecutionClaim, ExecutionRelation, Sentence } from './claims.js';

type Kind = ExecutionClaim['budgetKind'];

const KIND = '(年初|全年|调整后?)?';
const RATE = new RegExp(`完成了?${KIND}预算(?:数)?的?\\s*(\\d+(?:\\.\\d+)?)\\s*%`, 'gu');
const RELATION = new RegExp(
  `决算数?(?:(大于|高于|超过|多于|小于|低于|少于|等于)${KIND}预算|与${KIND}预算数?(基本)?(持平|一致|相等|相同))`,
  'gu',
);
const RELATIONS: Record<string, ExecutionRelation> = {
  大于: 'more',
  高于: 'more',
  超过: 'more',
  多于: 'more',
  小于: 'less',
  低于: 'less',
  少于: 'less',
  等于: 'equal',
};

const kindOf = (word: string | undefined): Kind =>
  word === undefined ? '' : word === '年初' ? '年初' : '全年';

/** The words of the amount's own clause before it: "全年预算为", "支出决算为". */
function lead(a: AmountClaim): string {
  const before = a.sentence.text.slice(0, a.at);
  const cut = Math.max(...[',', ';', ':', '。'].map((c) => before.lastIndexOf(c)));
  return before.slice(cut + 1).replace(/\s+/gu, '');
}

interface Quoted {
  amount: AmountClaim;
  role: 'budget' | 'actual';
  kind: Kind;
}

function quoted(a: AmountClaim): Quoted | undefined {
  if (a.quantity.dimension !== 'money') return undefined;
  const words = lead(a);
  const budget = /(年初|全年|调整后?)?预算(数)?(为|是)?$/u.exec(words);
  if (budget && !/决算/u.test(words)) return { amount: a, role: 'budget', kind: kindOf(budget[1]) };
  if (/决算(数)?(为|是)?$/u.test(words)) return { amount: a, role: 'actual', kind: '' };
  return undefined;
}

/** The budget a phrase names among those the item quoted before it; none when the words leave it open. */
function budgetFor(kind: Kind, budgets: Quoted[]): AmountClaim | undefined {
  if (kind !== '') return [...budgets].reverse().find((b) => b.kind === kind)?.amount;
  const kinds = new Set(budgets.map((b) => b.kind));
  return kinds.size === 1 ? budgets[budgets.length - 1].amount : undefined;
}

function claimAt(s: Sentence, at: number, words: string, kind: Kind, before: Quoted[]): ExecutionClaim {
  const budget = budgetFor(
    kind,
    before.filter((q) => q.role === 'budget'),
  );
  const actual = [...before].reverse().find((q) => q.role === 'actual')?.amount;
  const claim: ExecutionClaim = { kind: 'execution', budgetKind: kind, subject: '', words, sentence: s, at };
  if (budget) claim.budget = budget;
  if (actual) {
    claim.actual = actual;
    claim.subject = actual.subject;
  }
  return claim;
}

/** Execution claims of every paragraph, from its sentences and the amount claims already read from them. */
export function executionClaims(sentences: Sentence[], claims: Claim[]): ExecutionClaim[] {
  const amounts = new Map<Sentence, AmountClaim[]>();
  for (const c of claims)
    if (c.kind === 'amount') amounts.set(c.sentence, [...(amounts.get(c.sentence) ?? []), c]);
  const out: ExecutionClaim[] = [];
  let paragraph = -1;
  let seen: Quoted[] = [];
  for (const s of sentences) {
    if (s.paragraph !== paragraph) [paragraph, seen] = [s.paragraph, []];
    const own = (amounts.get(s) ?? []).map(quoted).filter((q): q is Quoted => q !== undefined);
    const upTo = (at: number) => [...seen, ...own.filter((q) => q.amount.at < at)];
    for (const m of s.text.matchAll(RATE)) {
      const at = m.index ?? 0;
      const claim = claimAt(s, at, m[0], kindOf(m[1]), upTo(at));
      claim.rate = {
        value: new Decimal(m[2]),
        decimals: m[2].includes('.') ? m[2].length - m[2].indexOf('.') - 1 : 0,
        printed: `${m[2]}%`,
        unit: '%',
        dimension: 'percent',
      };
      out.push(claim);
    }
    for (const m of s.text.matchAll(RELATION)) {
      const at = m.index ?? 0;
      const relation: ExecutionRelation = m[1] ? RELATIONS[m[1]] : m[4] ? 'about' : 'equal';
      const claim = claimAt(s, at, m[0], kindOf(m[2] ?? m[3]), upTo(at));
      claim.relation = relation;
      out.push(claim);
    }
    seen = [...seen, ...own];
  }
  return out;
}
