/**
 * XLSX of a selection's findings: one 问题清单 sheet across documents (the rows the CLI's export writes, from
 * src/report, prefixed with the file, department and year) and one sheet listing the documents.
 */
import ExcelJS from 'exceljs';
import { SEVERITY_LABEL } from '../model/finding.js';
import { findingRows, ISSUE_HEADER } from '../report/html-issues.js';
import type { DocumentReport } from '../report/types.js';
import type { DocumentRow } from './queries.js';

const STATUS: Record<string, string> = {
  queued: '排队中',
  running: '检查中',
  done: '已完成',
  failed: '失败',
};

export async function exportSelection(
  docs: { row: DocumentRow; report?: DocumentReport }[],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'gongkai';
  const issues = book.addWorksheet('问题清单');
  issues.addRow(['文件', '部门', '年度', ...ISSUE_HEADER]).font = { bold: true };
  for (const { row, report } of docs) {
    if (!report) continue;
    for (const r of findingRows(report))
      issues.addRow([row.name, row.department ?? '', row.year ?? '', ...r]);
  }
  [30, 24, 8, 10, 6, 8, 30, 14, 12, 12, 12, 80].forEach((w, i) => {
    issues.getColumn(i + 1).width = w;
  });
  issues.views = [{ state: 'frozen', ySplit: 1 }];
  const list = book.addWorksheet('文件');
  list.addRow([
    '编号',
    '文件',
    'sha256',
    '部门',
    '年度',
    '版式',
    '状态',
    SEVERITY_LABEL.error,
    SEVERITY_LABEL.warning,
    SEVERITY_LABEL.info,
    '原因',
    '检查版本',
  ]).font = {
    bold: true,
  };
  for (const { row } of docs) {
    list.addRow([
      row.id,
      row.name,
      row.sha256,
      row.department ?? '',
      row.year ?? '',
      row.layout ?? '',
      STATUS[row.status] ?? row.status,
      row.errors ?? '',
      row.warnings ?? '',
      row.infos ?? '',
      row.error ?? '',
      row.version ?? '',
    ]);
  }
  [8, 30, 20, 24, 8, 16, 8, 6, 6, 6, 50, 10].forEach((w, i) => {
    list.getColumn(i + 1).width = w;
  });
  return Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
}
