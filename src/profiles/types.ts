/**
 * A profile describes one disclosure layout as data: which tables it has, how to recognize each (title and
 * header words), what its columns and named lines mean (roles), and the identities between them.
 * The engine (recognize/, rules/) evaluates any profile; adding a province's layout is a new profile file.
 *
 * Patterns are regular-expression sources matched against normalized text (NFKC, no spaces, full-width
 * brackets folded to ASCII).
 */

import type { CodeScheme, DocumentKind, DocumentLevel } from '../model/disclosure.js';
import type { Unit } from '../model/rounding.js';

/** How a table's rows are organized. */
export type TableShape =
  /** rows keyed by classification code (类/款/项), a 合计 row */
  | 'coded'
  /** named, numbered lines (一、 1. 其中：) in one list */
  | 'outline'
  /** income lines on the left, expenditure lines on the right (收入 | 支出) */
  | 'two-sided'
  /** one row per project, with a function code and a project name (项目支出表) */
  | 'projects';

export interface ColumnSpec {
  role: string;
  /** Matched against the column's header path joined with "/" (outer to inner); first spec that matches wins. */
  header: string;
  /** Only for two-sided tables: which side the column belongs to. */
  side?: 'income' | 'expenditure';
  /** Short Chinese name for messages, e.g. "基本支出". */
  label: string;
}

/**
 * A column of words every layout may print beside its amounts (项目简介, 项目类别, 资金性质, a 指导性目录's levels):
 * matched against the column's inner header, or its header path joined with "/" where the pattern names one.
 */
export interface TextColumnSpec {
  role: string;
  header: string;
  label: string;
}

export interface RowRoleSpec {
  role: string;
  /** Matched against the row's name (numbering stripped). */
  name: string;
  side?: 'income' | 'expenditure';
  /** When set, only rows under a parent with this role match (e.g. 一般公共预算拨款 under 财政拨款结转). */
  under?: string;
  /**
   * When set, only rows printed after the row with this role match: 决算 tables repeat 一、二、三 below
   * 年初结转和结余 at the first outline level, so "under" cannot tell them from the current-year lines.
   */
  after?: string;
  label: string;
}

export interface TableSpec {
  kind: string;
  /** Title pattern (部门/单位 and the year are stripped before matching). */
  title: string;
  /** Titles that contain the pattern but are another table. */
  notTitle?: string;
  /** How the national template numbers it, for messages about missing tables. */
  printedAs: string;
  shape: TableShape;
  codeScheme?: CodeScheme;
  columns: ColumnSpec[];
  rowRoles?: RowRoleSpec[];
  /** Unit when the table prints none. */
  defaultUnit?: Unit;
  /** The table may be empty if a note says why (表8/表9 空表说明). */
  mayBeEmpty?: boolean;
  /** The template requires this table. */
  required?: boolean;
  /**
   * A table that publishes the same figures when this one is absent: its kind and the column role that carries
   * them. 深圳 prints no 基本支出 table by economic class; its 一般公共预算支出表（按经济分类） has a 基本支出 column.
   */
  coveredBy?: { kind: string; column: string }[];
  /**
   * Kinds of the views a two-sided table may print after its expenditure side: the same expenditure classified
   * other ways, side by side (陕西 收支总表). Each further view is read as a table of its own, of the view spec
   * (`viewOf` this kind) whose title pattern matches the view's header.
   */
  views?: string[];
  /** This spec is a view printed inside the table of this kind (see `views`), never a table with a title. */
  viewOf?: string;
  /** How the template prints it, for `gongkai render` (the national 表1–表10); absent for tables only read. */
  printed?: PrintedTable;
}

/** A header cell as printed: its text and how many columns and rows it covers. */
export interface PrintedCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

/** A named line as printed, by key: the line's row role where it has one, else a name of the template's own. */
export interface PrintedLine {
  key: string;
  label: string;
}

/**
 * A table as the template prints it: what the renderer writes and the layout's tables are recognized from. The
 * renderer supplies the amounts; everything else a reader sees of the table is here.
 */
export interface PrintedTable {
  /** Its number, "表1". */
  number: string;
  /** Its title as printed ("部门（单位）收支总体情况表"; printedAs, shorter, names it in messages). */
  title: string;
  /** Header rows, outer to inner; the table is as wide as the first row's cells cover. */
  header: PrintedCell[][];
  /**
   * The amount columns in print order, each by the column role it prints. The amounts are the last body columns;
   * in a two-sided table the income side's one amount follows its line names, the expenditure side's after its own.
   */
  amounts: string[];
  /** Named lines in print order (an outline table's rows, a two-sided table's income side and total row). */
  lines?: PrintedLine[];
  /** The sentence printed under the table when it has nothing to show (空表说明). */
  emptyNote?: string;
}

