/**
 * The batch index as a workbook, for the finance bureau's reviewer who sorts and filters in a spreadsheet: a 汇总
 * sheet with one row per document in the HTML index's order (unreadable files first, then by errors), and a
 * 问题清单 sheet with every error and warning of every document, the file beside each.
 */
import ExcelJS from 'exceljs';
import { SEVERITY_LABEL } from '../model/finding.js';
import { byErrors } from './html-index.js';
import { findingRows, ISSUE_HEADER } from './html-issues.js';
import { kindLabel, layoutLabel, levelLabel } from './html-text.js';
import type { BatchReport, DocumentReport, FailedDocument } from './types.js';

type Entry = DocumentReport | FailedDocument;

const SUMMARY_HEADER = [
  ...['文件', '部门', '年度', '类型', '版式', '表格'],
  ...[SEVERITY_LABEL.error, SEVERITY_LABEL.warning, '状态', '报告'],
];

function isFailed(d: Entry): d is FailedDocument {
  return 'error' in d;
}

function summaryRow(d: Entry, links: Record<string, string>): (string | number)[] {
  const link = links[d.file] ?? '';
  if (isFailed(d)) return [d.file, '', '', '', '', '', '', '', `无法读取：${d.error.message}`, link];
  const f = d.summary.findings;
  const status = f.error > 0 ? '有错误' : f.warning > 0 ? '有警告' : '通过';
  return [
    d.file,
    d.document.department ?? '',
    d.document.year ?? '',
    `${levelLabel(d.document.level)}${kindLabel(d.document.kind)}`,
    layoutLabel(d.document),
    d.summary.tables.recognized,
    f.error,
    f.warning,
    status,
    link,
  ];
}

function widths(sheet: ExcelJS.Worksheet, cols: number[]): void {
  cols.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
}

/** `links`: file → its HTML report's path, when one was written beside the workbook. */
export async function exportXlsxIndex(
  batch: BatchReport,
  links: Record<string, string> = {},
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'gongkai';
  const docs = [...batch.documents].sort(byErrors);
  const summary = book.addWorksheet('汇总');
  summary.addRow(SUMMARY_HEADER).font = { bold: true };
  for (const d of docs) {
    const row = summary.addRow(summaryRow(d, links));
    const link = links[d.file];
    if (link) row.getCell(10).value = { text: link, hyperlink: link };
    if (isFailed(d) || d.summary.findings.error > 0)
      row.getCell(isFailed(d) ? 9 : 7).font = { color: { argb: 'FFC62828' }, bold: true };
  }
  widths(summary, [40, 28, 8, 10, 30, 8, 8, 8, 40, 24]);
  summary.views = [{ state: 'frozen', ySplit: 1 }];
  summary.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SUMMARY_HEADER.length } };
  const issues = book.addWorksheet('问题清单');
  issues.addRow(['文件', ...ISSUE_HEADER]).font = { bold: true };
  for (const d of docs) {
    if (isFailed(d)) continue;
    const rows = findingRows(d);
    d.findings.forEach((f, i) => {
      if (f.severity !== 'info') issues.addRow([d.file, ...rows[i]]);
    });
  }
  widths(issues, [30, 10, 6, 8, 30, 14, 12, 12, 12, 80]);
  issues.getColumn(10).alignment = { wrapText: true };
  issues.views = [{ state: 'frozen', ySplit: 1 }];
  issues.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ISSUE_HEADER.length + 1 } };
  const data = await book.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
