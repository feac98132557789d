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
      if (!c.aside && !c.comparand) lastAmount = c;
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

/** Merge "增加D万元，增长G%" into one change, then find the amounts it compares: this year's, and the year before's. */
export function linkChanges(claims: Claim[]): void {
  const seen = new Map<string, AmountClaim[]>();
  let lastChange: ChangeClaim | undefined;
  /** The amounts of the sentence read so far. */
  let said: AmountClaim[] = [];
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.kind === 'amount') {
      if (said[0]?.sentence !== c.sentence) said = [];
      said.push(c);
      if (c.aside) continue;
      lastChange = undefined;
      if (c.comparand) continue;
      const key = pathKey(c.sentence.section);
      if (!seen.has(key)) seen.set(key, []);
      seen.get(key)!.push(c);
      continue;
    }
    if (c.kind !== 'change') continue;
    if (said[0]?.sentence !== c.sentence) said = [];
    if (lastChange && mergeable(lastChange, c)) {
      lastChange.percent = c.percent;
      if (c.direction !== lastChange.direction) lastChange.percentDirection = c.direction;
      claims.splice(i, 1);
      i--;
      lastChange = undefined;
      continue;
    }
    const current = currentOf(c, said, seen.get(pathKey(c.sentence.section)) ?? []);
    if (current) c.current = current;
    const prior = current && priorOf(current, said);
    if (prior) c.prior = prior;
    if (c.subject === '' && c.current) c.subject = c.current.subject;
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

const plainMoney = (a: AmountClaim) => !a.aside && !a.comparand && a.quantity.dimension === 'money';

/** This year's amount: the last plain one of the sentence, or, for a change that names its subject, by name. */
function currentOf(c: ChangeClaim, said: AmountClaim[], section: AmountClaim[]) {
  const dim = c.delta?.dimension ?? 'money';
  if (c.subject === '') {
    const last = said.filter((a) => !a.aside && !a.comparand).pop();
    return last && last.quantity.dimension === dim ? last : undefined;
  }
  const key = subjectKey(c.subject);
  for (let i = section.length - 1; i >= 0; i--) {
    const a = section[i];
    if (subjectKey(a.subject) === key && a.quantity.dimension === dim) return a;
  }
  return undefined;
}

/**
 * The year before's amount of a change: the last comparand its sentence states before it, when nothing else
 * stands between them but this year's amount ("P，C，比…增长G%", "C，比…P减少D"); otherwise none.
 */
function priorOf(current: AmountClaim, said: AmountClaim[]): AmountClaim | undefined {
  let k = said.length - 1;
  while (k >= 0 && !(said[k].comparand && said[k].quantity.dimension === 'money')) k--;
  if (k < 0 || current.sentence !== said[k].sentence) return undefined;
  const between = said.slice(k + 1).filter(plainMoney);
  const fits =
    between.length === 0 ? said.indexOf(current) < k : between.length === 1 && between[0] === current;
  return fits ? said[k] : undefined;
}