/**
 * Points at one cell: a table, a row (by role, code, or the total row), a column role. `listed` (only as the b of a
 * cross-table identity) stands for every line of a flat list that prints no total line: their sum is its total.
 */
export interface CellSelector {
  table: string;
  row: { role: string } | { code: string } | { total: true } | { listed: true };
  column: string;
}

/**
 * Lines or columns that may account for a gap in a carry-over identity (结余分配, 调整, 归集上缴): where the table
 * prints one of these roles, the identity's failure is a warning — the document may be right by a figure the
 * identity does not count.
 */
export interface SoftIf {
  columns?: string[];
  rows?: string[];
}

export type IdentitySpec =
  | {
      id: string;
      family: 'row-sum';
      /** See SoftIf. */
      softIf?: SoftIf;
      table: string;
      total: string;
      parts: string[];
      /** Evaluate only when at least this many part columns exist (default 1). */
      minParts?: number;
      /**
       * Layouts split a source differently: when a part's column is absent, these columns stand for it
       * (表2: no 财政拨款小计 column → its sub-columns; no 单位资金 column → 事业收入, 其他收入, …).
       */
      fallbacks?: Record<string, string[]>;
      /** Columns subtracted from the sum (结转 tables: 年末 = 年初 + 本年收入 − 本年支出). */
      minus?: string[];
      /** Parts come from other column groups (增减 = 本年预算数 − 上年执行数), not only the total's own. */
      acrossGroups?: boolean;
      /**
       * Not evaluated where the table has a column of one of these roles: another identity sums that layout
       * (本年收入 | 上年结转 groups), and this one would find only some of its parts.
       */
      unlessColumns?: string[];
      /**
       * The total is a group's 小计 and its parts are the columns printed under that group beside it (基本支出/小计 =
       * 基本支出/工资福利支出 + …): nothing outside the group, and nothing when the total is no group's 小计.
       */
      siblingsOnly?: boolean;
    }
  | { id: string; family: 'hierarchy'; table: string }
  | { id: string; family: 'total-row'; table: string }
  | {
      id: string;
      family: 'line-sum';
      table: string;
      /** Row role of the total line. */
      total: string;
      /**
       * Row roles of the parts; "children": the numbered child lines of the total line; "top-level": every
       * first-level numbered line (一、二、…) of the total line's side; "first-level": the same, and also the
       * first-level coded lines (类) of that side — for totals that are not the table's 合计 row (本年支出合计);
       * "of-which": the line's 其中 lines, where the template makes them a complete breakdown
       * (一般公共预算拨款 = 一般财力 + 上级一般公共预算安排转移支付);
       * "listed": every line of a flat list without codes, outline or units' lines (projects, procurement
       * lines); a total role no row carries then means the table's total row.
       */
      parts: string[] | 'children' | 'top-level' | 'first-level' | 'of-which' | 'listed';
      /**
       * When a line of this role is printed above the total: it and the lines after it at its outline depth
       * are the parts instead (本年收入合计, 上级补助收入, …, 上年结转 → 收入总计).
       */
      sumFrom?: string;
      /**
       * With parts "children": the children of the line of this role instead of the total line's own (本年支出合计
       * = the lines under 一、部门预算, where that heading line is printed above them and the total below).
       */
      childrenOf?: string;
      /** The total line may be a heading printed without an amount (一、部门预算): checked only where it prints one. */
      ifPrinted?: boolean;
      /** Column key, or '*' for every amount column of the total line's side. */
      column: string;
    }
  | { id: string; family: 'balance'; table: string; a: CellSelector; b: CellSelector }
  | {
      id: string;
      family: 'cross-table';
      a: CellSelector;
      /**
       * Another cell a may mean where layouts differ (表4 收入总计, or its 财政拨款 line where 上年结转 is printed
       * below it): the identity holds when it holds for either; when neither, it is reported for a.
       */
      orA?: CellSelector;
      /** The cell a stands for where the layout does not print a's line (no 本年支出合计: the 支出总计). */
      aIfAbsent?: CellSelector;
      /** One cell, or several whose sum must equal a. */
      b: CellSelector | CellSelector[];
      /** Cells subtracted from b's sum (年末 = 年初 + 本年收入 − 本年支出, each printed on its own line). */
      minus?: CellSelector[];
      /** See SoftIf; looked up in a's table. */
      softIf?: SoftIf;
      /** Every cell of b and minus must be printed: a line the layout lacks leaves the identity unknowable. */
      complete?: boolean;
      relation?: 'eq' | 'le';
      /** A sum of parts may be off by rounding; a quantity printed twice may not. */
      exact?: boolean;
    }
  | {
      id: string;
      family: 'cross-table';
      /** For every coded row of table a: a[code][column] (relation) b[code][column]. */
      codes: { a: { table: string; column: string }; b: { table: string; column: string } };
      relation?: 'eq' | 'le';
      /** Also require every code of b to appear in a (eq only). */
      exact?: boolean;
    }
  | { id: string; family: 'bound'; table: string };

