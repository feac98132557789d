/**
 * 项目支出绩效目标表 (project performance-target tables): one per project, usually printed after the narrative.
 * Parsed from the raw table blocks because recognition does not type them as disclosure tables.
 */
import type { Amount } from './amount.js';
import type { Provenance } from './raw.js';
import type { Unit } from './rounding.js';

/** One indicator line: 一级/二级/三级指标, its target value (指标值) and its weight (分值/权重). */
export interface PerformanceIndicator {
  level1: string;
  level2: string;
  level3: string;
  /** Target as printed, e.g. "=100%", ">=10个", "有效提升". */
  value: string;
  /** 指标分值权重 as printed; undefined when the table has no weight column or the cell is not a number. */
  weight?: Amount;
  prov: Provenance;
}

/** A printed money figure of the table with where it was. */
export interface PerformanceFigure {
  amount: Amount;
  prov: Provenance;
}

export interface PerformanceTable {
  /** Title as printed (e.g. "项目支出绩效目标表"). */
  title: string;
  /** 项目名称. */
  projectName: string;
  /** 预算单位 / 主管部门 / 实施单位, when printed. */
  owner?: string;
  /** 项目负责人, when printed. */
  manager?: string;
  unit: Unit;
  /** 年度预算总额 (or 项目资金总额). */
  total?: PerformanceFigure;
  /** 其中：财政拨款. */
  fiscal?: PerformanceFigure;
  /** 其他资金. */
  other?: PerformanceFigure;
  indicators: PerformanceIndicator[];
  /** A total weight printed in the table (合计/总分), when there is one. */
  statedWeightTotal?: PerformanceFigure;
  prov: Provenance;
}
