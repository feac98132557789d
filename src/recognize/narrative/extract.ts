/**
 * extractClaims: narrative paragraphs → sentences → typed claims. One pass over the sentences, each cut into
 * clauses once; lists that a sentence leaves open ("收入预算X万元，其中：") take the leading amounts of the
 * following paragraphs of the same section. Linear in the text length.
 */
import type { NarrativeParagraph } from '../../model/disclosure.js';
import { carryoverSaid, moneyUnitOf } from './amount-words.js';
import { carryItems } from './carried.js';
import type { AmountClaim, Claim, CountClaim, NarrativeClaims, PartsClaim, Sentence } from './claims.js';
import {
  type Clause,
  clauseConnective,
  clauseTokens,
  isFlat,
  SEP_RANK,
  type Separator,
  splitClauses,
} from './clauses.js';
import { enumerationClaims } from './enumerations.js';
import { executionClaims } from './execution.js';
import { blankClaims, placeholderClaims } from './gaps.js';
import { linkChanges, linkShares } from './links.js';
import { closedBefore, complete } from './list-end.js';
import { isClassPath } from './resolve.js';
import { narrativeUnits, splitSentences } from './sentences.js';
import { cleanSubject, isGenericSubject } from './subject.js';
import { normalizeNarrative } from './text.js';

interface OpenList {
  claim: PartsClaim;
  /** Separator strength between items, known from the second item on. */
  itemRank?: number;
  /** Strongest separator seen since the last item. */
  sinceItem: number;
  /** Words follow the connective in the sentence (so the list does not run on into the next sentence). */
  followed: boolean;
  /** The connective ended its clause ("其中："): the first item comes in the next clause. */
  atEnd: boolean;
}

/** State carried across sentences of one section: a list left open at the end of a sentence, a project. */
interface Carry {
  list?: PartsClaim;
  sectionKey: string;
  /** A heading that is only a classification path ("1、一般公共服务支出(类)社会工作事务(款)行政运行(项)。"). */
  classTopic?: string;
  /** The document's year: an amount its words date before it is last year's (a comparand). */
  year?: number;
  project?: { name: string; sentence: Sentence; claimed: boolean };
}

const sectionKey = (s: string[]) => s.join('\u0001');
/** The list after a count: words, then 分别是/包括/即 and the items up to the end of the sentence. */
const LISTED = /^([^,;:。]{0,12})[,;]?(分别是|分别为|分别有|包括|具体是|即)[:]?(.+)$/u;
const PROJECT_NAME = /^项目名称:(.+)$/u;
/** The last year an amount's own words name ("2025年执行数为"). */
const NAMED_YEAR = /(\d{4})年(?!.*\d{4}年)/u;
/**
 * Words that make an amount the figure a comparison is made against: "比2025年年初预算数P万元", "上年执行数为P万元".
 * (Not "上年结转P万元": a carry-over is this year's money.)
 */
const COMPARAND =
  /^(?:同比|比|较|与)(?:上年|上一年|去年|\d{4}年)|(?:上年|上一年|去年)度?(?:年初|全年)?(?:预算|执行|决算)?数?(?:为|是)?$/u;
const PROJECT_AMOUNT = /^(预算安排规模|预算规模|预算金额|项目金额|资金规模|项目资金|项目预算|预算数)/u;

/** A clause that restates a list's whole: "合计30万元", "共计…". */
const TOTAL_WORD = /^(合计|共计|总计|累计)/u;
/** "均为一般公共预算拨款", "全部为财政拨款": the whole amount is of one source. */
const ALL_OF = /^(?:全部|均|都|全)(?:为|是|系|属于?|来源于|来自)([^,;:。]{2,16}?)[。]?$/u;

class SentenceReader {
  readonly amounts: AmountClaim[] = [];
  readonly claims: Claim[] = [];
  private stack: OpenList[] = [];
  private topic = '';
  private lastPlain?: AmountClaim;
  /** The first claim of the sentence that came from a number. */
  firstToken?: Claim;
  /** A list the sentence opened and left without items. */
  dangling?: PartsClaim;
  /** The amount each clause after a semicolon starts with ("…减少;机关资本性支出（二）0.00万元，…"). */
  readonly semicolonLeads: AmountClaim[] = [];
  /** The sentence opened a list of its own: its amounts after a semicolon are that list's, not a carried one's. */
  opened = false;
  private afterSemicolon = false;
  /** The list the last separator closed: a "合计 X" right after it is its whole. */
  private justClosed?: PartsClaim;

