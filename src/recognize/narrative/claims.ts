/**
 * Typed claims extracted from the narrative (说明). Each carries the sentence it came from, so a finding can
 * quote it and point at its section and line.
 */
import type { Decimal } from 'decimal.js';
import type { Provenance } from '../../model/raw.js';
import type { Marker } from './text.js';

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
}

/** "占93%": the share of `of` in a whole. */
export interface ShareClaim extends ClaimBase {
  kind: 'share';
  percent: Quantity;
  /** The amount the share is of (the amount just before it). */
  of?: AmountClaim;
  /** The whole: the list the amount belongs to, else the last whole stated before it in the section. */
  base?: AmountClaim;
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

export type Claim =
  | AmountClaim
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
