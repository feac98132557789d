import { describe, expect, it } from 'vitest';
import {
  CONSISTENT_T1_ROWS,
  CONSISTENT_T3_ROWS,
  CONSISTENT_T10_ROWS,
  t1,
  t3,
  t10,
  toDisclosure,
  withCell,
} from '../../test/kits/disclosures.js';
import { cellInfo } from '../pipeline/localize-findings.js';
import { nationalBudget } from '../profiles/national-budget.js';
import { runRules } from '../rules/index.js';
import { localize } from './index.js';

function suspectsOf(...tables: string[]) {
  const d = toDisclosure(...tables);
  const { identities } = runRules(d, nationalBudget, []);
  return { d, suspects: localize(identities, { cells: cellInfo(d) }).suspects };
}

/** Every amount cell of a rows table, as [row, col]. */
function amountCells(rows: string[][], firstAmountCol: number): [number, number][] {
  return rows.flatMap((r, i) =>
    r.flatMap((c, j) =>
      j >= firstAmountCol && c !== '' && /^\d/.test(c) ? [[i, j] as [number, number]] : [],
    ),
  );
}

describe('localize', () => {
  it('names nothing on a consistent document', () => {
    expect(suspectsOf(t1(), t3(), t10()).suspects).toEqual([]);
  });

  it('names exactly the changed cell, with its original value, for a change anywhere in 表3', () => {
    const cells = amountCells(CONSISTENT_T3_ROWS, 4);
    let named = 0;
    for (const [r, c] of cells) {
      const original = CONSISTENT_T3_ROWS[r][c];
      const changed = (Number(original) + 1.11).toFixed(2);
      const { d, suspects } = suspectsOf(t1(), t3(withCell(CONSISTENT_T3_ROWS, r, c, changed)), t10());
      const table = d.tables.find((t) => t.label === '表3')!;
      const key = ['total', 'basic', 'project'][c - 4];
      const hit =
        suspects.length === 1 &&
        suspects[0].cell.table === table.id &&
        suspects[0].cell.row === r &&
        suspects[0].cell.column === key;
      if (hit && suspects[0].suggested.toFixed(2) === original && !suspects[0].tie) named++;
    }
    expect(named / cells.length).toBeGreaterThanOrEqual(0.95);
  });

  it('names two changed cells in different tables', () => {
    const { d, suspects } = suspectsOf(
      t1(withCell(CONSISTENT_T1_ROWS, 3, 1, '12.00')),
      t3(),
      t10(withCell(CONSISTENT_T10_ROWS, 2, 1, '1.50')),
    );
    const named = suspects.map((s) => {
      const t = d.tables.find((x) => x.id === s.cell.table)!;
      return `${t.label} ${t.rows[s.cell.row].label} ${s.cell.column}=${s.suggested.toFixed(2)}`;
    });
    expect(named.sort()).toEqual(['表1 2.单位资金 income.amount=10.00', '表10 公务接待费 total=1.00']);
  });

  it('reads the same cells off the identities when not given the disclosure', () => {
    const d = toDisclosure(t1(withCell(CONSISTENT_T1_ROWS, 3, 1, '12.00')), t3(), t10());
    const { identities } = runRules(d, nationalBudget, []);
    const withInfo = localize(identities, { cells: cellInfo(d) });
    expect(withInfo.suspects.length).toBeGreaterThan(0);
    expect(localize(identities)).toEqual(withInfo);
  });

  it('says when two explanations tie instead of guessing', () => {
    // A lone 合计 line whose 合计 ≠ 基本 + 项目, nothing else to check: any of the three cells explains it.
    const rows = [['', '', '', '合计', '31.00', '20.00', '10.00']];
    const { suspects } = suspectsOf(t3(rows));
    expect(suspects.length).toBeGreaterThan(0);
    expect(suspects.every((s) => s.tie)).toBe(true);
  });
});
