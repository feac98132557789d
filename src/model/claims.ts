/**
 * The narrative (说明) as the model holds it: typed claims, each with the sentence it came from (so a finding can
 * quote it and point at its section and line), and, for amounts, the table cell it restates — resolved once by
 * recognition through the layout profile's narrative mapping, or "unresolved". Rules read these; they never
 * extract or resolve claims themselves.
 */
import type { Decimal } from 'decimal.js';
import type { Provenance } from './raw.js';
import type { Cell, Column, Row, Table } from './table.js';

/** Numbering styles: 一、 / （一） / 1. or 1、 / （1） / 一是. */
export type MarkerStyle = 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'cn-shi';

export interface Marker {
  style: MarkerStyle;
  number: number;
  /** The marker as printed. */
  printed: string;
  /** Length of the marker in the text, to strip it. */
  length: number;
  /** The numeral used a look-alike character (ー for 一). */
  lookalike?: boolean;
}

/** The table cell a claim restates. */
export interface Resolution {
  table: Table;
  row: Row;
  column: Column;
  /** Undefined when the row prints nothing in that column (a blank cell: zero). */
  cell?: Cell;
  /** Mapping entry id, or "class-name" for a classification looked up by name. */
  via: string;
  /** The subject is part of the cell (the mapping's atMost). */
  atMost?: boolean;
  /** Found by a classification name worded otherwise than the row's: a likely cell, not a sure one. */
  approximate?: boolean;
}

export interface Sentence {
  /** Normalized text (NFKC, split numbers joined). */
  text: string;
  /** Section headings, outer to inner. */
  section: string[];
  prov: Provenance;
  /** Index of the paragraph (or heading) it belongs to, in narrative order. */
  paragraph: number;
  /** Position of the sentence within its paragraph. */
  index: number;
}

export type Dimension = 'money' | 'percent' | 'count';

/** Whether an amount counts the carry-over from the year before (上年结转), as its words say. */
export type CarryoverSaid = 'included' | 'excluded';

export interface Quantity {
  value: Decimal;
  decimals: number;
  printed: string;
  /** 万元/元/亿元, %, or the count word (个, 人, 辆 …). */
  unit: string;
  dimension: Dimension;
  /** Printed with no unit in a sentence of money amounts ("结转结余132.19，"): the unit is assumed. */
  unitMissing?: boolean;
}

interface ClaimBase {
  sentence: Sentence;
  /** Cleaned subject ("一般公共预算", "城乡社区支出(类)城乡社区管理事务(款)行政运行(项)"); '' when none. */
  subject: string;
  /** Character offset in the sentence. */
  at: number;
}

/** "一般公共预算1846.59万元": an amount (or a count of people, cars …) attached to a subject. */
export interface AmountClaim extends ClaimBase {
  kind: 'amount';
  quantity: Quantity;
  /**
   * Said inside brackets ("一般公共预算支出X万元（含上年结转Y万元），其中：…"): an aside about the amount before
   * it, never the whole of a list, an item of one, or the amount a share or change is of.
   */
  aside?: true;
  /** The year its own words name ("2025年预算数为P万元"): a year before the document's is not a cell of it. */
  year?: number;
  /**
   * What the words right after it say of the carry-over from the year before: "X万元（含上年结转Y万元）" or "X万元，
   * 含上年结转…" counts it ('included': a total such as 收入总计), "X万元（不含上年结转）" leaves it out ('excluded':
   * this year's lines). Resolution then takes only a cell that agrees (the profile's mapping says which do).
   */
  carryover?: CarryoverSaid;
  /**
   * The figure a comparison is made against, said in the sentence: "比2025年年初预算数P万元减少…", "上年执行数为P万元",
   * or an amount dated before another amount of its sentence ("2024年预算数为C万元，2023年预算数为P万元"). Never the
   * amount a change or a share is of.
   */
  comparand?: true;
  /**
   * The cell the subject names in the sentence's section, by the profile's narrative mapping; "unresolved" when the
   * mapping knows no such cell. Set by recognition (extractClaims alone leaves it unset).
   */
  resolution?: Resolution | 'unresolved';
}

/** "占93%": the share of `of` in a whole. */
export interface ShareClaim extends ClaimBase {
  kind: 'share';
  percent: Quantity;
  /** The amount the share is of (the amount just before it). */
  of?: AmountClaim;
  /** The whole the words name ("占部门支出总额的22%" → "部门支出总额"), if they name one. */
  baseName?: string;
  /**
   * The whole: the amount the words name, else the whole of the list the amount belongs to, else a whole stated
   * nearby (its paragraph, or a list naming the amount's subject) — the last only a guess.
   */
  base?: AmountClaim;
  /** How the base was found: named, the share's own list, or nearby (a guess: a finding on it is a warning). */
  baseBy?: 'named' | 'list' | 'nearby';
}

export type Direction = 'increase' | 'decrease' | 'flat';

