/**
 * Findings: the public vocabulary of problems (DESIGN §5). The JSON report serializes these as they are.
 */
import type { Provenance } from './raw.js';

export type Severity = 'error' | 'warning' | 'info';

/** How every report and listing names a severity. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Where a finding points: document → table → row → column/cell, or a narrative section and sentence. */
export interface Location {
  /** Table label as printed, e.g. "表5". */
  table?: string;
  tableId?: string;
  tableTitle?: string;
  /** Row label with its code, e.g. "210 11 02 事业单位医疗". */
  row?: string;
  rowIndex?: number;
  /** Column name as printed (inner header), e.g. "基本支出". */
  column?: string;
  columnKey?: string;
  /** Narrative section heading and the sentence, for text findings. */
  section?: string;
  sentence?: string;
  /** The figure of the sentence the finding judges, as printed, and its character offset in `sentence`. */
  figure?: { at: number; text: string };
  page?: number;
  line?: number;
}

export interface RelatedCell {
  location: Location;
  value?: string;
  /** What the cell is in the identity: "合计", "部分", "另一处印刷" … */
  role?: string;
}

/** A cell the localizer blames, with the value that would make the identities hold. */
export interface Suspect {
  location: Location;
  actual: string;
  suggested: string;
  /** How many violated identities this change satisfies. */
  satisfies: number;
  /** Other explanations of equal weight exist. */
  tie?: boolean;
}

export interface Finding {
  rule: string;
  /** The rule's one-line Chinese title, as the engine ran it (reports show it; absent in hand-made findings). */
  ruleTitle?: string;
  severity: Severity;
  message: string;
  /** Message id and fields the message was filled from (frictionless-style). */
  messageId: string;
  data: Record<string, string | number>;
  location: Location;
  expected?: string;
  actual?: string;
  difference?: string;
  unit?: string;
  related: RelatedCell[];
  /** Evaluated identity this finding reports, when it comes from one. */
  identity?: string;
  suspects?: Suspect[];
}

export function provToLocation(prov: Provenance): Pick<Location, 'page' | 'line'> {
  const out: Pick<Location, 'page' | 'line'> = {};
  if (prov.page !== undefined) out.page = prov.page;
  if (prov.line !== undefined) out.line = prov.line;
  return out;
}