  constructor(
    private readonly sentence: Sentence,
    private readonly carry: Carry,
  ) {}

  read(): void {
    const clauses = splitClauses(this.sentence.text);
    const moneyUnit = moneyUnitOf(this.sentence.text);
    clauses.forEach((clause, i) => {
      this.clause(clause, moneyUnit);
      this.closeBy(clause.sep);
      this.afterSemicolon = clause.sep === ';';
      if (i === clauses.length - 1) this.finish();
    });
    this.dateComparands();
  }

  private clause(clause: Clause, moneyUnit: string | undefined): void {
    const connective = clauseConnective(clause);
    for (const l of this.stack) l.followed ||= clause.body.trim() !== '';
    if (connective) this.open(connective.word, connective.exhaustive, connective.atEnd, clause);
    const tokens = clauseTokens(clause, moneyUnit);
    if (tokens.length === 0) {
      if (isFlat(clause)) this.flat(clause);
      else if (ALL_OF.test(clause.body.trim())) this.allOf(clause);
      else if (clause.sep === ':' && !connective) this.topic = cleanSubject(clause.body);
      this.project(clause);
      return;
    }
    let first = true;
    let plainOwn: AmountClaim | undefined;
    for (const t of tokens) {
      const before = this.claims.length;
      const own = cleanSubject(t.prefix);
      if (t.role === 'plain') {
        const subject = isGenericSubject(own) ? (first ? this.topic || own : own) : own;
        const claim: AmountClaim = {
          kind: 'amount',
          subject,
          quantity: t.quantity,
          sentence: this.sentence,
          at: t.at,
        };
        const year = NAMED_YEAR.exec(t.prefix);
        if (year) claim.year = Number(year[1]);
        const carryover = carryoverSaid(this.sentence.text, t.at);
        if (carryover && !t.aside) claim.carryover = carryover;
        this.amounts.push(claim);
        this.claims.push(claim);
        if (t.aside || COMPARAND.test(t.prefix) || this.laterDated(claim)) {
          if (t.aside) claim.aside = true;
          else claim.comparand = true;
          first = false;
          continue;
        }
        this.lastPlain = plainOwn = claim;
        if (first && this.afterSemicolon) this.semicolonLeads.push(claim);
        if (first && !this.closing(clause, claim)) this.item(claim);
        if (t.quantity.dimension === 'count') this.count(claim, t.at + t.quantity.printed.length);
        this.projectAmount(claim);
      } else if (t.role === 'delta' || t.role === 'change-percent') {
        this.claims.push({
          kind: 'change',
          subject: own,
          direction: t.direction!,
          ...(t.role === 'delta' ? { delta: t.quantity } : { percent: t.quantity }),
          sentence: this.sentence,
          at: t.at,
        });
      } else if (t.role === 'share') {
        this.claims.push({
          kind: 'share',
          subject: own,
          percent: t.quantity,
          sentence: this.sentence,
          at: t.at,
          ...(t.named ? { baseName: cleanSubject(t.named) } : {}),
        });
      }
      first = false;
      if (!this.firstToken && this.claims.length > before) this.firstToken = this.claims[before];
    }
    // "X万元：1.… 2.…": an amount ending its clause with a colon heads a list of its own.
    if (clause.sep === ':' && !connective && plainOwn?.quantity.dimension === 'money')
      this.open(':', false, true, clause);
  }

  /**
   * An amount dated before the document's year, or before one already said in its sentence ("2024年预算数为C，
   * 2023年预算数为P"): last year's figure.
   */
  private laterDated(claim: AmountClaim): boolean {
    const y = claim.year;
    if (y === undefined) return false;
    return y < (this.carry.year ?? 0) || this.amounts.some((a) => a.year !== undefined && a.year > y);
  }

  /** Amounts dated before a later one of the sentence ("2025年执行数为P，2026年预算安排C") are its comparands. */
  private dateComparands(): void {
    const years = this.amounts.filter((a) => a.quantity.dimension === 'money').map((a) => a.year ?? 0);
    const latest = Math.max(this.carry.year ?? 0, ...years);
    for (const a of this.amounts)
      if (a.year !== undefined && a.year < latest && a.quantity.dimension === 'money' && !a.aside)
        a.comparand = true;
  }

