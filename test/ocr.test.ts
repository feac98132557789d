/**
 * OCR of scanned PDFs, on scans the test draws itself (test/kits/scans.ts): a 表3 drawn as an image
 * only must read back as the same table — every code, name and amount — and give the same findings as the same
 * table read from text, except that an error resting on an OCR'd figure is a warning marked 识别存疑. A scan with
 * no table is "not a disclosure" without any recognition; a page printed sideways is turned upright.
 * OCR is slow (seconds a page): the scans are one page each, read once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocumentBytes } from '../src/ingest/index.js';
import { MAX_PIXELS, renderGray } from '../src/ingest/ocr/raster.js';
import { openPdf } from '../src/ingest/pdf/load.js';
import { parseWordText } from '../src/ingest/text/index.js';
import type { RawDocument, RawTable } from '../src/model/raw.js';
import { checkRaw } from '../src/pipeline/check.js';
import { renderHtml } from '../src/report/html.js';
import { renderText } from '../src/report/text.js';
import { OCR_DOUBT_PREFIX } from '../src/rules/engine/ocr-doubt.js';
import { minimalPdf } from './kits/minimal-pdf.js';
import {
  canDrawScans,
  type DrawnTable,
  SCAN_SKIP,
  scannedPdf,
  tablePageSvg,
  textPageSvg,
} from './kits/scans.js';

const HEADER = ['科目编码', '科目名称', '合计', '基本支出', '项目支出'];
/** A consistent 表3 but for one misprint: 2080505's 合计 is 21.00 where its parts add to 20.00. */
const ROWS = [
  ['208', '社会保障和就业支出', '30.00', '30.00', ''],
  ['20805', '行政事业单位养老支出', '30.00', '30.00', ''],
  ['2080505', '机关事业单位基本养老保险缴费支出', '21.00', '20.00', ''],
  ['2080506', '机关事业单位职业年金缴费支出', '10.00', '10.00', ''],
  ['212', '城乡社区支出', '1,070.50', '1,050.25', '20.25'],
  ['21201', '城乡社区管理事务', '1,070.50', '1,050.25', '20.25'],
  ['2120101', '行政运行', '1,050.25', '1,050.25', ''],
  ['2120199', '其他城乡社区管理事务支出', '20.25', '', '20.25'],
  ['', '合计', '1,100.50', '1,080.25', '20.25'],
];
const TABLE: DrawnTable = {
  above: ['表3 部门支出总体情况表', '单位：万元'],
  widths: [70, 200, 75, 75, 75],
  rows: [HEADER, ...ROWS],
  amounts: [2, 3, 4],
};

/** The same table as text copied out of Word (cells as TAB-prefixed lines). */
function asText(): RawDocument {
  const cells = (r: string[]) => `${r.map((c) => `\t${c}`).join('\n')}\n`;
  const text = ['表3 部门支出总体情况表', '单位：万元', [HEADER, ...ROWS].map(cells).join('\n')].join('\n');
  return parseWordText(text, 'table.txt');
}

const tables = (raw: RawDocument) => raw.blocks.filter((b): b is RawTable => b.type === 'table');

