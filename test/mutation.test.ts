/**
 * The property gongkai is judged on: change one printed amount anywhere in 表1–表10 of a consistent document —
 * a finding must name the new value, and the localizer must name that very cell with its original value.
 */
import { describe, expect, it } from 'vitest';
import { parseWordText } from '../src/ingest/text/index.js';
import { checkRaw } from '../src/pipeline/check.js';
import { mutate, nationalTables, randomBudgetData, renderTablesText } from '../src/render/index.js';

const RUNS = 160;

describe('single-cell mutations of consistent rendered documents', () => {
  const outcomes = Array.from({ length: RUNS }, (_, k) => {
    const seed = k + 1;
    const data = randomBudgetData((seed % 40) + 1);
    const { tables, mutation } = mutate(nationalTables(data), seed * 31);
    const report = checkRaw(parseWordText(renderTablesText(data, tables), 'm.txt'), 'm.txt').report;
    return { mutation, report };
  });

  it('always produce a finding that names the new value', () => {
    const missed = outcomes.filter(
      ({ mutation: m, report: r }) =>
        !r.findings.some(
          (f) =>
            f.actual === m.after || f.related.some((x) => x.value === m.after) || f.message.includes(m.after),
        ),
    );
    expect(missed.map((o) => o.mutation)).toEqual([]);
  });

  it('are localized to exactly the changed cell, with its original value, in at least 95% of cases', () => {
    const exact = outcomes.filter(({ mutation: m, report: r }) => {
      const [s] = r.suspects;
      return (
        r.suspects.length === 1 &&
        s.table === m.table &&
        s.actual === m.after &&
        s.suggested === m.before &&
        !s.tie
      );
    });
    expect(exact.length / RUNS).toBeGreaterThanOrEqual(0.95);
  });

  it('touch every table', () => {
    expect(new Set(outcomes.map((o) => o.mutation.table)).size).toBeGreaterThanOrEqual(8);
  });
});

describe('two changed cells in different tables', () => {
  it('are both named', () => {
    let both = 0;
    const runs = 30;
    for (let k = 1; k <= runs; k++) {
      const data = randomBudgetData(k + 100);
      const first = mutate(nationalTables(data), k * 13);
      let second = mutate(first.tables, k * 29 + 5);
      for (let j = 1; second.mutation.table === first.mutation.table && j < 50; j++)
        second = mutate(first.tables, k * 29 + 5 + j);
      const r = checkRaw(parseWordText(renderTablesText(data, second.tables), 'm.txt'), 'm.txt').report;
      const names = (m: typeof first.mutation) =>
        r.suspects.some((s) => s.table === m.table && s.actual === m.after && s.suggested === m.before);
      if (names(first.mutation) && names(second.mutation)) both++;
    }
    expect(both / runs).toBeGreaterThanOrEqual(0.9);
  });
});
