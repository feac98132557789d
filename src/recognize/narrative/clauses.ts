/**
 * A sentence cut into clauses at , ; 、 : (outside brackets), and the numbers of each clause with the words
 * that bind them: 比上年增加 D 万元 (a change), 占 Y% (a share), or a plain amount after its subject.
 * One left-to-right pass per sentence: linear in its length.
 */
import { Decimal } from 'decimal.js';
import type { Dimension, Direction, Quantity } from './claims.js';
import { leadingMarker, type Marker } from './text.js';

export type Separator = ',' | ';' | '、' | ':' | '';

export interface Clause {
  text: string;
  /** Offset in the sentence. */
  start: number;
  /** The separator that ends it ('' at the end of the sentence). */
  sep: Separator;
  marker?: Marker;
  /** Text after the leading numbering marker. */
  body: string;
  bodyStart: number;
}

const OPEN = '(（[【《〔';
const CLOSE = ')）]】》〕';
const SEPARATORS = new Set([',', ';', '、', ':']);

export function splitClauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number, sep: Separator) => {
    const text = sentence.slice(start, end);
    const marker = leadingMarker(text);
    const skip = marker?.length ?? 0;
    const clause: Clause = { text, start, sep, body: text.slice(skip), bodyStart: start + skip };
    if (marker) clause.marker = marker;
    out.push(clause);
    start = end + 1;
  };
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SEPARATORS.has(c)) push(i, c as Separator);
  }
  if (start <= sentence.length) push(sentence.length, '');
  return out.filter((c) => c.text.trim() !== '' || c.sep !== '');
}

/** Separator strength: a list whose items are separated by 、 ends at the first , or ;. */
export const SEP_RANK: Record<Separator, number> = { '、': 1, ',': 2, ':': 2, ';': 3, '': 4 };

export type TokenRole = 'plain' | 'delta' | 'share' | 'change-percent' | 'other-percent';

export interface Token {
  quantity: Quantity;
  /** The whole a share names: "占部门支出总额的22%" → "部门支出总额". */
  named?: string;
  role: TokenRole;
  /** Inside brackets opened in the clause ("（含上年结转Y万元）"). */
  aside?: true;
  direction?: Direction;
  /** Offset in the sentence. */
  at: number;
  /** Words between the previous token (or the clause start) and this one, verbs removed. */
  prefix: string;
}

const UNITS: Record<string, { unit: string; dimension: Dimension }> = {
  万元: { unit: '万元', dimension: 'money' },
  万: { unit: '万元', dimension: 'money' },
  亿元: { unit: '亿元', dimension: 'money' },
  千元: { unit: '千元', dimension: 'money' },
  元: { unit: '元', dimension: 'money' },
  '%': { unit: '%', dimension: 'percent' },
};
const COUNT_WORDS = ['台(套)', '个', '人', '辆', '台', '套', '项', '家', '名'];
for (const w of COUNT_WORDS) UNITS[w] = { unit: w, dimension: 'count' };

const NUMBER =
  /(?<![\d.A-Za-z第])(\d+(?:\.\d+)?)(万元|亿元|千元|元|万(?![\u4e00-\u9fff])|%|台\(套\)|个|人|辆|台|套|项|家|名)?/gu;
const CHANGE_VERB =
  /(?:(?:比|较|同比|与)?(?:上年|上一年|去年|\d{4}年)(?:度)?(?:年初预算数?|全年预算数?|预算数?|决算数?|执行数)?)?(增加|增长|上升|提高|减少|下降|降低|减)了?(?:约)?$/u;
/** "比2025年财政拨款三公经费年初预算": the words from 比 on name what the change is against, not its subject. */
const AGAINST = /(?:同比|比|较|与)(?=上年|上一年|去年|\d{4}年).*$/u;
const SHARE_VERB = /占([^,;:]{0,16}?)(?:的|比例为|比重为|比例|比重|为)?$/u;
/** Words after 占 that name no whole: "占比", "占总额的". */
const UNNAMED = /^(比|比例|比重|总额|总数|总量|全部|合计|总|其)?$/u;
/** A money word ending the subject makes a bare number an amount whose unit was left out. */
const MONEY_SUBJECT = /(结余|结转|拨款|收入|支出|经费|预算|资金|费)$/u;
const THRESHOLD_AFTER = /^(以上|以下|以内|\/)/u;
const INCREASE = new Set(['增加', '增长', '上升', '提高']);

