/**
 * Disclosure + findings → the JSON DocumentReport (src/report/types.ts), the one object every output format renders.
 * Report construction lives here; src/pipeline only orchestrates (read → recognize → rules → localize → build).
 */
import type { Decimal } from 'decimal.js';
import type { Disclosure, Row, Table } from '../model/disclosure.js';
import type { Finding, Severity } from '../model/finding.js';
import type { CellRef, EvaluatedIdentity } from '../model/identity.js';
import { cellRefLocation } from '../model/location.js';
import type { Provenance } from '../model/raw.js';
import type { DocumentReport, ReportRow, ReportSuspect, ReportTable } from './types.js';
import { SCHEMA_VERSION } from './types.js';

/** A cell the localizer blames, as a cell reference with the violated identities its change makes hold. */
export interface SuspectCell {
  cell: CellRef;
  actual: Decimal;
  suggested: Decimal;
  /** Ids of the violated identities this change makes hold. */
  explains: string[];
  tie: boolean;
}

function where(prov: Provenance): { page?: number; line?: number } {
  const out: { page?: number; line?: number } = {};
  if (prov.page !== undefined) out.page = prov.page;
  if (prov.line !== undefined) out.line = prov.line;
  return out;
}

/**
 * The printed line a row was read from, as a key: the two sides of a two-sided table are two rows of one line.
 * Text copies number their lines; a PDF has the line's box on its page; Word, HTML and Excel their table row.
 */
function printedLineKey(prov: Provenance): string {
  const top = prov.box ? Math.round(prov.box[1]) : undefined;
  return JSON.stringify([prov.file, prov.page, prov.line, top, prov.sheet, prov.table, prov.row]);
}

/** Each row's printed line within a two-sided table (1-based, in print order); none for one-sided tables. */
function printedLines(t: Table): Map<number, number> {
  const out = new Map<number, number>();
  if (!t.rows.some((r) => r.side !== undefined)) return out;
  const lines = new Map<string, number>();
  for (const row of t.rows) {
    const key = printedLineKey(row.prov);
    const n = lines.get(key) ?? lines.size + 1;
    lines.set(key, n);
    out.set(row.index, n);
  }
  return out;
}

function reportRow(row: Row, printedLine?: number): ReportRow {
  const cells: ReportRow['cells'] = {};
  for (const [key, c] of Object.entries(row.cells)) {
    cells[key] = { value: c.amount.value.toFixed(), printed: c.amount.printed, ...where(c.prov) };
    if (c.amount.blank) cells[key].blank = c.amount.blank;
    if (c.prov.ocr) cells[key].ocr = { ...c.prov.ocr };
  }
  const out: ReportRow = {
    index: row.index,
    kind: row.kind,
    name: row.name,
    label: row.label,
    cells,
    ...where(row.prov),
  };
  if (row.code) out.code = row.code;
  if (row.codeScheme) out.codeScheme = row.codeScheme;
  if (row.role) out.role = row.role;
  if (row.side) out.side = row.side;
  if (printedLine !== undefined) out.printedLine = printedLine;
  if (row.texts) out.texts = row.texts;
  return out;
}

export function reportTable(t: Table): ReportTable {
  const lines = printedLines(t);
  return {
    id: t.id,
    kind: t.kind,
    label: t.label,
    title: t.title,
    unit: t.unit,
    columns: t.columns.map((c) => ({
      key: c.key,
      role: c.role,
      header: c.header,
      ...(c.side ? { side: c.side } : {}),
    })),
    ...(t.textColumns
      ? { textColumns: t.textColumns.map((c) => ({ key: c.key, role: c.role, header: c.header })) }
      : {}),
    rows: t.rows.map((r) => reportRow(r, lines.get(r.index))),
    notes: t.notes.map((n) => n.text),
    ...where(t.prov),
  };
}

function decimalsOf(d: Disclosure, tableId: string): number {
  return d.tables.find((t) => t.id === tableId)?.precision ?? 2;
}