/** "比上年预算增加153.31万元，增长9%". */
export interface ChangeClaim extends ClaimBase {
  kind: 'change';
  direction: Direction;
  delta?: Quantity;
  percent?: Quantity;
  /** The direction word of the percentage, when it differs in kind from the delta's (增加 … 下降 5%). */
  percentDirection?: Direction;
  /** This year's amount the change is of. */
  current?: AmountClaim;
  /** The year before's amount, when the sentence states it too (a comparand of the same sentence). */
  prior?: AmountClaim;
}

/** A whole with listed parts: "收入1986.59万元，其中：A …、B …". */
export interface PartsClaim extends ClaimBase {
  kind: 'parts';
  /** The connective as printed: 其中, 包括, 主要用于, 具体为 … */
  connective: string;
  /** Whether the connective promises the full list (包括, 其中 with several parts) or a selection (主要用于). */
  exhaustive: boolean;
  whole?: AmountClaim;
  parts: AmountClaim[];
}

/** "下设7个科室，分别是：A、B、…": a stated count and, when listed, the items. */
export interface CountClaim extends ClaimBase {
  kind: 'count';
  count: Quantity;
  /** Items listed right after the count, when there is such a list. */
  listed?: string[];
}

/** A numbered sequence: paragraphs starting 1. 2. 3. in one section, or "1、… 2、…" inside one paragraph. */
export interface EnumerationClaim extends ClaimBase {
  kind: 'enumeration';
  scope: 'paragraphs' | 'inline' | 'headings';
  markers: { marker: Marker; sentence: Sentence }[];
}

/** "增加  万元": a unit with no number before it. */
export interface BlankClaim extends ClaimBase {
  kind: 'blank';
  /** The words around the blank, for the message. */
  context: string;
}

/** Template text left in: "XX局", "××", "20XX年". */
export interface PlaceholderClaim extends ClaimBase {
  kind: 'placeholder';
  token: string;
}

/** A project named in the narrative ("项目名称：X" … "预算安排规模：82万元"). */
export interface ProjectClaim extends ClaimBase {
  kind: 'project';
  name: string;
  amount?: Quantity;
}

/** How a 决算数 is said to compare with a 预算数. */
export type ExecutionRelation = 'more' | 'less' | 'equal' | 'about';

/**
 * A 决算 item's 决算数 against its 预算数, as the sentence fixes it: "全年预算为52.00万元，支出决算为51.32万元，完成全年
 * 预算的98.69%", "决算数大于年初预算数". `budget` and `actual` are the amounts the item quotes (in its paragraph).
 */
export interface ExecutionClaim extends ClaimBase {
  kind: 'execution';
  /** The budget the words name: '年初', '全年' (调整后), or '' when they say only 预算. */
  budgetKind: '年初' | '全年' | '';
  budget?: AmountClaim;
  actual?: AmountClaim;
  /** "完成…预算的Y%". */
  rate?: Quantity;
  relation?: ExecutionRelation;
  /** The words of the comparison as printed, for the message. */
  words: string;
}

export type Claim =
  | AmountClaim
  | ExecutionClaim
  | ShareClaim
  | ChangeClaim
  | PartsClaim
  | CountClaim
  | EnumerationClaim
  | BlankClaim
  | PlaceholderClaim
  | ProjectClaim;

export type ClaimOf<K extends Claim['kind']> = Extract<Claim, { kind: K }>;

export interface NarrativeClaims {
  sentences: Sentence[];
  claims: Claim[];
}

export function claimsOfKind<K extends Claim['kind']>(all: NarrativeClaims, kind: K): ClaimOf<K>[] {
  return all.claims.filter((c): c is ClaimOf<K> => c.kind === kind);
}

/** The cell an amount claim restates, if recognition resolved it to one. */
export function resolved(claim: AmountClaim): Resolution | undefined {
  return claim.resolution === undefined || claim.resolution === 'unresolved' ? undefined : claim.resolution;
}

/** Subjects compared for "the same quantity": drop the department prefix and filler words. */
export function subjectKey(subject: string): string {
  return subject.replace(/^.*?(局|委|办|厅|院|中心|部门|单位)(?=.)/u, '').replace(/(的|总|合计)/gu, '');
}

/** Subjects that name nothing in particular: an amount with such a subject takes the sentence's topic. */
export function isGenericSubject(subject: string): boolean {
  return (
    subject === '' ||
    /^(预算|本年|当年|其他|全年|年度|资金|价值|金额|涉及|合计|共计|其中|费用|经费)$/u.test(subject)
  );
}

/** One level of a classification path said in the text: "住房保障支出(221类)" → 类, 住房保障支出, 221. */
export interface SaidLevel {
  level: '类' | '款' | '项';
  name: string;
  /** The level's own digits as said ("221", "02"), if said. */
  digits?: string;
}

/** The levels of "X(类)Y(款)Z(项)" or "X(221类)Y(02款)Z(01项)", in order; empty when the subject names none. */
export function classPath(subject: string): SaidLevel[] {
  const out: SaidLevel[] = [];
  for (const m of subject.matchAll(/([^()]*)\((\d{2,3})?(类|款|项)\)/gu)) {
    const name = m[1].trim();
    if (name === '') continue;
    out.push({ level: m[3] as SaidLevel['level'], name, ...(m[2] ? { digits: m[2] } : {}) });
  }
  return out;
}
