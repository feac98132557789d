/**
 * Which amounts of a following sentence a list left open takes as its items ("支出X万元，其中：" then one item a
 * paragraph), and which it does not: a breakdown of the item before, the head of the next list, a restatement.
 */
import type { AmountClaim, Claim, PartsClaim, Sentence } from './claims.js';
import { SEP_RANK } from './clauses.js';
import { closedBefore, complete } from './list-end.js';
import { subjectKey } from './subject.js';

/** What the reader of the following sentence found: its first claim, its lists, its clauses after a semicolon. */
export interface SentenceItems {
  firstToken?: Claim;
  opened: boolean;
  semicolonLeads: AmountClaim[];
}

/** "其中，A…、B…": a sentence that breaks down the item before it; its amounts are no items of the outer list. */
const BREAKDOWN = /^\s*其中/u;

/**
 * A list left open by an earlier sentence takes the amount a following sentence starts with, and the amount each
 * of its clauses after a semicolon starts with (items the page printed on one line). A sentence that opens a list
 * of its own ("(1)…支出X万元，其中：") is the next list's head, not an item of this one.
 */
export function carryItems(pending: PartsClaim, reader: SentenceItems, sentence: Sentence): void {
  if (BREAKDOWN.test(sentence.text)) return;
  const lead = reader.firstToken;
  const candidates = lead?.kind === 'amount' ? [lead] : [];
  if (candidates.length > 0 && !reader.opened) candidates.push(...reader.semicolonLeads);
  for (const item of candidates) {
    const dim = pending.whole?.quantity.dimension ?? pending.parts[0]?.quantity.dimension;
    // A sentence that names an item again with its figure ("单位资金X万元，其中：…" after "单位资金X万元，占…")
    // restates it; one name with two figures is two items ("机关资本性支出（一）…；机关资本性支出（二）…").
    const again =
      item.subject !== '' &&
      pending.parts.some(
        (p) => subjectKey(p.subject) === subjectKey(item.subject) && p.quantity.value.eq(item.quantity.value),
      );
    // Across sentences no separator tells items apart: a list that has reached its whole takes no more.
    const ended = complete(pending) || closedBefore(pending, item, SEP_RANK[';']);
    if (ended) return;
    if ((dim === undefined || dim === item.quantity.dimension) && !again) pending.parts.push(item);
  }
}
