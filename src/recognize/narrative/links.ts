/**
 * Links between claims that sentence structure implies: a share is of the amount before it and of the whole
 * that amount belongs to; a change is of this year's amount with the same subject.
 */
import type { AmountClaim, ChangeClaim, Claim, PartsClaim, ShareClaim } from './claims.js';
import { subjectKey } from './subject.js';
import { leadingMarker, normalizeNarrative } from './text.js';

const sameSentence = (a: Claim, b: Claim) => a.sentence === b.sentence;
const pathKey = (p: string[]) => p.join('\u0001');

/**
 * Where to look for the whole of a share stated in another paragraph: the share's own section, or, when the
 * section is a sub-section ((一), 1.), its siblings under the same parent (a whole stated in (一) is the base of
 * the structure listed in (二)).
 */
function wholeScope(section: string[]): string {
  const last = section[section.length - 1];
  const style = last === undefined ? undefined : leadingMarker(normalizeNarrative(last))?.style;
  const sub = style === 'cn-paren' || style === 'arabic' || style === 'arabic-paren';
  return pathKey(sub ? section.slice(0, -1) : section);
}

export function linkShares(claims: Claim[]): void {
  const listOf = new Map<AmountClaim, PartsClaim>();
  let lastAmount: AmountClaim | undefined;
  const wholes: PartsClaim[] = [];
  const amounts: AmountClaim[] = [];
  for (const c of claims) {
    if (c.kind === 'parts') {
      for (const p of c.parts) if (!listOf.has(p)) listOf.set(p, c);
      if (c.whole?.quantity.dimension === 'money') wholes.push(c);
    } else if (c.kind === 'amount') {
      if (!c.aside) lastAmount = c;
      if (c.quantity.dimension === 'money') amounts.push(c);
    } else if (c.kind === 'share' && lastAmount && sameSentence(c, lastAmount)) {
      linkShare(c, lastAmount, listOf, wholes, amounts);
    }
  }
}

/** The amount a share's words name as its whole: the last one stated before it under that name. */
function namedWhole(name: string, of: AmountClaim, amounts: AmountClaim[]): AmountClaim | undefined {
  const key = subjectKey(name);
  for (let i = amounts.length - 1; i >= 0; i--) {
    const a = amounts[i];
    if (a !== of && subjectKey(a.subject) === key) return a;
  }
  return undefined;
}

function linkShare(
  share: ShareClaim,
  of: AmountClaim,
  listOf: Map<AmountClaim, PartsClaim>,
  wholes: PartsClaim[],
  amounts: AmountClaim[],
) {
  if (of.quantity.dimension !== 'money') return;
  share.of = of;
  if (share.subject === '') share.subject = of.subject;
  // A whole the words name is that whole or none: never the whole of some list it does not name.
  if (share.baseName !== undefined) {
    const named = namedWhole(share.baseName, of, amounts);
    if (named) [share.base, share.baseBy] = [named, 'named'];
    return;
  }
  const list = listOf.get(of);
  if (list?.whole) {
    [share.base, share.baseBy] = [list.whole, 'list'];
    return;
  }
  const scope = wholeScope(share.sentence.section);
  for (let i = wholes.length - 1; i >= 0; i--) {
    const w = wholes[i];
    // The whole of a list stated before, only if the share stands in the list's own paragraph or the list
    // names this amount's subject: a share of something another list does not contain is not of its whole.
    const listed =
      w.sentence.paragraph === share.sentence.paragraph ||
      w.parts.some((p) => subjectKey(p.subject) === subjectKey(of.subject));
    if (pathKey(w.sentence.section).startsWith(scope) && w.whole !== of && listed) {
      [share.base, share.baseBy] = [w.whole, 'nearby'];
      return;
    }
  }
}

/** Merge "增加D万元，增长G%" into one change, then find the amount it is a change of. */
export function linkChanges(claims: Claim[]): void {
  const seen = new Map<string, AmountClaim[]>();
  let lastAmount: AmountClaim | undefined;
  let lastChange: ChangeClaim | undefined;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.kind === 'amount') {
      if (c.aside) continue;
      lastAmount = c;
      lastChange = undefined;
      const key = pathKey(c.sentence.section);
      if (!seen.has(key)) seen.set(key, []);
      seen.get(key)!.push(c);
      continue;
    }
    if (c.kind !== 'change') continue;
    if (lastChange && mergeable(lastChange, c)) {
      lastChange.percent = c.percent;
      if (c.direction !== lastChange.direction) lastChange.percentDirection = c.direction;
      claims.splice(i, 1);
      i--;
      lastChange = undefined;
      continue;
    }
    c.current = currentOf(c, lastAmount, seen.get(pathKey(c.sentence.section)) ?? []);
    if (c.subject === '' && c.current) c.subject = c.current.subject;
    if (!c.current) delete c.current;
    lastChange = c.delta ? c : undefined;
  }
}

function mergeable(delta: ChangeClaim, percent: ChangeClaim): boolean {
  return (
    sameSentence(delta, percent) &&
    delta.delta !== undefined &&
    delta.percent === undefined &&
    percent.percent !== undefined &&
    percent.delta === undefined &&
    (percent.subject === '' || subjectKey(percent.subject) === subjectKey(delta.subject))
  );
}

function currentOf(c: ChangeClaim, last: AmountClaim | undefined, section: AmountClaim[]) {
  const dim = c.delta?.dimension ?? 'money';
  if (c.subject === '')
    return last && sameSentence(c, last) && last.quantity.dimension === dim ? last : undefined;
  const key = subjectKey(c.subject);
  for (let i = section.length - 1; i >= 0; i--) {
    const a = section[i];
    if (subjectKey(a.subject) === key && a.quantity.dimension === dim) return a;
  }
  return undefined;
}
