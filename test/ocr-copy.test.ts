/**
 * Same document, same findings, scanned: a disclosure rendered to PDF (LibreOffice, as offices publish), with one
 * figure of 表3 misprinted, and an image-only copy of its first table pages made as issue 13 says (`pdftoppm -r 200
 * -gray`, then `img2pdf`: a scan of the print). Read by OCR, the copy gives the text PDF's tables — every code,
 * name and figure — and its findings at the same places, each error a warning marked 识别存疑. Three pages, read
 * once (OCR costs seconds a page).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  amountCells,
  exampleBudgetData,
  mutate,
  nationalDocument,
  renderTables,
} from '../src/render/index.js';
import type { DocumentReport } from '../src/report/types.js';
import { OCR_DOUBT_PREFIX } from '../src/rules/engine/ocr-doubt.js';
import { CONVERT_SKIP, canConvert } from './kits/office-pdf.js';
import { checkBytes } from './kits/roundtrip.js';

function has(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

const TOOLS = ['pdftoppm', 'img2pdf', 'pdfseparate', 'pdfunite'];
const canCopy = canConvert && TOOLS.every(has);
const SKIP = canConvert
  ? '(skipped: needs poppler-utils and img2pdf, e.g. apt install poppler-utils img2pdf)'
  : CONVERT_SKIP;

/** The pages of the first tables: 表1 to 表3. */
const FIRST = 1;
const LAST = 3;

/** What a table is, whatever the reader: its label, kind, and each row's code, name and figures. */
function tablesOf(r: DocumentReport) {
  return r.tables.map((t) => ({
    label: t.label,
    kind: t.kind,
    rows: t.rows.map((row) => ({
      code: row.code,
      name: row.name,
      values: Object.fromEntries(Object.entries(row.cells).map(([k, c]) => [k, c.value])),
    })),
  }));
}

const place = (f: DocumentReport['findings'][number]) =>
  [f.rule, f.location.table, f.location.row, f.location.column].join(' | ');

describe.skipIf(!canCopy)(`an image-only copy of a rendered PDF ${SKIP}`, () => {
  const work = mkdtempSync(join(tmpdir(), 'gongkai-ocr-copy-'));
  let text: DocumentReport;
  let scan: DocumentReport;
  beforeAll(async () => {
    const data = exampleBudgetData();
    const tables = nationalDocument(data).tables;
    // One figure of 表3's body changed: its row and column sums, and 表1's line for it, no longer agree.
    const t3 = tables.findIndex((t) => t.label.startsWith('表3'));
    const seed = amountCells(tables).findIndex(([ti, ri]) => ti === t3 && ri >= 2);
    const { tables: misprinted } = mutate(tables, seed);
    writeFileSync(join(work, 'full.pdf'), (await renderTables(data, misprinted, 'pdf')) as Buffer);
    const full = await checkBytes('full.pdf', new Uint8Array(readFileSync(join(work, 'full.pdf'))));
    const rowsOf = (label: string) => full.tables.find((t) => t.label === label)?.rows ?? [];
    const first = String(rowsOf(`表${FIRST}`)[0]?.page);
    const last = String(rowsOf(`表${LAST}`).at(-1)?.page);
    const run = (tool: string, ...args: string[]) =>
      execFileSync(tool, args, { cwd: work, timeout: 120_000 });
    run('pdfseparate', '-f', first, '-l', last, 'full.pdf', 't-%d.pdf');
    const parts = readdirSync(work).filter((f) => /^t-\d+\.pdf$/u.test(f));
    parts.sort((a, b) => Number(a.slice(2, -4)) - Number(b.slice(2, -4)));
    run('pdfunite', ...parts, 'text.pdf');
    run('pdftoppm', '-r', '200', '-gray', '-png', '-f', first, '-l', last, 'full.pdf', 'p');
    const pngs = readdirSync(work).filter((f) => /^p-\d+\.png$/u.test(f));
    run('img2pdf', ...pngs.sort(), '-o', 'scan.pdf');
    text = await checkBytes('text.pdf', new Uint8Array(readFileSync(join(work, 'text.pdf'))));
    scan = await checkBytes('scan.pdf', new Uint8Array(readFileSync(join(work, 'scan.pdf'))));
  }, 600_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gives the text PDF’s tables: codes, names and figures', () => {
    expect(text.tables.map((t) => t.label)).toEqual(['表1', '表2', '表3']);
    expect(tablesOf(scan)).toEqual(tablesOf(text));
  });

  it('gives the text PDF’s findings at the same places, its errors as 识别存疑 warnings', () => {
    expect(scan.findings.map(place).sort()).toEqual(text.findings.map(place).sort());
    const errors = text.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(scan.findings.filter((f) => f.severity === 'error')).toEqual([]);
    for (const e of errors) {
      const twin = scan.findings.find((f) => place(f) === place(e));
      expect(twin?.message.startsWith(OCR_DOUBT_PREFIX)).toBe(true);
    }
  });
});
