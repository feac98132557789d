/**
 * 表5–表10 of the national layout: the general budget by function and by economic class, its projects, the two
 * fund tables (empty with their note when there is no such money) and the 三公 table. What they print besides
 * amounts is the profile's (national-printed.ts).
 */
import type { PrintedTable } from '../profiles/types.js';
import { codedRows } from './coded.js';
import { generalSpending, type Ledger, type LedgerItem, type LedgerProject } from './ledger.js';
import { money, sum } from './money.js';
import type { Context, TableBuilder } from './summary.js';
import { byRole, namedLines, printedTable, type RenderedTable, widthOf } from './table.js';
import type { EconomicClass } from './types.js';

function table5(l: Ledger, p: PrintedTable, { z }: Context): RenderedTable {
  const values = (i: LedgerItem) =>
    byRole(p, { total: generalSpending(i), basic: i.basic, project: i.project + i.fiscalCarryover });
  return printedTable(p, codedRows(l.items, values, z));
}

function table6(l: Ledger, p: PrintedTable, { z }: Context): RenderedTable {
  const rows: string[][] = [];
  const line = (ps: number, op: number) =>
    byRole(p, { total: ps + op, personnel: ps, operating: op }).map((v) => money(v, z));
  for (const cls of [...new Set(l.economic.map((e) => e.code.slice(0, 3)))]) {
    const lines = l.economic.filter((e) => e.code.startsWith(cls));
    const [ps, op] = [sum(lines.map((e) => e.personnel)), sum(lines.map((e) => e.operating))];
    rows.push([cls, '', lines[0].className, ...line(ps, op)]);
    for (const e of lines) rows.push([cls, e.code.slice(3), e.name, ...line(e.personnel, e.operating)]);
  }
  const [ps, op] = [sum(l.economic.map((e) => e.personnel)), sum(l.economic.map((e) => e.operating))];
  rows.push(['', '', '合计', ...line(ps, op)]);
  return printedTable(p, rows);
}

function table7(l: Ledger, p: PrintedTable, { z }: Context): RenderedTable {
  // The economic 类 columns, as the template prints them (roles econ-301 …).
  const classes = p.amounts.filter((r) => r.startsWith('econ-')).map((r) => r.slice(5) as EconomicClass);
  const line = (ps: LedgerProject[]) =>
    byRole(p, {
      total: sum(ps.map((x) => x.total)),
      ...Object.fromEntries(classes.map((c) => [`econ-${c}`, sum(ps.map((x) => x.amounts[c]))])),
    }).map((v) => money(v, z));
  const item = (code: string) => l.items.find((i) => i.code === code) as LedgerItem;
  const rows: string[][] = [];
  for (const cls of [...new Set(l.projects.map((x) => x.code.slice(0, 3)))]) {
    const inClass = l.projects.filter((x) => x.code.startsWith(cls));
    rows.push([cls, '', '', item(inClass[0].code).className, '', ...line(inClass)]);
    for (const sec of [...new Set(inClass.map((x) => x.code.slice(0, 5)))]) {
      const inSection = inClass.filter((x) => x.code.startsWith(sec));
      rows.push([cls, sec.slice(3), '', item(inSection[0].code).sectionName, '', ...line(inSection)]);
      for (const x of inSection)
        rows.push([cls, sec.slice(3), x.code.slice(5), item(x.code).name, x.name, ...line([x])]);
    }
  }
  if (l.projects.length === 0) rows.push(Array(widthOf(p)).fill(''));
  rows.push(['', '', '', '', '合计', ...line(l.projects)]);
  return printedTable(p, rows);
}

/** 表8/表9: a fund's spending by function; without such money, an empty table and the template's note. */
const fundTable =
  (value: (i: LedgerItem) => number): TableBuilder =>
  (l, p, { z }) => {
    if (l.items.every((i) => value(i) === 0)) {
      // One blank line, and the 合计 line blank but for its name (the column before the amounts).
      const blank: string[] = Array(widthOf(p)).fill('');
      const named = blank.length - p.amounts.length - 1;
      const total = blank.map((x, k) => (k === named ? '合计' : x));
      return printedTable(p, [blank, total], false, p.emptyNote);
    }
    const values = (i: LedgerItem) => byRole(p, { total: value(i), basic: 0, project: value(i) });
    return printedTable(p, codedRows(l.items, values, z));
  };

function table10(l: Ledger, p: PrintedTable, { z }: Context): RenderedTable {
  const t = l.threePublic;
  const vehicle = t.vehiclePurchase + t.vehicleOperation;
  const lines = namedLines(p, {
    total: t.overseas + t.reception + vehicle,
    overseas: t.overseas,
    reception: t.reception,
    vehicle,
    'vehicle-purchase': t.vehiclePurchase,
    'vehicle-operation': t.vehicleOperation,
  });
  // 三公 money is the general budget's: the other sources print blank.
  const amounts = (v: number) =>
    byRole(p, { total: money(v, z), 'general-budget': money(v, z), 'gov-fund': '', 'state-capital': '' });
  return printedTable(
    p,
    lines.map(([label, v]) => [label, ...amounts(v)]),
  );
}

/** 表5–表10, by the kind of table the profile prints them as. */
export const DETAIL_TABLES: Record<string, TableBuilder> = {
  'general-budget-expenditure': table5,
  'general-budget-basic': table6,
  'general-budget-projects': table7,
  'gov-fund-expenditure': fundTable((i) => i.govFund),
  'state-capital-expenditure': fundTable((i) => i.stateCapital),
  'three-public': table10,
};
