/**
 * Structured budget data: what a finance office fills in. Amounts are integers of 分 (1/100 元 for 元 tables,
 * 1/100 万元 for 万元 tables): exact, and every table is computed from them, so the disclosure balances.
 */

/** One 支出功能分类 项 line and where its money comes from. */
export interface FunctionItem {
  /** 7-digit 项 code, e.g. "2080505". */
  code: string;
  name: string;
  /** Names of its 类 and 款. */
  className: string;
  sectionName: string;
  /** 一般公共预算: 基本支出 and 项目支出. */
  generalBasic: number;
  generalProject: number;
  /** 政府性基金预算 (project expenditure). */
  govFund: number;
  /** 单位资金 (project expenditure). */
  unitFunds: number;
  /** 非财政拨款结转结余 (project expenditure). */
  nonFiscalCarryover: number;
}

/** One 部门预算支出经济分类 款 line of the general budget's basic expenditure (表6). */
export interface EconomicLine {
  /** 5-digit code, e.g. "30101". */
  code: string;
  name: string;
  className: string;
  amount: number;
}

/** A project of the general budget (表7). */
export interface Project {
  /** 7-digit function code of the 项 it is budgeted under. */
  code: string;
  name: string;
  amount: number;
  /** Economic 类 column: 301, 302, 303 or 310. */
  economicClass: '301' | '302' | '303' | '310';
}

export interface BudgetData {
  department: string;
  year: number;
  unit: '万元' | '元';
  items: FunctionItem[];
  economic: EconomicLine[];
  projects: Project[];
  /** 三公经费 (general budget). */
  threePublic: { overseas: number; reception: number; vehiclePurchase: number; vehicleOperation: number };
}
