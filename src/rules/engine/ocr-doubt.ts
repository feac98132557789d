/**
 * Values read by OCR from a scanned page (prov.ocr) are the recognizer's reading, not the document's print: its
 * typical slips — a lost decimal point, a point read as a comma, one wrong digit — each break a row or parent sum.
 * The identities are then the net that catches the slip, not proof of a defect: an error-level finding that rests
 * on an OCR'd table, cell or page is lowered to a warning marked 识别存疑 (OCR doubt), and the document-level OCR
 * notice tells the reader to check those figures against the original.
 */
import type { Disclosure } from '../../model/disclosure.js';
import type { Finding, Location } from '../../model/finding.js';

export interface OcrScope {
  /** Tables with at least one OCR'd row or cell. */
  tables: Set<string>;
  /** Pages read by OCR. */
  pages: Set<number>;
}

export function ocrScope(d: Disclosure): OcrScope {
  const scope: OcrScope = { tables: new Set(), pages: new Set() };
  for (const t of d.tables) {
    for (const r of t.rows) {
      const cells = Object.values(r.cells).filter((c) => c.prov.ocr);
      if (!r.prov.ocr && cells.length === 0) continue;
      scope.tables.add(t.id);
      for (const prov of [r.prov, ...cells.map((c) => c.prov)])
        if (prov.page !== undefined) scope.pages.add(prov.page);
    }
    if (t.prov.ocr) scope.tables.add(t.id);
  }
  for (const p of d.narrative) if (p.prov.ocr && p.prov.page !== undefined) scope.pages.add(p.prov.page);
  return scope;
}

function inScope(loc: Location, scope: OcrScope): boolean {
  return (
    (loc.tableId !== undefined && scope.tables.has(loc.tableId)) ||
    (loc.page !== undefined && scope.pages.has(loc.page))
  );
}

export const OCR_DOUBT_PREFIX = '识别存疑：';

/**
 * Lowers the error-level findings that rest on anything read by OCR to warnings, marked 识别存疑; a warning there
 * is marked too ("此处印作…" would speak of the print, where it is the reading).
 */
export function lowerOcrDoubt(findings: Finding[], d: Disclosure): void {
  const scope = ocrScope(d);
  if (scope.tables.size === 0 && scope.pages.size === 0) return;
  for (const f of findings) {
    if (f.severity === 'info') continue;
    if (!inScope(f.location, scope) && !f.related.some((r) => inScope(r.location, scope))) continue;
    f.severity = 'warning';
    f.message = `${OCR_DOUBT_PREFIX}${f.message}（所涉文字或数值由扫描件经 OCR 识别，可能是识别错误，请对照原件核对）`;
    f.data = { ...f.data, readingDoubt: 'ocr' };
  }
}

/**
 * Drops the findings of print-form rules (RuleMeta.printForm: punctuation, numbering) located on pages read by
 * OCR: there they would judge the recognizer's reading of a mark, not the mark.
 */
export function dropOcrPrintForm(
  findings: Finding[],
  d: Disclosure,
  printForm: ReadonlySet<string>,
): Finding[] {
  if (printForm.size === 0) return findings;
  const scope = ocrScope(d);
  if (scope.pages.size === 0) return findings;
  return findings.filter(
    (f) => !printForm.has(f.rule) || f.location.page === undefined || !scope.pages.has(f.location.page),
  );
}
