/**
 * The JSON report: gongkai's public contract (docs/json-report.md). Bump SCHEMA_VERSION on any change that
 * removes or renames a field or changes its meaning; adding optional fields is a minor change.
 */
import type { Finding, Severity } from '../model/finding.js';

export const SCHEMA_VERSION = '1.1';

export interface ReportCell {
  /** Exact decimal string in the table's unit; "0" for blank cells (see `blank`). */
  value: string;
  printed: string;
  blank?: 'empty' | 'dash' | 'zero';
  /** Read by OCR from a scanned page (with the recognizer's confidence, 0–100): the figure may be misread. */
  ocr?: { confidence?: number };
  page?: number;
  line?: number;
}

export interface ReportRow {
  index: number;
  kind: 'item' | 'total' | 'of-which' | 'label';
  code?: string;
  codeScheme?: 'function' | 'economic';
  name: string;
  label: string;
  role?: string;
  side?: 'income' | 'expenditure';
  /** Two-sided tables: the printed line (1-based, within the table) the row was read from; both sides share it. */
  printedLine?: number;
  cells: Record<string, ReportCell>;
  texts?: Record<string, string>;
  page?: number;
  line?: number;
}

export interface ReportColumn {
  key: string;
  role: string;
  header: string[];
  side?: 'income' | 'expenditure';
}

export interface ReportTable {
  id: string;
  kind: string;
  label: string;
  title: string;
  unit: string;
  columns: ReportColumn[];
  /** Columns of words (项目简介, 资金性质): key, role and header; their cells are the rows' texts. */
  textColumns?: ReportColumn[];
  rows: ReportRow[];
  notes: string[];
  page?: number;
  line?: number;
}

export interface ReportSummary {
  identities: { evaluated: number; held: number; rounding: number; failed: number };
  findings: Record<Severity, number>;
  byRule: Record<string, number>;
  tables: { recognized: number; unrecognized: number; missing: string[] };
}

/** One cell the localizer blames (also attached to the findings it explains). */
export interface ReportSuspect {
  table: string;
  tableId: string;
  row: string;
  rowIndex: number;
  column: string;
  columnKey: string;
  actual: string;
  suggested: string;
  /** Ids of the findings this suspect explains. */
  explains: number[];
  satisfies: number;
  tie?: boolean;
  page?: number;
  line?: number;
}

export interface DocumentReport {
  schemaVersion: string;
  file: string;
  document: {
    kind: string;
    level: string;
    department?: string;
    year?: number;
    unit?: string;
    layout: string;
    /** The layout's printed name (全国通用部门（单位）预算公开表…), when the layout is known. */
    layoutTitle?: string;
    format: string;
    pages?: number;
  };
  summary: ReportSummary;
  tables: ReportTable[];
  /** Findings in a stable order; a finding's position is its id within the report. */
  findings: (Finding & { id: number })[];
  suspects: ReportSuspect[];
  unrecognized: { title: string; reason: string; page?: number; line?: number }[];
  warnings: { code: string; message: string; page?: number; line?: number }[];
}

/** A file that could not be read: reported in a batch instead of a DocumentReport. */
export interface FailedDocument {
  schemaVersion: string;
  file: string;
  error: { code: string; message: string };
}

export interface BatchReport {
  schemaVersion: string;
  documents: (DocumentReport | FailedDocument)[];
}
