/**
 * The typed Disclosure: what recognition builds from a RawDocument and what rules, localizer and reports read.
 * Glossary (DESIGN §7): 类/款/项 classification levels; 合计 total; 其中 of-which.
 */
import type { NarrativeClaims } from './claims.js';
import type { PerformanceTable } from './performance.js';
import type { PageDamage, Provenance } from './raw.js';
import type { Unit } from './rounding.js';
import type { Table } from './table.js';

export * from './table.js';

/** 预算 budget or 决算 final account. */
export type DocumentKind = 'budget' | 'final-account' | 'unknown';
/** 部门 department (may aggregate units) or 单位 a single budget unit. */
export type DocumentLevel = 'department' | 'unit' | 'unknown';

export interface DocumentMeta {
  kind: DocumentKind;
  level: DocumentLevel;
  /** Department or unit name as printed (编制部门/单位). */
  department?: string;
  year?: number;
  /** Profile id of the recognized layout, e.g. "national-budget". */
  layout: string;
  /** The unit most tables print in. */
  unit?: Unit;
}

/** A paragraph of the narrative, with its section path (headings outer to inner). */
export interface NarrativeParagraph {
  text: string;
  section: string[];
  prov: Provenance;
}

export interface Disclosure {
  meta: DocumentMeta;
  tables: Table[];
  narrative: NarrativeParagraph[];
  /** The narrative's claims, amounts resolved to the cells they restate (recognize, by the profile's mapping). */
  claims: NarrativeClaims;
  /** Tables the recognizer saw but could not type, and why (with the number printed above, 表14, if any). */
  unrecognized: { title: string; reason: string; prov: Provenance; label?: string }[];
  /** The 公开目录 printed as a table: each table the disclosure announces, and whether it is marked empty. */
  tableIndex?: IndexEntry[];
  /** Tables the profile expects that were not found. */
  missing: { kind: string; title: string }[];
  /** Reader warnings passed through (e.g. skipped pages). */
  warnings: { code: string; message: string; prov?: Provenance }[];
  /** Pages the reader found damaged (passed through); findings located on them say so. */
  damage?: PageDamage[];
  source: { path: string; format: string; pages?: number };
  /** 项目支出绩效目标表, parsed from the raw tables (recognize/narrative parsePerformanceTables). */
  performance?: PerformanceTable[];
}

/**
 * A line of a 公开目录 (报表 | 报表名称 | 是否空表 | 公开空表理由): a table the disclosure announces, and whether the
 * department marks it as printed empty.
 */
export interface IndexEntry {
  /** The table's number as the list prints it ("表9"), when it prints one. */
  number?: string;
  title: string;
  /** Marked 是 under 是否空表, or given a reason for being empty (不涉及); false when marked 否 or left blank. */
  empty: boolean;
  /** The reason printed for an empty table (不涉及, 本单位无政府性基金预算). */
  reason?: string;
  prov: Provenance;
}

/** The first table of a kind (a profile's table kinds are unique within a document). */
export function findTable(d: Disclosure, kind: string): Table | undefined {
  return d.tables.find((t) => t.kind === kind);
}
