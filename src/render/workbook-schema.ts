/**
 * The fill-in workbook of `gongkai render --template`: which sheet holds which part of the BudgetData and which
 * column or row holds which field. One description, read by the template writer and by the reader of a filled
 * workbook, so the two cannot disagree.
 */
export { UNIT_FUNDS_LINES } from './ledger.js';

import { ECONOMIC_CLASSES } from './names.js';
import type { EconomicClass, UnitFundsSource } from './types.js';

export const SHEETS = {
  info: '基本信息',
  items: '功能分类',
  economic: '经济分类',
  projects: '项目',
  threePublic: '三公经费',
  prior: '上年数',
} as const;

/** 基本信息: one row per field, its label in column A and its value in column B. */
export const INFO_ROWS = {
  department: '编制部门',
  year: '预算年度',
  unit: '金额单位（万元或元）',
  administrative: '是否行政单位（是/否）',
} as const;

/** 基本信息 rows of 单位资金 by 表1 line ("单位资金：事业收入"); all blank puts all of it on 其他收入. */
export const unitFundsRow = (line: UnitFundsSource) => `单位资金：${line}`;

/** 功能分类: one row per 项, a column per source of money. */
export const ITEM_COLUMNS = [
  ['code', '功能分类科目编码（项）'],
  ['name', '科目名称'],
  ['basic', '一般公共预算基本支出'],
  ['project', '一般公共预算项目支出'],
  ['upperTransfer', '其中：上级转移支付'],
  ['govFund', '政府性基金预算拨款'],
  ['stateCapital', '国有资本经营预算拨款'],
  ['specialAccount', '财政专户核拨'],
  ['unitFunds', '单位资金'],
  ['fiscalCarryover', '财政拨款结转'],
  ['nonFiscalCarryover', '非财政拨款结转结余'],
  ['priorGeneralBudget', '上年一般公共预算数'],
] as const;

export const ECONOMIC_COLUMNS = [
  ['code', '经济分类科目编码（款）'],
  ['name', '科目名称'],
  ['personnel', '人员经费'],
  ['operating', '公用经费'],
] as const;

/** 项目: code, name, then one column per 经济分类 类 of 表7. */
export const PROJECT_COLUMNS: [string, string][] = [
  ['code', '功能分类科目编码（项）'],
  ['name', '项目名称'],
  ...ECONOMIC_CLASSES.map(([code, name]): [string, string] => [code, `${code} ${name}`]),
];

export const PROJECT_CLASSES = ECONOMIC_CLASSES.map(([code]) => code as EconomicClass);

/** 三公经费: one row per kind, this year's and last year's budget. */
export const THREE_PUBLIC_ROWS = [
  ['overseas', '因公出国（境）费'],
  ['reception', '公务接待费'],
  ['vehiclePurchase', '公务用车购置费'],
  ['vehicleOperation', '公务用车运行费'],
] as const;
export const THREE_PUBLIC_COLUMNS = ['项目', '本年预算', '上年预算'];

/** 上年数: last year's figures the 说明 compares with (a blank leaves its comparison out). */
export const PRIOR_ROWS = [
  ['generalBudget', '上年一般公共预算拨款'],
  ['unitFunds', '上年单位资金'],
  ['basic', '上年基本支出'],
  ['project', '上年项目支出'],
  ['operatingCost', '上年机关运行经费'],
  ['finalBudget', '前年一般公共预算财政拨款支出年初预算数'],
  ['finalActual', '前年一般公共预算财政拨款支出决算数'],
] as const;
