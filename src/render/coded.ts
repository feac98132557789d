/**
 * Rows of a table coded by function class (类/款/项 as three cells): every 类 and 款 row and the 合计 row are
 * computed from the 项 values, so the hierarchy and the total hold by construction.
 */
import type { LedgerItem } from './ledger.js';
import { money, sum } from './money.js';

export type Values = (item: LedgerItem) => number[];

const totals = (list: LedgerItem[], values: Values, width: number) =>
  Array.from({ length: width }, (_, k) => sum(list.map((i) => values(i)[k])));

/** [类, 款, 项, name, ...amounts] rows for the items with any non-zero value, then the 合计 row. */
export function codedRows(items: LedgerItem[], values: Values, zeroAsBlank: boolean): string[][] {
  const used = items.filter((i) => values(i).some((v) => v !== 0));
  const width = values(items[0]).length;
  const fmt = (vs: number[]) => vs.map((v) => money(v, zeroAsBlank));
  const rows: string[][] = [];
  for (const cls of [...new Set(used.map((i) => i.code.slice(0, 3)))]) {
    const inClass = used.filter((i) => i.code.startsWith(cls));
    rows.push([cls, '', '', inClass[0].className, ...fmt(totals(inClass, values, width))]);
    for (const sec of [...new Set(inClass.map((i) => i.code.slice(0, 5)))]) {
      const inSection = inClass.filter((i) => i.code.startsWith(sec));
      rows.push([cls, sec.slice(3), '', inSection[0].sectionName, ...fmt(totals(inSection, values, width))]);
      for (const i of inSection) rows.push([cls, sec.slice(3), i.code.slice(5), i.name, ...fmt(values(i))]);
    }
  }
  rows.push(['', '', '', '合计', ...fmt(totals(used, values, width))]);
  return rows;
}

/** Totals per 类 of a value, in code order. */
export function classTotals(items: LedgerItem[], value: (i: LedgerItem) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of items) out.set(i.code.slice(0, 3), (out.get(i.code.slice(0, 3)) ?? 0) + value(i));
  return out;
}
