/**
 * 表1–表4 of the national layout: the two-sided summaries (income lines left, function 类 lines right) and the
 * coded income and expenditure tables. What they print besides amounts is the profile's (national-printed.ts).
 */
import type { PrintedTable } from '../profiles/types.js';
import { codedRows } from './coded.js';
import {
  generalAppropriation,
  generalSpending,
  itemTotal,
  type Ledger,
  type LedgerItem,
  UNIT_FUNDS_LINES,
} from './ledger.js';
import { money, sum } from './money.js';
import { functionClasses } from './names.js';
import { byRole, lineLabel, namedLines, printedTable, type RenderedTable } from './table.js';

/** Builds one table of the template from the ledger: its printed form from the profile, its amounts computed. */
export type TableBuilder = (l: Ledger, p: PrintedTable, ctx: Context) => RenderedTable;

/** The document's sums of each item's sources (upperTransfer: the part of general handed down from above). */
export type Totals = Pick<LedgerItem, Source> & {
  general: number;
  /** 本年收入, 上年结转结余, 收入总计. */
  currentYear: number;
  carryover: number;
  all: number;
};

type Source = (typeof SOURCES)[number];
const SOURCES = [
  'upperTransfer',
  'govFund',
  'stateCapital',
  'specialAccount',
  'unitFunds',
  'fiscalCarryover',
  'nonFiscalCarryover',
] as const;

export function totalsOf(l: Ledger): Totals {
  const s = (f: (i: LedgerItem) => number) => sum(l.items.map(f));
  const t = {
    general: s(generalAppropriation),
    ...(Object.fromEntries(SOURCES.map((k) => [k, s((i) => i[k])])) as Pick<LedgerItem, Source>),
  };
  const currentYear = t.general + t.govFund + t.stateCapital + t.specialAccount + t.unitFunds;
  const carryover = t.fiscalCarryover + t.nonFiscalCarryover;
  return { ...t, currentYear, carryover, all: currentYear + carryover };
}

/** The 类 lines of the expenditure side: every 类 of the template, or only those with money. */
function classLines(l: Ledger, values: (i: LedgerItem) => number[], all: boolean, z: boolean): string[][] {
  const width = values(l.items[0]).length;
  const byClass = new Map<string, number[]>();
  for (const i of l.items) {
    const acc = byClass.get(i.code.slice(0, 3)) ?? Array(width).fill(0);
    byClass.set(
      i.code.slice(0, 3),
      values(i).map((v, k) => acc[k] + v),
    );
  }
  const known = new Map(functionClasses(l.year));
  for (const i of l.items) known.set(i.code.slice(0, 3), i.className);
  return [...known]
    .sort(([a], [b]) => a.localeCompare(b))
    .filter(([code]) => all || (byClass.get(code) ?? []).some((v) => v !== 0))
    .map(([code, name]) => [
      `${code} ${name}`,
      ...(byClass.get(code) ?? Array(width).fill(0)).map((v) => money(v, z)),
    ]);
}

function twoSided(left: string[][], right: string[][], rightWidth: number): string[][] {
  const n = Math.max(left.length, right.length);
  return Array.from({ length: n }, (_, k) => [
    ...(left[k] ?? ['', '']),
    ...(right[k] ?? Array(rightWidth).fill('')),
  ]);
}

/** The render context of one document: its totals and the options. */
export interface Context {
  t: Totals;
  /** List every function 类 on the expenditure side. */
  all: boolean;
  /** Zero prints blank. */
  z: boolean;
}

/** A two-sided table's income side: each line of the template but the total row, with its amount. */
function incomeSide(p: PrintedTable, values: Record<string, number>, z: boolean): string[][] {
  return namedLines(p, values, ['income-total', 'expenditure-total']).map(([label, v]) => [
    label,
    money(v, z),
  ]);
}

/** The two-sided tables' last row: 收入总计 with its amount, 支出总计 with its amounts. */
const totalRow = (p: PrintedTable, income: string, spent: string[]) => [
  lineLabel(p, 'income-total'),
  income,
  lineLabel(p, 'expenditure-total'),
  ...spent,
];

