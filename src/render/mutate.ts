/**
 * Change one printed amount of a rendered document: the fixture for "change any single cell, the checker must
 * name it" property tests. Deterministic per seed.
 */
import { money } from './money.js';
import type { RenderedTable } from './table.js';

export interface Mutation {
  table: string;
  row: number;
  col: number;
  before: string;
  after: string;
}

const AMOUNT = /^\d+\.\d{2}$/u;

/** Every non-blank amount cell, as [table, row, col]. */
export function amountCells(tables: RenderedTable[]): [number, number, number][] {
  return tables.flatMap((t, ti) =>
    t.rows.flatMap((r, ri) =>
      r.flatMap((c, ci) => (AMOUNT.test(c) ? [[ti, ri, ci] as [number, number, number]] : [])),
    ),
  );
}

export function mutate(
  tables: RenderedTable[],
  seed: number,
): { tables: RenderedTable[]; mutation: Mutation } {
  const cells = amountCells(tables);
  const [ti, ri, ci] = cells[seed % cells.length];
  const before = tables[ti].rows[ri][ci];
  const cents = Math.round(Number(before.replace('.', '')));
  const step = 1 + ((seed * 7919) % 9999);
  const afterCents = cents > step && seed % 2 === 0 ? cents - step : cents + step;
  const after = money(afterCents);
  const copy = tables.map((t, i) =>
    i === ti
      ? { ...t, rows: t.rows.map((r, j) => (j === ri ? r.map((c, k) => (k === ci ? after : c)) : r)) }
      : t,
  );
  return { tables: copy, mutation: { table: tables[ti].label, row: ri, col: ci, before, after } };
}
