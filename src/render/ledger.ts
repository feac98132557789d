/**
 * BudgetData → Ledger: the same data with every amount in integer 分, every name resolved, lines sorted by code.
 * All tables and sentences are computed from the ledger only.
 */
import { ECONOMIC_CLASSES } from './names.js';
import type { EconomicClass, GrowthPhrasing, UnitFundsSource } from './types.js';

/** The 其中 lines of 表1's 单位资金, in the template's order. */
export const UNIT_FUNDS_LINES: UnitFundsSource[] = [
  '事业收入',
  '上级补助收入',
  '附属单位上缴收入',
  '事业单位经营收入',
  '其他收入',
];

export const ECONOMIC_CLASS_CODES = ECONOMIC_CLASSES.map(([c]) => c) as EconomicClass[];

export interface LedgerItem {
  code: string;
  name: string;
  className: string;
  sectionName: string;
  /** 一般公共预算 (this year) 基本支出 and 项目支出. */
  basic: number;
  project: number;
  /** The part of basic + project handed down from above (上级一般公共预算安排的转移支付). */
  upperTransfer: number;
  govFund: number;
  stateCapital: number;
  specialAccount: number;
  unitFunds: number;
  fiscalCarryover: number;
  nonFiscalCarryover: number;
  prior?: number;
}

export interface LedgerLine {
  code: string;
  name: string;
  className: string;
  personnel: number;
  operating: number;
}

export interface LedgerProject {
  code: string;
  name: string;
  amounts: Record<EconomicClass, number>;
  total: number;
}

export interface LedgerThreePublic {
  overseas: number;
  reception: number;
  vehiclePurchase: number;
  vehicleOperation: number;
}

export interface Ledger {
  department: string;
  year: number;
  unit: '万元' | '元';
  items: LedgerItem[];
  economic: LedgerLine[];
  projects: LedgerProject[];
  threePublic: LedgerThreePublic;
  prior: {
    generalBudget?: number;
    unitFunds?: number;
    basic?: number;
    project?: number;
    threePublic?: LedgerThreePublic;
    operatingCost?: number;
    final?: { budget: number; actual: number };
  };
  /** 单位资金 by the 表1 其中 line it is printed on. */
  unitFundsBy: Partial<Record<UnitFundsSource, number>>;
  administrative: boolean;
  style: { growth: GrowthPhrasing[]; carryoverAside: boolean };
}

/** 一般公共预算 spent through 表5: this year's appropriation plus the fiscal carry-over. */
export const generalSpending = (i: LedgerItem) => i.basic + i.project + i.fiscalCarryover;
/** 一般公共预算拨款 of this year (表1/表2). */
export const generalAppropriation = (i: LedgerItem) => i.basic + i.project;
/** Everything the 项 spends (表3 合计). */
export const itemTotal = (i: LedgerItem) =>
  generalSpending(i) + i.govFund + i.stateCapital + i.specialAccount + i.unitFunds + i.nonFiscalCarryover;
