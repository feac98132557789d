/**
 * Two-sided tables (收支总表, 财政拨款收支总表, 收入支出决算总表, 基本支出决算表) as printed: income items and their
 * amounts on the left, expenditure on the right, one printed line per row, instead of the sides alternating.
 */
import { type HeaderCell, headerRows } from './html-grid.js';
import { esc } from './html-text.js';
import type { ReportColumn, ReportRow, ReportTable } from './types.js';

export interface SidePair {
  income?: ReportRow;
  expenditure?: ReportRow;
}

export function isTwoSided(table: ReportTable): boolean {
  return (
    table.columns.some((c) => c.side === 'income') && table.columns.some((c) => c.side === 'expenditure')
  );
}

function sideOf(table: ReportTable, row: ReportRow): 'income' | 'expenditure' {
  if (row.side) return row.side;
  const income = new Set(table.columns.filter((c) => c.side === 'income').map((c) => c.key));
  return Object.keys(row.cells).some((k) => income.has(k)) ? 'income' : 'expenditure';
}

/**
 * The printed lines: the rows of the two sides read from one line pair up. The line is the row's printedLine (any
 * format), else its page and text line; a report without either pairs the sides in order.
 */
export function sidePairs(table: ReportTable): SidePair[] {
  const lineOf = (r: ReportRow) =>
    r.printedLine !== undefined
      ? `p${r.printedLine}`
      : r.line !== undefined
        ? `${r.page ?? ''}:${r.line}`
        : undefined;
  const byLine = table.rows.every((r) => lineOf(r) !== undefined);
  const pairs: SidePair[] = [];
  const open = new Map<string, SidePair>();
  const next = { income: 0, expenditure: 0 };
  for (const row of table.rows) {
    const side = sideOf(table, row);
    if (byLine) {
      const key = lineOf(row) ?? '';
      const pair = open.get(key);
      if (pair && !pair[side]) {
        pair[side] = row;
        continue;
      }
      const fresh: SidePair = { [side]: row };
      open.set(key, fresh);
      pairs.push(fresh);
    } else {
      const i = next[side]++;
      if (!pairs[i]) pairs[i] = {};
      pairs[i][side] = row;
    }
  }
  return pairs;
}

/** Header rows of one side, stretched to `depth` rows (its leaves span down to the last row). */
function sideHeader(columns: ReportColumn[], depth: number): HeaderCell[][] {
  const rows = headerRows(columns);
  const own = rows.length;
  for (const row of rows) for (const c of row) if (c.level + c.rowSpan === own) c.rowSpan += depth - own;
  while (rows.length < depth) rows.push([]);
  return rows;
}

function th(c: HeaderCell): string {
  const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
  return `<th${span}>${esc(c.label)}</th>`;
}

export function twoSidedHeader(table: ReportTable): string {
  const inc = table.columns.filter((c) => c.side === 'income');
  const exp = table.columns.filter((c) => c.side !== 'income');
  const depth = Math.max(headerRows(inc).length, headerRows(exp).length);
  const a = sideHeader(inc, depth);
  const b = sideHeader(exp, depth);
  const label = `<th rowspan="${depth}" class="name">项目</th>`;
  return a
    .map((cells, level) => {
      const left = `${level === 0 ? label : ''}${cells.map(th).join('')}`;
      const right = `${level === 0 ? label.replace('class="name"', 'class="name side-b"') : ''}${(b[level] ?? []).map(th).join('')}`;
      return `<tr>${left}${right}</tr>`;
    })
    .join('\n');
}

export function sideColumns(table: ReportTable): { income: ReportColumn[]; expenditure: ReportColumn[] } {
  return {
    income: table.columns.filter((c) => c.side === 'income'),
    expenditure: table.columns.filter((c) => c.side !== 'income'),
  };
}