  /**
   * "…，合计30万元" after a list's items: the list's whole, not one more part; it closes the list. A list stated
   * without a whole takes it; one that has a whole keeps it.
   */
  private closing(clause: Clause, claim: AmountClaim): boolean {
    if (!TOTAL_WORD.test(clause.body.trim())) return false;
    // The list may have closed at the comma before "合计" ("甲10万元、乙20万元，合计30万元").
    const open = this.stack[this.stack.length - 1];
    const list = open?.claim ?? this.justClosed;
    if (!list || list.parts.length === 0) return false;
    if (!list.whole && claim.quantity.dimension === list.parts[0].quantity.dimension) {
      list.whole = claim;
      if (list.subject === '') list.subject = claim.subject;
    }
    if (open) this.stack.pop();
    return true;
  }

  /** "…X万元，均为一般公共预算拨款": all of the amount is of that one source — a claim about that source. */
  private allOf(clause: Clause): void {
    const whole = this.lastPlain;
    const m = ALL_OF.exec(clause.body.trim());
    if (!whole || !m || whole.quantity.dimension !== 'money') return;
    const claim: AmountClaim = {
      kind: 'amount',
      subject: cleanSubject(m[1]),
      quantity: whole.quantity,
      sentence: this.sentence,
      at: clause.bodyStart,
    };
    this.amounts.push(claim);
    this.claims.push(claim);
  }

  /** "下设7个科室，分别是：A、B、C": the count and, when a list follows in the sentence, its items. */
  private count(amount: AmountClaim, end: number): void {
    const claim: CountClaim = {
      kind: 'count',
      subject: amount.subject,
      count: amount.quantity,
      sentence: this.sentence,
      at: amount.at,
    };
    const rest = this.sentence.text.slice(end);
    const m = LISTED.exec(rest);
    if (m && !/\d/u.test(m[1])) {
      let body = m[3].replace(/[。;,]+$/u, '');
      const sep = body.includes('、') ? '、' : body.includes(';') ? ';' : ',';
      // A list of 、-separated items ends at the clause's comma ("…、教育培训处,另按规定设置…").
      if (sep === '、') body = body.slice(0, clauseEnd(body));
      claim.listed = body
        .split(sep)
        .map((x) => x.trim())
        .filter((x) => x !== '');
    }
    this.claims.push(claim);
  }

  private flat(clause: Clause): void {
    this.claims.push({
      kind: 'change',
      subject: cleanSubject(clause.body.replace(/(与|比|较)?(上年|去年).*$/u, '')),
      direction: 'flat',
      sentence: this.sentence,
      at: clause.bodyStart,
    });
  }

  private open(word: string, exhaustive: boolean, atEnd: boolean, clause: Clause): void {
    this.opened = true;
    const whole = this.lastPlain;
    const claim: PartsClaim = {
      kind: 'parts',
      subject: whole?.subject ?? cleanSubject(clause.body.replace(word, '')),
      connective: word,
      exhaustive,
      parts: [],
      sentence: this.sentence,
      at: clause.bodyStart,
    };
    if (whole) claim.whole = whole;
    this.claims.push(claim);
    this.stack.push({ claim, sinceItem: 0, followed: !atEnd, atEnd });
  }

  /** The first amount of a clause is an item of the innermost open list (of the same dimension). */
  private item(claim: AmountClaim): void {
    while (this.stack.length > 0) {
      const open = this.stack[this.stack.length - 1];
      if (!closedBefore(open.claim, claim, open.sinceItem)) break;
      this.justClosed = this.stack.pop()?.claim;
    }
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    const dim = top.claim.whole?.quantity.dimension ?? top.claim.parts[0]?.quantity.dimension;
    if (dim !== undefined && dim !== claim.quantity.dimension) return;
    if (top.claim.parts.length === 1 && top.itemRank === undefined) top.itemRank = Math.max(1, top.sinceItem);
    top.claim.parts.push(claim);
    top.sinceItem = 0;
  }

