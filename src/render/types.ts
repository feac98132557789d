/**
 * Structured budget data: what a finance office fills in (the JSON of `gongkai render`). Every table and every
 * narrative figure is computed from it, so the disclosure balances by construction.
 *
 * Amounts (`Money`) are decimal strings in the document's unit with at most two decimals ("542.05"); a JSON number
 * is accepted by loadBudgetData and read through its decimal text. An omitted amount is zero.
 */

export type Money = string;

/** 部门预算支出经济分类 类 printed as the columns of 表7. */
export type EconomicClass = '301' | '302' | '303' | '307' | '309' | '310' | '311' | '312' | '313' | '399';

/** 单位资金 sub-lines of 表1 (其中：事业收入 …). */
export type UnitFundsSource =
  | '事业收入'
  | '上级补助收入'
  | '附属单位上缴收入'
  | '事业单位经营收入'
  | '其他收入';

/** One 支出功能分类 项 line and where its money comes from. */
export interface FunctionItem {
  /** 7-digit 项 code, e.g. "2120101". */
  code: string;
  /** 项 name; taken from the name table when omitted. */
  name?: string;
  /** 一般公共预算 (this year's appropriation), by use: 基本支出 and 项目支出. */
  generalBudget?: { basic?: Money; project?: Money };
  /**
   * The part of generalBudget handed down from above (上级一般公共预算安排的转移支付): printed in its own 表2 column
   * and on 表1's "上级一般公共预算安排转移支付" line; the rest is the 一般财力 (表2 一般公共预算).
   */
  upperTransfer?: Money;
  /** 政府性基金预算拨款, 国有资本经营预算拨款, 财政专户核拨, 单位资金: project expenditure. */
  govFund?: Money;
  stateCapital?: Money;
  specialAccount?: Money;
  unitFunds?: Money;
  /**
   * 财政拨款结转 (general-budget money carried over from last year): project expenditure printed in the general
   * budget's 表4 column and 表5, so the projects of 表7 cover it too.
   */
  fiscalCarryover?: Money;
  /** 非财政拨款结转结余: project expenditure. */
  nonFiscalCarryover?: Money;
  /** Last year's 一般公共预算 budget of this 项 (for "比上年预算增加…" in the narrative). */
  priorGeneralBudget?: Money;
}

/** One 部门预算支出经济分类 款 line of the general budget's basic expenditure (表6). */
export interface EconomicLine {
  /** 5-digit code, e.g. "30101". */
  code: string;
  name?: string;
  /** 人员经费 and 公用经费 parts (provinces differ on which codes count as which). */
  personnel?: Money;
  operating?: Money;
}

/** A project of the general budget (表7), with its amount split by economic 类. */
export interface Project {
  /** 7-digit function code of the 项 it is budgeted under. */
  code: string;
  name: string;
  amounts: Partial<Record<EconomicClass, Money>>;
}

/** 财政拨款“三公”经费 (general budget). */
export interface ThreePublic {
  overseas?: Money;
  reception?: Money;
  vehiclePurchase?: Money;
  vehicleOperation?: Money;
}

/** Last year's budget figures the narrative compares with; a missing one leaves its comparison out. */
export interface PriorYear {
  /** 一般公共预算拨款. */
  generalBudget?: Money;
  unitFunds?: Money;
  /** 基本支出 and 项目支出 of all sources (表3). */
  basic?: Money;
  project?: Money;
  threePublic?: ThreePublic;
  /** 机关运行经费. */
  operatingCost?: Money;
  /**
   * The year before last's 一般公共预算财政拨款支出: 年初预算数 and 决算数, for the 说明's "决算数大于/小于/等于年初
   * 预算数" sentence (the final account of last year is not closed when the budget is published).
   */
  final?: { budget: Money; actual: Money };
}

export interface BudgetData {
  department: string;
  year: number;
  unit: '万元' | '元';
  items: FunctionItem[];
  economic: EconomicLine[];
  projects: Project[];
  threePublic: ThreePublic;
  prior?: PriorYear;
  /** Names of 类/款 codes (function or economic) the built-in table lacks, or overrides. */
  names?: Record<string, string>;
  /** Which 其中 line of 表1 the 单位资金 is printed on (default 其他收入). */
  unitFundsSource?: UnitFundsSource;
  /** Or the 单位资金 split over several 其中 lines; the parts add up to the items' unitFunds. */
  unitFundsSources?: Partial<Record<UnitFundsSource, Money>>;
  /** An administrative agency prints 机关运行经费 (= 公用经费); default true. */
  administrative?: boolean;
  style?: NarrativeStyle;
}

/**
 * How the 说明 phrases a comparison with last year (real documents use each): 'full' "比上年预算增加D万元，增长G%",
 * 'delta' the change only, 'rate' the rate only, 'ends' both years' figures with, in turn, the change and rate,
 * the change only, the rate only, or last year's figure inside the comparison ("比Y年预算数P万元增加D万元，增长G%").
 */
export type GrowthPhrasing = 'full' | 'delta' | 'rate' | 'ends';

/** The wording of the 说明, where real documents differ; the figures are the same whatever is chosen. */
export interface NarrativeStyle {
  /** Growth phrasing per comparison, used in turn (default ['full']). */
  growth?: GrowthPhrasing[];
  /**
   * "一般公共预算支出X万元（含上年结转Y万元），其中：…" where there is a carry-over, and this year's income said
   * "收入预算X万元（不含上年结转）" (default false).
   */
  carryoverAside?: boolean;
}

export interface RenderOptions {
  /** Print zero amounts blank (default) or as "0.00". */
  zeroAsBlank?: boolean;
  /** List every function 类 on the expenditure side of 表1/表4, as the national template does (default true). */
  allClasses?: boolean;
}