function table1(l: Ledger, p: PrintedTable, { t, all, z }: Context): RenderedTable {
  const unitLines = Object.fromEntries(UNIT_FUNDS_LINES.map((name) => [name, l.unitFundsBy[name] ?? 0]));
  const left = incomeSide(
    p,
    {
      'current-year-income': t.currentYear,
      'general-budget-appropriation': t.general,
      'general-own': t.general - t.upperTransfer,
      'general-transfer': t.upperTransfer,
      'gov-fund-appropriation': t.govFund,
      'gov-fund-own': t.govFund,
      'gov-fund-transfer': 0,
      'state-capital-appropriation': t.stateCapital,
      'state-capital-own': t.stateCapital,
      'state-capital-transfer': 0,
      'special-account': t.specialAccount,
      'unit-funds': t.unitFunds,
      ...unitLines,
      'prior-carryover': t.carryover,
      'fiscal-carryover': t.fiscalCarryover,
      'fiscal-carryover-general': t.fiscalCarryover,
      'fiscal-carryover-gov-fund': 0,
      'fiscal-carryover-state-capital': 0,
      'nonfiscal-carryover': t.nonFiscalCarryover,
      'nonfiscal-carryover-special-account': 0,
      'nonfiscal-carryover-unit-funds': t.nonFiscalCarryover,
    },
    z,
  );
  const right = classLines(l, (i) => [itemTotal(i)], all, z);
  const rows = [...twoSided(left, right, 2), totalRow(p, money(t.all, z), [money(t.all, z)])];
  return printedTable(p, rows, true);
}

function table2(l: Ledger, p: PrintedTable, { z }: Context): RenderedTable {
  const values = (i: LedgerItem) =>
    byRole(p, {
      total: itemTotal(i),
      'fiscal-subtotal': generalAppropriation(i) + i.govFund + i.stateCapital,
      'general-budget': generalAppropriation(i) - i.upperTransfer,
      'general-transfer': i.upperTransfer,
      'gov-fund': i.govFund,
      'gov-fund-transfer': 0,
      'state-capital': i.stateCapital,
      'state-capital-transfer': 0,
      'special-account': i.specialAccount,
      'unit-funds': i.unitFunds,
      'fiscal-carryover': i.fiscalCarryover,
      'nonfiscal-carryover': i.nonFiscalCarryover,
    });
  return printedTable(p, codedRows(l.items, values, z));
}

function table3(l: Ledger, p: PrintedTable, { z }: Context): RenderedTable {
  const values = (i: LedgerItem) =>
    byRole(p, { total: itemTotal(i), basic: i.basic, project: itemTotal(i) - i.basic });
  return printedTable(p, codedRows(l.items, values, z));
}

function table4(l: Ledger, p: PrintedTable, { t, all, z }: Context): RenderedTable {
  const fiscal = t.general + t.govFund + t.stateCapital;
  const left = incomeSide(
    p,
    {
      'fiscal-appropriation': fiscal,
      'general-budget': t.general,
      'gov-fund': t.govFund,
      'state-capital': t.stateCapital,
      'prior-carryover': t.fiscalCarryover,
    },
    z,
  );
  const spending = p.amounts.slice(1);
  const spent = (values: Record<string, number>) => spending.map((role) => values[role]);
  const values = (i: LedgerItem) =>
    spent({
      total: generalSpending(i) + i.govFund + i.stateCapital,
      'general-budget': generalSpending(i),
      'gov-fund': i.govFund,
      'state-capital': i.stateCapital,
    });
  const right = classLines(l, values, all, z);
  const totals = spent({
    total: fiscal + t.fiscalCarryover,
    'general-budget': t.general + t.fiscalCarryover,
    'gov-fund': t.govFund,
    'state-capital': t.stateCapital,
  });
  const rows = [
    ...twoSided(left, right, spending.length + 1),
    totalRow(
      p,
      money(fiscal + t.fiscalCarryover, z),
      totals.map((v) => money(v, z)),
    ),
  ];
  return printedTable(p, rows, true);
}

/** 表1–表4, by the kind of table the profile prints them as. */
export const SUMMARY_TABLES: Record<string, TableBuilder> = {
  'income-expenditure-summary': table1,
  'income-summary': table2,
  'expenditure-summary': table3,
  'fiscal-summary': table4,
};
