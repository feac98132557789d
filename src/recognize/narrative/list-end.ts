/**
 * When a "其中：…" list has ended: its items already make its whole, or — for a list of one item, whose items no
 * separator has told apart yet — the next amount could not be a second item.
 */
import type { AmountClaim, PartsClaim } from './claims.js';
import { SEP_RANK } from './clauses.js';

/** A list whose items add up to its whole exactly, as printed ("其中：财政拨款收入100万元"). */
export function complete(list: PartsClaim): boolean {
  const whole = list.whole?.quantity;
  if (!whole || list.parts.length === 0) return false;
  if (list.parts.some((p) => p.quantity.unit !== whole.unit)) return false;
  const sum = list.parts.reduce((t, p) => t.plus(p.quantity.value), whole.value.minus(whole.value));
  return sum.eq(whole.value);
}

/**
 * Whether a list of one item has ended before an amount that could be its second: no separator yet tells its items
 * apart, so an amount after a comma or semicolon is read as an item only where the grammar allows nothing else.
 * It has ended when its item is already its whole ("其中：财政拨款收入100万元；支出预算…"), or when a semicolon comes
 * first and the amount would take the list past its whole ("其中：财政拨款收入80万元；支出预算100万元，…"). After
 * 、 the amount is an item. `sep` is the strongest separator since the item.
 */
export function closedBefore(list: PartsClaim, next: AmountClaim, sep: number): boolean {
  if (list.parts.length !== 1 || sep <= SEP_RANK['、']) return false;
  if (complete(list)) return true;
  const whole = list.whole?.quantity;
  const first = list.parts[0].quantity;
  if (!whole || sep < SEP_RANK[';'] || next.quantity.unit !== whole.unit || first.unit !== whole.unit)
    return false;
  return first.value.plus(next.quantity.value).gt(whole.value);
}