/** Each suspect lists the findings it explains; each such finding lists its suspects. */
function attachSuspects(
  d: Disclosure,
  findings: (Finding & { id: number })[],
  cells: SuspectCell[],
): ReportSuspect[] {
  return cells.map((s) => {
    const loc = cellRefLocation(d, s.cell);
    const explains = findings
      .filter((f) => f.identity !== undefined && s.explains.includes(f.identity))
      .map((f) => f.id);
    const p = decimalsOf(d, s.cell.table);
    const suspect: ReportSuspect = {
      table: loc.table ?? '',
      tableId: s.cell.table,
      row: loc.row ?? '',
      rowIndex: s.cell.row,
      column: loc.column ?? s.cell.column,
      columnKey: s.cell.column,
      actual: s.actual.toFixed(p),
      suggested: s.suggested.toFixed(p),
      explains,
      satisfies: s.explains.length,
      ...(loc.page !== undefined ? { page: loc.page } : {}),
      ...(loc.line !== undefined ? { line: loc.line } : {}),
    };
    if (s.tie) suspect.tie = true;
    for (const id of explains) {
      const f = findings[id];
      f.suspects = [
        ...(f.suspects ?? []),
        {
          location: loc,
          actual: suspect.actual,
          suggested: suspect.suggested,
          satisfies: suspect.satisfies,
          ...(s.tie ? { tie: true } : {}),
        },
      ];
    }
    return suspect;
  });
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings in reading order: by table as printed, then row, then severity. Narrative findings after tables. */
export function sortFindings(d: Disclosure, findings: Finding[]): Finding[] {
  const tableOrder = new Map(d.tables.map((t, i) => [t.id, i]));
  const key = (f: Finding) => [
    // Table findings in table order, then findings about tables not recognized (绩效目标表), then the narrative.
    f.location.tableId !== undefined
      ? (tableOrder.get(f.location.tableId) ?? 999)
      : f.location.section
        ? 1001
        : f.location.table
          ? 1000
          : -1,
    f.location.rowIndex ?? -1,
    f.location.line ?? f.location.page ?? 0,
    SEVERITY_ORDER[f.severity],
  ];
  return [...findings].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    return 0;
  });
}

export function buildReport(
  file: string,
  d: Disclosure,
  identities: EvaluatedIdentity[],
  findings: Finding[],
  suspectCells: SuspectCell[] = [],
  layoutTitle?: string,
): DocumentReport {
  const sorted = sortFindings(d, findings).map((f, id) => ({ ...f, id }));
  const suspects = attachSuspects(d, sorted, suspectCells);
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const f of sorted) {
    bySeverity[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  const outcome = { exact: 0, rounding: 0, mismatch: 0 };
  const applicable = identities.filter((i) => !i.blank);
  for (const i of applicable) outcome[i.outcome]++;
  return {
    schemaVersion: SCHEMA_VERSION,
    file,
    document: {
      kind: d.meta.kind,
      level: d.meta.level,
      ...(d.meta.department ? { department: d.meta.department } : {}),
      ...(d.meta.year ? { year: d.meta.year } : {}),
      ...(d.meta.unit ? { unit: d.meta.unit } : {}),
      layout: d.meta.layout,
      ...(layoutTitle ? { layoutTitle } : {}),
      format: d.source.format,
      ...(d.source.pages ? { pages: d.source.pages } : {}),
    },
    summary: {
      identities: {
        evaluated: applicable.length,
        held: outcome.exact,
        rounding: outcome.rounding,
        failed: outcome.mismatch,
      },
      findings: bySeverity,
      byRule,
      tables: {
        recognized: d.tables.length,
        unrecognized: d.unrecognized.length,
        missing: d.missing.map((m) => m.title),
      },
    },
    tables: d.tables.map(reportTable),
    findings: sorted,
    suspects,
    unrecognized: d.unrecognized.map((u) => ({ title: u.title, reason: u.reason, ...where(u.prov) })),
    warnings: d.warnings.map((w) => ({ code: w.code, message: w.message, ...(w.prov ? where(w.prov) : {}) })),
  };
}