  /** A separator stronger than the one between a list's items ends the list. */
  private closeBy(sep: Separator): void {
    const rank = SEP_RANK[sep];
    // "…；其中：": the amount before the semicolon belongs to the clause it ended, not to the list that follows.
    if (sep === ';') this.lastPlain = undefined;
    for (const l of this.stack) l.sinceItem = Math.max(l.sinceItem, rank);
    this.justClosed = undefined;
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1];
      if (sep === '' || !this.ends(top, rank)) break;
      this.justClosed = this.stack.pop()?.claim;
    }
  }

  /** An empty list whose connective had words after it ("主要用于……支出；") ends at its clause's end. */
  private ends(list: OpenList, rank: number): boolean {
    if (list.claim.parts.length === 0) return list.followed && rank >= SEP_RANK[','] && !list.atEnd;
    return list.itemRank !== undefined && rank > list.itemRank;
  }

  /** At the end of the sentence a list with no items yet stays open for the following sentences. */
  private finish(): void {
    const top = this.stack[this.stack.length - 1];
    if (top && top.claim.parts.length === 0 && !top.followed) this.dangling = top.claim;
    this.stack = [];
  }

  private project(clause: Clause): void {
    const m = PROJECT_NAME.exec(this.sentence.text.replace(/\s+/gu, ''));
    if (!m || clause.start !== 0) return;
    flushProject(this.carry, this.claims);
    this.carry.list = undefined;
    this.carry.project = { name: m[1].replace(/[。;]$/u, ''), sentence: this.sentence, claimed: false };
  }

  private projectAmount(claim: AmountClaim): void {
    const p = this.carry.project;
    const opening = this.sentence.text.replace(/\s+/gu, '');
    if (!p || p.claimed || claim.quantity.dimension !== 'money' || !PROJECT_AMOUNT.test(opening)) return;
    p.claimed = true;
    this.claims.push({
      kind: 'project',
      name: p.name,
      subject: p.name,
      amount: claim.quantity,
      sentence: claim.sentence,
      at: claim.at,
    });
  }
}

/** A project named without an amount is still a project of the narrative's list. */
function flushProject(carry: Carry, out: Claim[]): void {
  const p = carry.project;
  if (p && !p.claimed)
    out.push({ kind: 'project', name: p.name, subject: p.name, sentence: p.sentence, at: 0 });
  carry.project = undefined;
}

/** The 决算数 of an item said under its classification heading: "全年预算为52.00万元，支出决算为51.32万元". */
const ACTUAL_SUBJECT = /^(支出)?决算(数)?$/u;

/**
 * A sentence that is nothing but a classification path heads the amounts that follow it (决算 items): it becomes
 * the subject of their 决算数, so they resolve to that code's row. Any other sentence with amounts keeps it.
 */
function classHeading(sentence: Sentence, reader: SentenceReader, carry: Carry): void {
  const body = cleanSubject(sentence.text.replace(/[。;]+$/u, ''));
  if (reader.claims.length === 0 && isClassPath(body) && !/\d+(\.\d+)?(万元|元|%)/u.test(body)) {
    carry.classTopic = body;
    return;
  }
  if (!carry.classTopic) return;
  for (const c of reader.claims)
    if (c.kind === 'amount' && ACTUAL_SUBJECT.test(c.subject)) c.subject = carry.classTopic;
}

/** Under a heading that is a classification path, that path heads the section's amounts. */
function headingClass(section: string[]): string | undefined {
  const last = section[section.length - 1];
  const path = last === undefined ? '' : cleanSubject(normalizeNarrative(last).replace(/[。;]+$/u, ''));
  return isClassPath(path) ? path : undefined;
}

function readSentence(sentence: Sentence, carry: Carry, out: Claim[]): void {
  const pending = carry.list;
  const reader = new SentenceReader(sentence, carry);
  reader.read();
  classHeading(sentence, reader, carry);
  if (pending && !reader.dangling) carryItems(pending, reader, sentence);
  carry.list = reader.dangling ?? (pending && complete(pending) ? undefined : pending);
  out.push(...reader.claims);
}

/** `year`: the document's year, so that amounts its words date earlier are read as last year's. */
export function extractClaims(paragraphs: NarrativeParagraph[], year?: number): NarrativeClaims {
  const units = narrativeUnits(paragraphs);
  const sentences: Sentence[] = [];
  const claims: Claim[] = [];
  const carry: Carry = { sectionKey: '', ...(year === undefined ? {} : { year }) };
  units.forEach((unit, i) => {
    const key = sectionKey(unit.section);
    if (key !== carry.sectionKey || unit.heading) {
      flushProject(carry, claims);
      carry.list = undefined;
      carry.classTopic = headingClass(unit.section);
      carry.sectionKey = key;
    }
    const unitSentences = splitSentences(unit, i);
    sentences.push(...unitSentences);
    for (const s of unitSentences) readSentence(s, carry, claims);
    claims.push(...blankClaims(unitSentences), ...placeholderClaims(unitSentences));
  });
  flushProject(carry, claims);
  claims.push(...enumerationClaims(units, sentences));
  claims.push(...executionClaims(sentences, claims));
  linkShares(claims);
  linkChanges(claims);
  return { sentences, claims };
}

/** Where the first clause of a text ends: its first comma or semicolon outside brackets (or the text's end). */
function clauseEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ('(（《['.includes(ch)) depth++;
    else if (')）》]'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ';')) return i;
  }
  return text.length;
}
