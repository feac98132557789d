/**
 * Evaluated identities: the profile's identities instantiated on one document's cells, each with its outcome.
 * Rules report the failed ones; the localizer reads all of them (held ones constrain the search too).
 */
import type { Decimal } from 'decimal.js';
import type { Agreement, Unit } from './rounding.js';

/** A cell of a table: the unit of blame for localization. */
export interface CellRef {
  table: string;
  row: number;
  column: string;
}

export function cellKey(ref: CellRef): string {
  return `${ref.table}/${ref.row}/${ref.column}`;
}

/**
 * Families of identities; each is reported by one rule.
 * - row-sum: within one row, a total column = Σ part columns (合计 = 基本支出 + 项目支出)
 * - hierarchy: a parent code = Σ its child codes, in one column (类 = Σ 款)
 * - total-row: the 合计 row = Σ top-level rows, in one column
 * - line-sum: named lines of an outline table (本年收入 = Σ 1.–5.)
 * - balance: two named lines of one table that must be equal (收入总计 = 支出总计)
 * - cross-table: the same quantity printed in two tables
 * - bound: an of-which line or a subset table ≤ its whole
 */
export type IdentityFamily =
  | 'row-sum'
  | 'hierarchy'
  | 'total-row'
  | 'line-sum'
  | 'balance'
  | 'cross-table'
  | 'bound';

export interface IdentityTerm {
  cell: CellRef;
  /** Value converted to the identity's unit. */
  value: Decimal;
  /** Decimals the printed value stands for. */
  precision: number;
  /** +1 part, -1 subtracted part. */
  sign: 1 | -1;
}

export interface EvaluatedIdentity {
  /** Unique within the document, stable across runs: profile identity id + instance key. */
  id: string;
  family: IdentityFamily;
  /** Profile identity id it came from. */
  source: string;
  /** Human description in Chinese, e.g. "表3 合计 = 基本支出 + 项目支出". */
  description: string;
  /** Left side: the total (or the first printing, for cross-table; the bounded part, for bound). */
  total: IdentityTerm;
  /** Right side: the parts (one term for cross-table/balance equalities; the whole, for bound). */
  parts: IdentityTerm[];
  /** 'eq' sums and equalities; 'le' bounds (total ≤ Σ parts). */
  relation: 'eq' | 'le';
  /** Whether rounding may explain a difference (sums) or not (same quantity printed twice). */
  exact: boolean;
  /** Unit the values are in. */
  unit: Unit;
  outcome: Agreement;
  /** Σ parts (signed). */
  expected: Decimal;
  difference: Decimal;
  /**
   * How far the difference may be from zero while the identity holds (model/rounding judge): the sum of the
   * terms' half units, or 0 when no rounding is allowed (exact).
   */
  tolerance: Decimal;
  /**
   * The table prints a figure the identity does not count (结余分配, 调整): a failure may be the document's right
   * reading of it, so it is reported as a warning.
   */
  soft?: true;
  /**
   * Every cell is blank or zero: the identity holds trivially and is not counted in reports, but the localizer
   * must still keep it holding (a suggested change must not break it).
   */
  blank?: boolean;
}