describe.skipIf(!canDrawScans)(`OCR of scanned PDFs ${SCAN_SKIP}`, () => {
  let scan: RawDocument;
  beforeAll(async () => {
    scan = await readDocumentBytes('scan.pdf', await scannedPdf([tablePageSvg(TABLE)]));
  }, 300_000);

  it('reads every cell of the drawn table, marking each as OCR’d', () => {
    const [table] = tables(scan);
    // Thousands separators may be lost ("1070.50"): the value, which is what is checked, is the same.
    const values = (rows: string[][]) => rows.map((r) => r.map((c) => c.replace(/,/g, '')));
    expect(values(table.rows.map((r) => r.cells.map((c) => c.text)))).toEqual(values([HEADER, ...ROWS]));
    for (const cell of table.rows.flatMap((r) => r.cells)) expect(cell.prov.ocr).toBeDefined();
    expect(scan.warnings.map((w) => w.code)).toEqual(['ocr']);
    expect(scan.warnings[0].message).toContain('第1页为扫描件');
  });

  it('gives the findings of the text copy, its errors as 识别存疑 warnings', () => {
    const fromText = checkRaw(asText(), 'table.txt').report;
    const fromScan = checkRaw(scan, 'scan.pdf').report;
    expect(fromScan.tables.map((t) => [t.label, t.kind])).toEqual(
      fromText.tables.map((t) => [t.label, t.kind]),
    );
    const key = (f: { rule: string; location: { row?: string; column?: string } }) =>
      `${f.rule} ${f.location.row ?? ''} ${f.location.column ?? ''}`;
    expect(fromScan.findings.map(key).sort()).toEqual(fromText.findings.map(key).sort());
    const textErrors = fromText.findings.filter((f) => f.severity === 'error');
    expect(textErrors.length).toBeGreaterThan(0);
    expect(fromScan.findings.filter((f) => f.severity === 'error')).toEqual([]);
    for (const e of textErrors) {
      const twin = fromScan.findings.find((f) => key(f) === key(e));
      expect(twin?.severity).toBe('warning');
      expect(twin?.message.startsWith(OCR_DOUBT_PREFIX)).toBe(true);
    }
    expect(fromScan.warnings.some((w) => w.code === 'ocr')).toBe(true);
  });

  it('shows the scan in every report form: the notice, and each OCR’d figure', () => {
    const report = checkRaw(scan, 'scan.pdf').report;
    const cells = report.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells)));
    expect(cells.filter((c) => c.printed !== '').every((c) => c.ocr !== undefined)).toBe(true);
    expect(renderText(report)).toContain('第1页为扫描件，文字和数值经 OCR 识别');
    const html = renderHtml(report);
    expect(html).toContain('第1页为扫描件，文字和数值经 OCR 识别');
    expect(html).toMatch(/<td[^>]*class="[^"]*\bocr\b/);
  });

  it('turns a table printed sideways upright', async () => {
    const small: DrawnTable = { ...TABLE, rows: [HEADER, ...ROWS.slice(0, 3)] };
    const upright = tablePageSvg(small);
    // The page content turned a quarter anticlockwise, as a landscape table printed on a portrait page.
    const sideways = upright.replace(/<g /, '<g transform="translate(0 842) rotate(-90)" ');
    const raw = await readDocumentBytes('sideways.pdf', await scannedPdf([sideways]));
    // Codes and amounts exactly; a name may lose a character to OCR (the checks then say 识别存疑).
    const keep = (rows: string[][]) =>
      rows.map((r) => r.filter((_, c) => c !== 1).map((c) => c.replace(/,/g, '')));
    expect(keep(tables(raw)[0].rows.map((r) => r.cells.map((c) => c.text)))).toEqual(keep(small.rows));
    expect(raw.warnings[0].message).toContain('横排');
  }, 300_000);

  it('reads the prose of a disclosure’s scanned pages before and after its table', {
    timeout: 300_000,
  }, async () => {
    // The first page is laid out before any table is known and kept for later; the last is read at once.
    const before = textPageSvg(['一、部门主要职责', '本部门负责城乡社区管理事务。']);
    const after = textPageSvg(['二、其他重要事项的情况说明', '本部门无政府性基金预算。']);
    const raw = await readDocumentBytes('three.pdf', await scannedPdf([before, tablePageSvg(TABLE), after]));
    expect(tables(raw)).toHaveLength(1);
    const prose = (page: number) =>
      raw.blocks
        .filter((b) => b.type === 'paragraph' && b.prov.page === page)
        .map((b) => (b.type === 'paragraph' ? b.text : ''))
        .join('');
    expect(prose(1)).toContain('城乡社区管理事务');
    expect(prose(3)).toContain('政府性基金预算');
    expect(raw.warnings[0].message).toContain('第1–3页为扫描件');
  });

  it('says a scan without any table is no disclosure, and reads none of its prose', {
    timeout: 300_000,
  }, async () => {
    const notice = textPageSvg(['关于做好2025年有关工作的通知', '各区、各部门：现将有关事项通知如下。']);
    const raw = await readDocumentBytes('notice.pdf', await scannedPdf([notice]));
    expect(raw.blocks).toEqual([]);
    expect(() => checkRaw(raw, 'notice.pdf')).toThrow(/扫描件.*没有表格.*不是预算\/决算公开表格/);
  });

  it('renders a page whose size is damaged at the resolution that fits, not in gigabytes', {
    timeout: 300_000,
  }, async () => {
    // Found by the fuzz: a scanned page's MediaBox [65535 0 612 792] (23 m wide) asked OCR for 900 million pixels,
    // and the check ran past its time limit over the memory cap. The fixture is that case, made here.
    const pdf = Buffer.from(minimalPdf([{ text: '2024 budget 201 10.00' }, { image: true }])).toString(
      'latin1',
    );
    const at = pdf.lastIndexOf('/MediaBox [0 0 612 792]');
    const damaged = `${pdf.slice(0, at)}/MediaBox [65535 0 612 792]${pdf.slice(at + 23)}`;
    const bytes = new Uint8Array(Buffer.from(damaged, 'latin1'));
    const doc = await openPdf('size.pdf', bytes, { images: true });
    try {
      const gray = await renderGray(await doc.getPage(2), 300);
      expect(gray.width * gray.height).toBeLessThanOrEqual(MAX_PIXELS);
      expect(gray.scale).toBeLessThan(300 / 72);
    } finally {
      await doc.destroy();
    }
    const raw = await readDocumentBytes('size.pdf', bytes);
    expect(raw.source.pages).toBe(2);
  });

  it('reports scanned pages unread with OCR turned off', { timeout: 300_000 }, async () => {
    const pdf = await scannedPdf([tablePageSvg(TABLE)]);
    await expect(readDocumentBytes('scan.pdf', pdf, { maxOcrPages: 0 })).rejects.toThrow(/--no-ocr/);
  });
});
