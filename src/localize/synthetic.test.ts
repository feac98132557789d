/**
 * The localizer on synthetic consistent documents (test/kits/localize-synthetic.ts): one misprinted cell must be named with its
 * original value; independent misprints must each be named; equally good explanations must be reported as ties.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { evaluateDocument, misprint } from '../../test/kits/localize-mutate.js';
import { rng, syntheticDocument } from '../../test/kits/localize-synthetic.js';
import { type CellRef, cellKey, type EvaluatedIdentity } from '../model/identity.js';
import { judge } from '../model/rounding.js';
import { type Localization, localize } from './index.js';

const TRIALS = 240;

function pick<T>(xs: T[], random: () => number): T {
  return xs[Math.floor(random() * xs.length)];
}

function names(l: Localization, cell: CellRef, original: Decimal): boolean {
  return l.suspects.some((s) => cellKey(s.cell) === cellKey(cell) && s.suggested.eq(original));
}

describe('localize on a synthetic document', () => {
  it('finds nothing to blame when every identity holds', () => {
    const doc = syntheticDocument({ seed: 1 });
    const identities = evaluateDocument(doc);
    expect(identities.filter((i) => i.outcome === 'mismatch')).toEqual([]);
    expect(localize(identities)).toEqual({ suspects: [], unexplained: [] });
  });

  it(`names exactly the misprinted cell, with its original value, in ≥ 95% of ${TRIALS} random misprints`, () => {
    const random = rng(20261128);
    let detectable = 0;
    const missed: string[] = [];
    for (let k = 0; detectable < TRIALS; k++) {
      const doc = syntheticDocument({ seed: k + 1, classes: 2 + (k % 3), copied: 1 + (k % 2) });
      const cell = pick(doc.mutable, random);
      const original = doc.values.get(cellKey(cell))!;
      const identities = evaluateDocument(doc, new Map([[cellKey(cell), misprint(original, random)]]));
      if (!identities.some((i) => i.outcome === 'mismatch')) continue;
      detectable++;
      const l = localize(identities);
      const [s] = l.suspects;
      const exact =
        l.suspects.length === 1 && !s.tie && names(l, cell, original) && l.unexplained.length === 0;
      if (!exact) missed.push(`doc ${k + 1} ${cellKey(cell)}`);
    }
    expect(missed.length / TRIALS).toBeLessThanOrEqual(0.05);
  });

  it('names both cells of two misprints under different 类 (independent groups)', () => {
    const random = rng(7);
    for (let k = 0; k < 60; k++) {
      const doc = syntheticDocument({ seed: 500 + k, classes: 4 });
      const [a, b] = [...doc.leavesByClass.values()].sort(() => random() - 0.5);
      const cells = [pick(a, random), pick(b, random)];
      const changed = new Map(cells.map((c) => [cellKey(c), misprint(doc.values.get(cellKey(c))!, random)]));
      const l = localize(evaluateDocument(doc, changed));
      for (const c of cells) expect(names(l, c, doc.values.get(cellKey(c))!), `doc ${500 + k}`).toBe(true);
      expect(l.suspects).toHaveLength(2);
    }
  });

  it('names ten independent misprints at once', () => {
    const random = rng(11);
    const doc = syntheticDocument({ seed: 99, classes: 10, width: 3 });
    const cells = [...doc.leavesByClass.values()].map((leaves) => pick(leaves, random));
    const changed = new Map(cells.map((c) => [cellKey(c), misprint(doc.values.get(cellKey(c))!, random)]));
    const l = localize(evaluateDocument(doc, changed));
    expect(cells.filter((c) => !names(l, c, doc.values.get(cellKey(c))!))).toEqual([]);
    expect(l.unexplained).toEqual([]);
  });

  it('uses the identities that still hold to choose among cells of the only violated one', () => {
    // 20 元 more on a 表1 类 line: within the rounding of 表3's 万元 printing, so only 支出总计 = Σ 类 fails; any
    // of its cells would fix that sum, but only this one keeps its 表3 printing in agreement.
    const doc = syntheticDocument({ seed: 5, classes: 4 });
    const cell = { table: 't1', row: 2, column: 'amount' };
    const original = doc.values.get(cellKey(cell))!;
    const identities = evaluateDocument(doc, new Map([[cellKey(cell), original.plus(20)]]));
    expect(identities.filter((i) => i.outcome === 'mismatch').map((i) => i.id)).toEqual(['line-sum:t1/0']);
    const l = localize(identities);
    expect(l.suspects.map((s) => [cellKey(s.cell), s.suggested.toFixed(2), s.tie])).toEqual([
      [cellKey(cell), original.toFixed(2), false],
    ]);
  });

  it('reports a suggestion in the cell’s own unit when it is compared in 元 elsewhere', () => {
    const doc = syntheticDocument({ seed: 3 });
    const cell = { table: 't3', row: 0, column: 'total' };
    const original = doc.values.get(cellKey(cell))!;
    const l = localize(evaluateDocument(doc, new Map([[cellKey(cell), original.plus(10)]])));
    expect(l.suspects.map((s) => [cellKey(s.cell), s.actual.toFixed(2), s.suggested.toFixed(2)])).toEqual([
      [cellKey(cell), original.plus(10).toFixed(2), original.toFixed(2)],
    ]);
    expect(l.suspects[0].explains.sort()).toEqual(['row-sum:t3/0', 't1-t3:0', 'total-row:t3/0/total']);
  });
});

/** A hand-built identity over cells that appear nowhere else. */
function lone(
  id: string,
  total: [string, string],
  parts: [string, string][],
  exact = false,
): EvaluatedIdentity {
  const term = ([column, value]: [string, string]) => ({
    cell: { table: 't9', row: 0, column },
    value: new Decimal(value),
    precision: 2,
    sign: 1 as const,
  });
  const expected = parts.reduce((s, [, v]) => s.plus(v), new Decimal(0));
  return {
    id,
    family: exact ? 'cross-table' : 'row-sum',
    source: id,
    description: id,
    total: term(total),
    parts: parts.map(term),
    relation: 'eq',
    exact,
    unit: '万元',
    outcome: 'mismatch',
    expected,
    difference: new Decimal(total[1]).minus(expected),
    tolerance: judge(term(total), parts.map(term), 'eq', exact).tolerance,
  };
}

