/**
 * Test kit for "same document, same findings": a report with everything that names a place in one format (page,
 * line, file name, format) taken out, so the check of a DOCX/XLSX/HTML rendering can be compared with the check of
 * the text rendering of the same disclosure, whole.
 */

import { readDocumentBytes } from '../../src/ingest/index.js';
import { parseWordText } from '../../src/ingest/text/index.js';
import { checkRaw } from '../../src/pipeline/check.js';
import type { DocumentReport } from '../../src/report/types.js';

/**
 * Places, and a column's header path: a gridded table (Word, Excel, HTML) knows the merged cell above
 * 合计/基本支出/项目支出 that the text copy loses, so its headers may be longer; the column keys and roles compare.
 */
const PLACE = new Set(['page', 'line', 'lineEnd', 'otherLine', 'header']);

function strip(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(strip);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !PLACE.has(k))
        .map(([k, x]) => [k, strip(x)]),
    );
  // Messages quote where a duplicate was printed ("见第 12 行"): the number differs by format, not the finding.
  return typeof v === 'string' ? v.replace(/第 ?\d+ ?(行|页)/gu, '第?$1') : v;
}

export function placeless(report: DocumentReport): unknown {
  const { file: _file, document, ...rest } = report;
  const { format: _format, pages: _pages, ...doc } = document;
  return strip({ ...rest, document: doc });
}

export function checkText(text: string): DocumentReport {
  return checkRaw(parseWordText(text, 'r.txt'), 'r.txt').report;
}

export async function checkBytes(name: string, bytes: Uint8Array): Promise<DocumentReport> {
  return checkRaw(await readDocumentBytes(name, bytes), name).report;
}
