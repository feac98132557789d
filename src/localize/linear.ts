/**
 * Exact Gaussian elimination on decimals, for the few unknowns (≤ 3 changed cells) of one candidate explanation.
 */
import { Decimal } from 'decimal.js';

/** Solve A·x = b for as many unknowns as columns. Returns undefined when the equations do not fix every unknown. */
export function solve(a: Decimal[][], b: Decimal[]): Decimal[] | undefined {
  const n = a[0]?.length ?? 0;
  const rows = a.map((r, i) => [...r, b[i]]);
  let rank = 0;
  const pivotCols: number[] = [];
  for (let col = 0; col < n && rank < rows.length; col++) {
    const p = rows.findIndex((r, i) => i >= rank && !r[col].isZero());
    if (p < 0) continue;
    [rows[rank], rows[p]] = [rows[p], rows[rank]];
    const pivot = rows[rank][col];
    rows[rank] = rows[rank].map((v) => v.div(pivot));
    for (let i = 0; i < rows.length; i++) {
      if (i === rank || rows[i][col].isZero()) continue;
      const f = rows[i][col];
      rows[i] = rows[i].map((v, j) => v.minus(f.mul(rows[rank][j])));
    }
    pivotCols.push(col);
    rank++;
  }
  if (rank < n) return undefined;
  const x = Array.from({ length: n }, () => new Decimal(0));
  pivotCols.forEach((col, i) => {
    x[col] = rows[i][n];
  });
  return x;
}

/**
 * The same elimination in floating point, only to discard hopeless candidate sets quickly; every set that passes
 * is solved and checked again exactly.
 */
export function solveApprox(a: number[][], b: number[]): number[] | undefined {
  const n = a[0]?.length ?? 0;
  const rows = a.map((r, i) => [...r, b[i]]);
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < n && rank < rows.length; col++) {
    let p = -1;
    for (let i = rank; i < rows.length; i++)
      if (Math.abs(rows[i][col]) > 1e-12 && (p < 0 || Math.abs(rows[i][col]) > Math.abs(rows[p][col]))) p = i;
    if (p < 0) continue;
    [rows[rank], rows[p]] = [rows[p], rows[rank]];
    const pivot = rows[rank][col];
    for (let j = 0; j <= n; j++) rows[rank][j] /= pivot;
    for (let i = 0; i < rows.length; i++) {
      if (i === rank || rows[i][col] === 0) continue;
      const f = rows[i][col];
      for (let j = 0; j <= n; j++) rows[i][j] -= f * rows[rank][j];
    }
    pivots.push(col);
    rank++;
  }
  if (rank < n) return undefined;
  const x = new Array<number>(n).fill(0);
  pivots.forEach((col, i) => {
    x[col] = rows[i][n];
  });
  return x;
}
