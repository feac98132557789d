/**
 * The 问题清单 rows shared by the XLSX and CSV exports: one row per finding, located by table, row and column,
 * or by the narrative section when it has no table.
 */
import { ruleTitle, SEVERITY_LABEL } from './html-text.js';
import type { DocumentReport } from './types.js';

export const ISSUE_HEADER = ['规则', '级别', '表', '行', '栏', '应为', '实为', '相差', '说明'];

export function findingRows(report: DocumentReport): string[][] {
  return report.findings.map((f) => {
    const loc = f.location;
    const table = loc.table ?? (loc.section ? `说明：${loc.section}` : '');
    return [
      ruleTitle(f),
      SEVERITY_LABEL[f.severity],
      table,
      loc.row ?? '',
      loc.column ?? '',
      f.expected ?? '',
      f.actual ?? '',
      f.difference ?? '',
      f.message,
    ];
  });
}