export interface Profile {
  id: string;
  title: string;
  kind: DocumentKind;
  /** 部门 or 单位 variant; breaks ties between profiles whose tables a document matches equally well. */
  level?: DocumentLevel;
  /** Words whose presence in the document's titles and headings points to this layout. */
  signals: string[];
  tables: TableSpec[];
  identities: IdentitySpec[];
  /** Which table cell each subject of the 说明 restates, in this layout. */
  narrative: NarrativeMapping;
}

/**
 * Tables that several layouts print besides their own (政府采购预算明细表, 绩效目标表): recognized by title so the
 * report can say what they are and why they are not checked, instead of "unknown table".
 */
export interface ExtraTableSpec {
  title: string;
  reason: string;
}

/**
 * The header of a 公开目录 printed as a table (报表 | 报表名称 | 是否空表 | 公开空表理由): patterns on its header cells,
 * which name the columns of each table's number, title, empty mark and reason for being empty.
 */
export interface TableIndexSpec {
  number: string;
  title: string;
  empty: string;
  reason: string;
  /** The mark that says "yes, printed empty" under the empty column. */
  yes: string;
}

/** Narrative mappings (national-narrative.ts is one): which table cell a subject said in the 说明 restates. */
/**
 * A row by its role, the table's total row, the row named by the subject, or the one row of a table that prints a
 * single line of amounts (Shanghai's 三公 table: one line, one column per item).
 */
export type RowTarget = { role: string } | { total: true } | { byName: true } | { only: true };

export interface CellTarget {
  /** Table kind from the profile. */
  table: string;
  row: RowTarget;
  /** Column role. */
  column: string;
  /** For two-sided tables: which side the row and column are on. */
  side?: 'income' | 'expenditure';
  /** A column role whose presence in the table makes `column` mean something else: the target does not apply. */
  unlessColumn?: string;
}

export interface SubjectMapping {
  id: string;
  /** Pattern on the subject. */
  subject: string;
  /** Pattern on the section path (headings joined with " / "). */
  section?: string;
  notSection?: string;
  targets: CellTarget[];
  /** The subject is a part of the cell, not all of it: the amount may be less, never more. */
  atMost?: boolean;
  /**
   * Pattern on the subject of the whole whose list the amount is an item of ("财政拨款收入X万元，其中…上年结转Y万元"):
   * the entry applies where this matches even outside `section` — the list says what the item is of.
   */
  list?: string;
  /** Pattern on that whole's subject where the entry does not apply (the carry-over of one fund is not all funds'). */
  notList?: string;
  /**
   * Whether the target cells count the carry-over from the year before: 'included' for totals that do (收入总计,
   * 支出总计), 'excluded' for this year's lines (本年收入, 本年支出, each fund's appropriation). An amount whose words
   * say which ("含上年结转", "不含上年结转") resolves only through an entry that agrees; an entry that does not say
   * leaves such an amount unresolved.
   */
  carryover?: 'included' | 'excluded';
  /** The entry applies only to an amount whose words say whether the carry-over is in it ("支出X万元，含上年结转…"). */
  carryoverSaid?: true;
}

export interface NarrativeMapping {
  id: string;
  subjects: SubjectMapping[];
  /**
   * Tables in which a classification name ("城乡社区支出", or "X(类)Y(款)Z(项)") is looked up by name, by the
   * section it is said in; the first entry whose section matches wins, an entry without section is the default.
   */
  classTables: {
    section?: string;
    tables: { table: string; column: string; side?: 'income' | 'expenditure' }[];
  }[];
}