function quantity(digits: string, unitText: string | undefined): Quantity | undefined {
  if (!unitText) return undefined;
  const u = UNITS[unitText];
  const dot = digits.indexOf('.');
  return {
    value: new Decimal(digits),
    decimals: dot < 0 ? 0 : digits.length - dot - 1,
    printed: `${digits}${unitText === '万' ? '万元' : unitText}`,
    unit: u.unit,
    dimension: u.dimension,
  };
}

/** The numbers of a clause, each with its role. `moneyUnit` is the unit a bare number is assumed to carry. */
export function clauseTokens(clause: Clause, moneyUnit: string | undefined): Token[] {
  const out: Token[] = [];
  const body = clause.body;
  let prev = 0;
  for (const m of body.matchAll(NUMBER)) {
    const at = m.index ?? 0;
    const after = body.slice(at + m[0].length);
    const before = body.slice(prev, at).replace(/\s+/gu, '');
    // "(221类)(02款)(01项)": a code level in brackets, not a count of items.
    if (body[at - 1] === '(' && /^(类|款|项)?\)/u.test(body.slice(at + m[1].length))) continue;
    let q = quantity(m[1], m[2]);
    if (!q) {
      const bare = /^[\s。!?]*$/u.test(after) && moneyUnit !== undefined && MONEY_SUBJECT.test(before);
      if (!bare) continue;
      q = { ...quantity(m[1], moneyUnit)!, printed: m[1], unitMissing: true };
    }
    if (q.dimension === 'money' && THRESHOLD_AFTER.test(after)) continue;
    prev = at + m[0].length;
    const change = CHANGE_VERB.exec(before);
    if (change) {
      const direction: Direction = INCREASE.has(change[1]) ? 'increase' : 'decrease';
      const role: TokenRole = q.dimension === 'percent' ? 'change-percent' : 'delta';
      out.push({
        quantity: q,
        role,
        direction,
        at: clause.bodyStart + at,
        prefix: before.slice(0, change.index).replace(AGAINST, ''),
      });
      continue;
    }
    if (q.dimension === 'percent') {
      const share = SHARE_VERB.exec(before);
      const role: TokenRole = share ? 'share' : 'other-percent';
      out.push({
        quantity: q,
        role,
        at: clause.bodyStart + at,
        prefix: share ? before.slice(0, share.index) : before,
        ...(share && !UNNAMED.test(share[1]) ? { named: share[1] } : {}),
      });
      continue;
    }
    const open = openBracket(body.slice(0, at));
    if (open >= 0) {
      // An aside's own words are those inside its bracket.
      const words = body.slice(open + 1, at).replace(/\s+/gu, '');
      out.push({ quantity: q, role: 'plain', at: clause.bodyStart + at, prefix: words, aside: true });
      continue;
    }
    out.push({ quantity: q, role: 'plain', at: clause.bodyStart + at, prefix: before });
  }
  return out;
}

/** Where the bracket still open at the end of the text was opened, or -1. */
function openBracket(text: string): number {
  const opens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (OPEN.includes(text[i])) opens.push(i);
    else if (CLOSE.includes(text[i])) opens.pop();
  }
  return opens.length > 0 ? opens[opens.length - 1] : -1;
}

const CONNECTIVE = /^(其中|包括|主要用于|主要包括|主要是|分别是|分别为|具体为|具体是|具体包括|主要有|含)/u;
const CONNECTIVE_END = /(其中|包括|主要用于|主要包括|分别是|分别为|具体为|具体是|具体包括|主要有)$/u;
const SELECTIVE = /^(主要)/u;

export interface Connective {
  word: string;
  /** The connective ends the clause ("收入预算包括："): its items start in the next clause. */
  atEnd: boolean;
  exhaustive: boolean;
}

export function clauseConnective(clause: Clause): Connective | undefined {
  const body = clause.body.trim();
  const start = CONNECTIVE.exec(body);
  const m = start ?? CONNECTIVE_END.exec(body);
  if (!m) return undefined;
  const atEnd = !start || body.length === m[0].length;
  return { word: m[1], atEnd, exhaustive: !SELECTIVE.test(m[1]) };
}

export function isFlat(clause: Clause): boolean {
  return /持平/u.test(clause.body);
}