describe('ties', () => {
  it('lists both printings of a quantity printed twice differently: 两种解释同样可能', () => {
    const l = localize([lone('copy', ['a', '12.50'], [['b', '12.05']], true)]);
    expect(l.suspects.map((s) => [s.cell.column, s.suggested.toFixed(2), s.tie])).toEqual([
      ['a', '12.05', true],
      ['b', '12.50', true],
    ]);
    expect(l.unexplained).toEqual([]);
  });

  it('lists the three cells of a lone 合计 = 基本 + 项目, each as a tie', () => {
    const l = localize([
      lone(
        'sum',
        ['total', '31.00'],
        [
          ['basic', '20.00'],
          ['project', '10.00'],
        ],
      ),
    ]);
    expect(l.suspects.map((s) => [s.cell.column, s.suggested.toFixed(2)]).sort()).toEqual([
      ['basic', '21.00'],
      ['project', '11.00'],
      ['total', '30.00'],
    ]);
    expect(l.suspects.every((s) => s.tie)).toBe(true);
  });

  it('blames no cell when more explanations tie than can be listed', () => {
    const parts: [string, string][] = [
      ['a', '1.00'],
      ['b', '2.00'],
      ['c', '3.00'],
    ];
    const l = localize([lone('wide', ['t', '9.00'], parts)]);
    expect(l).toEqual({ suspects: [], unexplained: ['wide'] });
  });

  it('prefers a cell printed once over one other identities use too (DESIGN §6), and says no tie', () => {
    // a = b fails; changing either fixes it and breaks nothing (b only bounds c with room to spare), but b takes
    // part in two identities: a, printed once, is the likelier misprint.
    const bound: EvaluatedIdentity = {
      ...lone('bound', ['c', '1.00'], [['b', '12.05']]),
      relation: 'le',
      outcome: 'exact',
    };
    const l = localize([lone('copy', ['a', '12.50'], [['b', '12.05']], true), bound]);
    expect(l.suspects.map((s) => [s.cell.column, s.suggested.toFixed(2), s.tie])).toEqual([
      ['a', '12.05', false],
    ]);
  });
});
