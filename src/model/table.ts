/**
 * Recognized tables: typed columns and rows of exact amounts, each cell with its provenance.
 */
import type { Amount } from './amount.js';
import type { Provenance } from './raw.js';
import type { Unit } from './rounding.js';

/** 支出功能分类 function classification or 经济分类 economic classification. */
export type CodeScheme = 'function' | 'economic';

export interface Cell {
  amount: Amount;
  /** The text as printed in the cell (before normalization). */
  text: string;
  prov: Provenance;
}

export interface Column {
  /** Unique within the table; stable: derived from the role (and side), e.g. "total", "expenditure.amount". */
  key: string;
  /** Column role from the profile (e.g. "total", "basic", "project", "general-budget"); "amount" when unnamed. */
  role: string;
  /** Header text path as printed, outer to inner, e.g. ["财政拨款(补助)", "一般公共预算"]. */
  header: string[];
  /** For two-sided tables (收入 | 支出). */
  side?: 'income' | 'expenditure';
  /**
   * A column of a comparison group (the year before's 执行数, or the 增减): the role it has inside its group, where the
   * group repeats the current columns (2023年执行数 合计 | 因公出国 | … beside 2024年预算数 合计 | 因公出国 | …).
   */
  mirrors?: { group: 'prior' | 'change'; role: string };
}

/**
 * A column of words, not amounts (项目简介, 项目类别, 资金性质, a 指导性目录's 一级/二级/三级): named by the header
 * vocabulary of the profiles, its cells kept as each row's texts under its key.
 */
export interface TextColumn {
  /** Unique within the table's text columns; the role, numbered when repeated. */
  key: string;
  role: string;
  /** Header text path as printed, outer to inner. */
  header: string[];
  /** Short Chinese name, e.g. "项目简介". */
  label: string;
}

/** What a row is: an item line, a total line (合计/总计), an of-which line (其中), a label-only line. */
export type RowKind = 'item' | 'total' | 'of-which' | 'label';

export interface Row {
  /** Position within the table (stable id for findings and localization). */
  index: number;
  kind: RowKind;
  /** Classification code, digits only, joined: "2080505". */
  code?: string;
  codeScheme?: CodeScheme;
  /**
   * A second code printed beside the first (政府预算支出经济分类 beside 部门预算支出经济分类): the row is keyed on
   * both, and a parent's children are the rows under both its codes. Several further codes join with "/".
   */
  pairCode?: string;
  /**
   * The row's block when a table stacks several units' rows without their names (1, 2, …): codes are unique and
   * the code hierarchy holds within a block.
   */
  block?: number;
  /**
   * The line of a budget unit (预算单位 column: "深圳市…局（本级）"), not of a 科目: a unit's own total. A table
   * whose only unit line stands above its 科目 and prints no 合计 has that line as its total.
   */
  unitLine?: boolean;
  /** Name without code and numbering, e.g. "机关事业单位基本养老保险缴费支出". */
  name: string;
  /** Label as a reader sees it: "208 05 05 机关事业单位基本养老保险缴费支出" or "1.一般公共预算拨款". */
  label: string;
  /** Row role from the profile for named lines (e.g. "income-total", "current-year-income"). */
  role?: string;
  /** Outline depth from numbering (一、=1, 1.=2, (1)=3) for named lines; of-which rows are parent depth + 1. */
  depth?: number;
  /** Index of the outline parent row (numbering or 其中), when known. */
  parent?: number;
  side?: 'income' | 'expenditure';
  /** Amounts keyed by column key; only the row's side's columns for two-sided tables. */
  cells: Record<string, Cell>;
  /** Free-text cells that are not amounts (e.g. 项目名称 in 表7), keyed by a descriptive key. */
  texts?: Record<string, string>;
  prov: Provenance;
}

export interface Table {
  /** Unique within the document: "t" + ordinal. */
  id: string;
  /** Table kind from the profile, e.g. "general-budget-expenditure"; "unknown" when not recognized. */
  kind: string;
  /** Label as printed: "表5", "表一", or the title when unnumbered. */
  label: string;
  title: string;
  unit: Unit;
  /** Decimal places the table's figures stand for (the most printed in it): the rounding interval. */
  precision: number;
  columns: Column[];
  /** Columns of words (项目简介, 资金性质): what they are, so that a reader of the report knows every column. */
  textColumns?: TextColumn[];
  rows: Row[];
  /**
   * The classification its rows print where it is not the one the layout gives the table (a 基本支出表 keyed by
   * 功能科目, its 经济分类 in the columns): the codes are read and checked as what they are.
   */
  codeScheme?: CodeScheme;
  /**
   * The table set it belongs to where a file prints several (the department's tables, then each unit's): 2, 3, …;
   * absent for the first set. Identities hold within a set.
   */
  set?: number;
  /** Paragraphs printed right after the table (e.g. the empty-table note 空表说明). */
  notes: { text: string; prov: Provenance }[];
  prov: Provenance;
}

/** A classification code as printed in messages: "2210201" → "221 02 01". */
export function formatCode(code: string): string {
  return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter((s) => s !== '').join(' ');
}
