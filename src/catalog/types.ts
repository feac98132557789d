/**
 * Types of the classification catalogue 政府收支分类科目: three classifications, each code with the names it had
 * and the years each name was in force, and the evidence behind every entry.
 */

/** 支出功能分类 / 部门预算支出经济分类 / 政府预算支出经济分类. */
export type Classification = 'function' | 'economic-dept' | 'economic-gov';

/** 类 (3 digits) / 款 (5) / 项 (7). */
export type Level = 'class' | 'section' | 'item';

/** reference: transcribed from the Ministry of Finance's yearly catalogue; observed: printed in a corpus document. */
export type Evidence = 'reference' | 'observed' | 'reference+observed';

/** One line of a catalogue file: a code with one of its names and the years that name was in force. */
export interface CatalogueName {
  code: string;
  name: string;
  /** First year in force; undefined when the name predates the covered period and its start is not recorded. */
  from?: number;
  /** Last year in force; undefined while still in force. */
  to?: number;
  evidence: Evidence;
  /** Corpus file names the (code, name) pair was seen in. */
  observedIn: string[];
  /** Why a year or name is uncertain, or what it replaced. */
  note?: string;
}

/** Shared and cached: treat as read-only. */
export interface CodeLookup {
  code: string;
  classification: Classification;
  level: Level;
  /** Names in force in the year asked (every name when no year is given); empty when the code was not in force. */
  names: CatalogueName[];
  /** Every name the code had in the catalogue, oldest first. */
  history: CatalogueName[];
  /** Whether the code is in force in the year asked (true when no year is given). */
  validIn: boolean;
  /** The years the code is in force, for messages: "2019年起", "2020—2021年". */
  years: string;
}

export interface SearchHit {
  code: string;
  name: string;
  classification: Classification;
  level: Level;
  from?: number;
  to?: number;
}
