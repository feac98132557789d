/**
 * BudgetData → Ledger: the same data with every amount in integer 分, every name resolved, lines sorted by code.
 * All tables and sentences are computed from the ledger only.
 */
import { ECONOMIC_CLASSES } from './names.js';
import type { EconomicClass, UnitFundsSource } from './types.js';

export const ECONOMIC_CLASS_CODES = ECONOMIC_CLASSES.map(([c]) => c) as EconomicClass[];

export interface LedgerItem {
  code: string;
  name: string;
  className: string;
  sectionName: string;
  /** 一般公共预算 (this year) 基本支出 and 项目支出. */
  basic: number;
  project: number;
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
  };
  unitFundsSource: UnitFundsSource;
  administrative: boolean;
}

/** 一般公共预算 spent through 表5: this year's appropriation plus the fiscal carry-over. */
export const generalSpending = (i: LedgerItem) => i.basic + i.project + i.fiscalCarryover;
/** 一般公共预算拨款 of this year (表1/表2). */
export const generalAppropriation = (i: LedgerItem) => i.basic + i.project;
/** Everything the 项 spends (表3 合计). */
export const itemTotal = (i: LedgerItem) =>
  generalSpending(i) + i.govFund + i.stateCapital + i.specialAccount + i.unitFunds + i.nonFiscalCarryover;
