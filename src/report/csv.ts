/**
 * CSV export: one file per table plus 问题清单.csv. UTF-8 with a BOM so Excel opens Chinese correctly, CRLF line
 * ends and RFC 4180 quoting. Amounts are written as printed, so nothing is lost or rounded.
 */
import { headerDepth, headerRows, splitLabel } from './html-grid.js';
import { findingRows, ISSUE_HEADER } from './html-issues.js';
import type { DocumentReport, ReportTable } from './types.js';

const BOM = '\uFEFF';

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: string[][]): string {
  return `${BOM}${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** File names keep Chinese but lose characters that Windows, macOS or Linux refuse. */
function fileName(base: string, taken: Set<string>): string {
  const clean = base.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || '表';
  let name = `${clean}.csv`;
  for (let n = 2; taken.has(name); n++) name = `${clean}(${n}).csv`;
  taken.add(name);
  return name;
}

/** Header rows as a grid: a merged label is repeated in every column it covers, so each column reads alone. */
function headerGrid(table: ReportTable): string[][] {
  const depth = headerDepth(table.columns);
  const grid = Array.from({ length: depth }, () => table.columns.map(() => ''));
  headerRows(table.columns).forEach((cells, level) => {
    for (const c of cells) {
      for (let r = level; r < level + c.rowSpan; r++) {
        for (let k = c.col; k < c.col + c.colSpan; k++) grid[r]![k] = c.label;
      }
    }
  });
  const unit = table.unit ? `（${table.unit}）` : '';
  grid[depth - 1] = grid[depth - 1]!.map((label) => label + unit);
  return grid.map((row, i) => (i === 0 ? ['编码', '名称', ...row] : ['', '', ...row]));
}

function tableRows(table: ReportTable): string[][] {
  const body = table.rows.map((row) => {
    const { code, name } = splitLabel(row);
    return [code, name, ...table.columns.map((c) => row.cells[c.key]?.printed ?? '')];
  });
  return [...headerGrid(table), ...body];
}

export function exportCsv(report: DocumentReport): { name: string; csv: string }[] {
  const taken = new Set<string>();
  const files = report.tables.map((t) => ({
    name: fileName(`${t.label}-${t.title}`, taken),
    csv: toCsv(tableRows(t)),
  }));
  files.push({ name: fileName('问题清单', taken), csv: toCsv([ISSUE_HEADER, ...findingRows(report)]) });
  return files;
}
