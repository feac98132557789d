/**
 * The JSON report as written to disk: stable key order (as built), two-space indentation, decimals as strings.
 */
import type { BatchReport, DocumentReport, FailedDocument } from './types.js';

export function serializeReport(report: DocumentReport | FailedDocument | BatchReport): string {
  return JSON.stringify(report, null, 2);
}
