/**
 * XLSX export: every table a sheet (merged header rows, 编码 and 名称 columns, amounts as numbers formatted to the
 * table's printed decimals) and a 问题清单 sheet, for officers who rework the numbers in a spreadsheet.
 */
import ExcelJS from 'exceljs';
import { headerDepth, headerRows, splitLabel, tableDecimals } from './html-grid.js';
import { findingRows, ISSUE_HEADER } from './html-issues.js';
import type { DocumentReport, ReportCell, ReportTable } from './types.js';

const FORBIDDEN = /[[\]:*?/\\]/g;

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique case-insensitively. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(FORBIDDEN, '_').trim() || '表';
  let name = clean.slice(0, 31);
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = `(${n})`;
    name = clean.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

/** Blank cells stay empty (a dash stays a dash): a spreadsheet sum treats them as zero anyway. */
function cellValue(cell: ReportCell | undefined): number | string | null {
  if (!cell || cell.blank === 'empty') return null;
  if (cell.blank === 'dash') return cell.printed;
  return Number(cell.value);
}

function addTableSheet(book: ExcelJS.Workbook, table: ReportTable, name: string): void {
  const sheet = book.addWorksheet(name);
  const depth = headerDepth(table.columns);
  const first = 3; // columns A and B hold 编码 and 名称
  headerRows(table.columns).forEach((cells, level) => {
    for (const c of cells) {
      const leaf = level + c.rowSpan === depth;
      const label = leaf && c.colSpan === 1 ? `${c.label}（${table.unit}）` : c.label;
      const top = level + 1;
      const left = first + c.col;
      sheet.getCell(top, left).value = label;
      if (c.colSpan > 1 || c.rowSpan > 1)
        sheet.mergeCells(top, left, top + c.rowSpan - 1, left + c.colSpan - 1);
    }
  });
  sheet.getCell(1, 1).value = '编码';
  sheet.getCell(1, 2).value = '名称';
  if (depth > 1) {
    sheet.mergeCells(1, 1, depth, 1);
    sheet.mergeCells(1, 2, depth, 2);
  }
  for (let r = 1; r <= depth; r++) {
    const row = sheet.getRow(r);
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  const format = numberFormat(tableDecimals(table));
  for (const row of table.rows) {
    const { code, name: label } = splitLabel(row);
    const values = table.columns.map((c) => cellValue(row.cells[c.key]));
    const added = sheet.addRow([code, label, ...values]);
    table.columns.forEach((_, i) => {
      added.getCell(first + i).numFmt = format;
    });
    if (row.kind === 'total') added.font = { bold: true };
  }
  sheet.getColumn(1).width = 12;
  sheet.getColumn(2).width = 36;
  table.columns.forEach((_, i) => {
    sheet.getColumn(first + i).width = 16;
  });
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: depth }];
}

export async function exportXlsx(report: DocumentReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'gongkai';
  const taken = new Set<string>();
  for (const table of report.tables)
    addTableSheet(book, table, sheetName(`${table.label} ${table.title}`, taken));
  const issues = book.addWorksheet(sheetName('问题清单', taken));
  issues.addRow(ISSUE_HEADER).font = { bold: true };
  for (const r of findingRows(report)) issues.addRow(r);
  [10, 6, 8, 30, 14, 12, 12, 12, 80].forEach((w, i) => {
    issues.getColumn(i + 1).width = w;
  });
  issues.getColumn(9).alignment = { wrapText: true };
  const data = await book.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
