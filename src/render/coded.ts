/**
 * Rows of a coded table (类/款/项 with their sums), from 项-level values: every parent is computed, so the
 * hierarchy and the 合计 row hold by construction.
 */

import { money, sum } from './money.js';
import type { FunctionItem } from './types.js';

export type Values = (item: FunctionItem) => number[];

function split(code: string): [string, string, string] {
  return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
}

/** [类, 款, 项, name, ...amounts] rows for the items with any non-zero value, then the 合计 row. */
export function codedRows(items: FunctionItem[], values: Values, zeroAsBlank: boolean): string[][] {
  const used = items.filter((i) => values(i).some((v) => v !== 0));
  const width = used[0] ? values(used[0]).length : 0;
  const total = (list: FunctionItem[]) =>
    Array.from({ length: width }, (_, k) => sum(list.map((i) => values(i)[k])));
  const fmt = (vs: number[]) => vs.map((v) => money(v, zeroAsBlank));
  const rows: string[][] = [];
  for (const cls of [...new Set(used.map((i) => i.code.slice(0, 3)))]) {
    const inClass = used.filter((i) => i.code.startsWith(cls));
    rows.push([cls, '', '', inClass[0].className, ...fmt(total(inClass))]);
    for (const sec of [...new Set(inClass.map((i) => i.code.slice(0, 5)))]) {
      const inSection = inClass.filter((i) => i.code.startsWith(sec));
      rows.push([cls, sec.slice(3), '', inSection[0].sectionName, ...fmt(total(inSection))]);
      for (const i of inSection) rows.push([...split(i.code), i.name, ...fmt(values(i))]);
    }
  }
  rows.push(['', '', '', '合计', ...fmt(total(used))]);
  return rows;
}

/** Totals per 类 (for the summary tables' expenditure side). */
export function classTotals(
  items: FunctionItem[],
  value: (i: FunctionItem) => number,
): { code: string; name: string; amount: number }[] {
  const classes = [...new Set(items.map((i) => i.code.slice(0, 3)))];
  return classes
    .map((code) => {
      const inClass = items.filter((i) => i.code.startsWith(code));
      return { code, name: inClass[0].className, amount: sum(inClass.map(value)) };
    })
    .filter((c) => c.amount !== 0);
}
