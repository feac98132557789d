/**
 * The sweep the table-set kits' tests share (central, 决算, 湖南): each printed amount changed in turn, the page checked
 * again, and two counts kept — the changes that no error-level finding names (by the changed figure), and the changes
 * the localizer pins to their own cell with the printed figure as its suggestion.
 */
import type { DocumentReport } from '../../src/report/types.js';

export interface CellAt {
  table: number;
  row: number;
  col: number;
}

export interface SweepResult {
  /** The changes no error names, as 表T 行R 列C. */
  missed: string[];
  /** How many changes the one suspect names exactly, with the original figure as its suggestion. */
  exact: number;
}

export async function sweepChanges<C extends CellAt>(
  cells: C[],
  printed: (at: C, by?: number) => string,
  check: (change: C & { by: number }) => Promise<DocumentReport>,
  by = 100,
): Promise<SweepResult> {
  let exact = 0;
  const missed: string[] = [];
  for (const at of cells) {
    const after = printed(at, by);
    const report = await check({ ...at, by });
    const named = report.findings.some(
      (f) =>
        f.severity === 'error' &&
        (f.actual === after || f.related.some((x) => x.value === after) || f.message.includes(after)),
    );
    if (!named) missed.push(`表${at.table} 行${at.row} 列${at.col}`);
    const [s] = report.suspects;
    if (report.suspects.length === 1 && s.actual === after && s.suggested === printed(at)) exact++;
  }
  return { missed, exact };
}
