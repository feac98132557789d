/**
 * Which cells the findings and suspects name, and where each finding is listed: on a cell, under its table
 * (row- or table-level), in the 说明部分 (narrative), or with the document (missing tables, tables not shown).
 */
import type { Location, Severity } from '../model/finding.js';
import { cellKey, LABEL_KEY } from './html-grid.js';
import type { DocumentReport, ReportSuspect } from './types.js';

type ReportFinding = DocumentReport['findings'][number];

export interface CellMark {
  severity: Severity;
  /** Some finding points at this cell itself, not only as a related cell. */
  primary: boolean;
  findings: number[];
  suspects: ReportSuspect[];
}

export interface FindingPlacement {
  cells: Map<string, CellMark>;
  /** tableId → findings without a cell of their own (row- or table-level). */
  byTable: Map<string, ReportFinding[]>;
  /** tableId → every finding located in that table, numbered in this order (1-based) under the table. */
  reasons: Map<string, ReportFinding[]>;
  /** finding id → its number in its table's list of reasons. */
  numbers: Map<number, number>;
  narrative: ReportFinding[];
  document: ReportFinding[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The cell key a location names in a shown table; a row without a column marks its 编码/名称 cell. */
function locationKey(loc: Location, shown: Set<string>): string | undefined {
  if (!loc.tableId || !shown.has(loc.tableId) || loc.rowIndex === undefined) return undefined;
  return cellKey(loc.tableId, loc.rowIndex, loc.columnKey ?? LABEL_KEY);
}

function mark(cells: Map<string, CellMark>, key: string, severity: Severity, primary: boolean): CellMark {
  const m = cells.get(key) ?? { severity, primary: false, findings: [], suspects: [] };
  if (RANK[severity] > RANK[m.severity]) m.severity = severity;
  m.primary ||= primary;
  cells.set(key, m);
  return m;
}

function place(f: ReportFinding, shown: Set<string>, blank: Set<string>, out: FindingPlacement): void {
  const own = locationKey(f.location, shown);
  if (own) mark(out.cells, own, f.severity, true).findings.push(f.id);
  for (const r of f.related) {
    const key = locationKey(r.location, shown);
    // An empty cell adds nothing to a failed sum: hatching it would only hide the cells that carry the figures.
    if (!key || key === own || blank.has(key)) continue;
    const m = mark(out.cells, key, f.severity, false);
    if (!m.findings.includes(f.id)) m.findings.push(f.id);
  }
  const loc = f.location;
  const tableId = loc.tableId && shown.has(loc.tableId) ? loc.tableId : undefined;
  if (tableId) {
    const list = out.reasons.get(tableId) ?? [];
    list.push(f);
    out.reasons.set(tableId, list);
    out.numbers.set(f.id, list.length);
  }
  if (tableId && loc.columnKey === undefined) {
    const list = out.byTable.get(tableId) ?? [];
    list.push(f);
    out.byTable.set(tableId, list);
  } else if (!own && (loc.sentence !== undefined || loc.section !== undefined)) {
    out.narrative.push(f);
  } else if (!own) {
    out.document.push(f);
  }
}

/** Keys of the cells printed empty or as a dash (not a printed 0.00), which carry no value. */
export function blankCells(report: DocumentReport): Set<string> {
  const keys = new Set<string>();
  for (const t of report.tables) {
    for (const r of t.rows) {
      for (const [col, c] of Object.entries(r.cells)) {
        if (c.blank === 'empty' || c.blank === 'dash') keys.add(cellKey(t.id, r.index, col));
      }
    }
  }
  return keys;
}

export function placeFindings(report: DocumentReport): FindingPlacement {
  const shown = new Set(report.tables.map((t) => t.id));
  const out: FindingPlacement = {
    cells: new Map(),
    byTable: new Map(),
    reasons: new Map(),
    numbers: new Map(),
    narrative: [],
    document: [],
  };
  const blank = blankCells(report);
  for (const f of report.findings) place(f, shown, blank, out);
  for (const s of report.suspects) {
    if (!shown.has(s.tableId)) continue;
    const key = cellKey(s.tableId, s.rowIndex, s.columnKey);
    const existing = out.cells.get(key);
    const m = existing ?? mark(out.cells, key, 'error', true);
    m.suspects.push(s);
  }
  return out;
}
