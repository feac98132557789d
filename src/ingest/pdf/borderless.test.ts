import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { CONVERT_SKIP, canConvert, officeToPdf } from '../../../test/kits/office-pdf.js';
import type { RawDocument, RawTable } from '../../model/raw.js';
import { findBorderless } from './borderless.js';
import type { TextRun } from './geometry.js';
import { readPdf } from './index.js';

const tables = (doc: RawDocument) => doc.blocks.filter((b): b is RawTable => b.type === 'table');
const texts = (t: RawTable) => t.rows.map((r) => r.cells.map((c) => c.text));
const paragraphs = (doc: RawDocument) => doc.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));

// ---------------------------------------------------------------------------------------------------------------
// Hand-built PDFs: Helvetica text at given positions, optional ruling lines. Amounts are right-aligned using the
// Helvetica advance widths (digits 556, comma/period 278 per 1000 em), as a spreadsheet would print them.

interface Text {
  s: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  right?: boolean;
}

const SIZE = 10;
const HEIGHT = 792;

function width(s: string): number {
  return (
    Array.from(s).reduce((w, ch) => w + (/[0-9]/.test(ch) ? 556 : /[.,]/.test(ch) ? 278 : 600), 0) *
    0.001 *
    SIZE
  );
}

function handPdf(
  items: Text[],
  lines: [number, number, number, number][] = [],
  font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
): Uint8Array {
  const ops = items.map((t) => {
    const x = t.right ? t.x - width(t.s) : t.x;
    return `BT /F1 ${SIZE} Tf ${x.toFixed(2)} ${HEIGHT - t.y} Td (${t.s}) Tj ET`;
  });
  for (const [x0, y0, x1, y1] of lines) ops.push(`0.5 w ${x0} ${HEIGHT - y0} m ${x1} ${HEIGHT - y1} l S`);
  const content = ops.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    font,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 ${HEIGHT}] /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Columns: code (left, x=72), name (left, x=120), three amounts right-aligned at 330, 410, 490. */
const HEAD = ['Code', 'Item', 'Total', 'Basic', 'Project'];
const BODY = [
  ['208', 'Social security', '1,234.50', '1,000.00', '234.50'],
  ['05', 'Pensions', '1,000.00', '1,000.00', ''],
  ['2080505', 'Pension contributions', '234.50', '', '234.50'],
  ['', 'Total', '1,234.50', '1,000.00', '-'],
];
const LEFT = [72, 120];
const RIGHT = [330, 410, 490];

function rowItems(values: string[], y: number): Text[] {
  return values.flatMap((s, c) => {
    if (s === '') return [];
    return c < 2 ? [{ s, x: LEFT[c], y }] : [{ s, x: RIGHT[c - 2], y, right: true }];
  });
}

describe('borderless table (hand-built PDF, no rulings at all)', () => {
  it('reads the table by alignment and leaves the title and note as paragraphs', async () => {
    const items: Text[] = [
      { s: 'Table 3 Expenditure budget', x: 200, y: 100 },
      ...rowItems(HEAD, 140),
      ...BODY.flatMap((values, i) => rowItems(values, 156 + 16 * i)),
      { s: 'Note: amounts in ten thousand yuan.', x: 72, y: 260 },
    ];
    const doc = await readPdf('hand.pdf', handPdf(items));
    const [table, ...more] = tables(doc);
    expect(more).toHaveLength(0);
    expect(table.gridded).toBe(true);
    expect(texts(table)).toEqual([HEAD, ...BODY]);
    for (const row of table.rows) expect(row.cells.map((c) => [c.col, c.colSpan, c.rowSpan])).toHaveLength(5);
    expect(table.rows[2].cells.map((c) => c.col)).toEqual([0, 1, 2, 3, 4]);
    expect(table.rows[1].prov.page).toBe(1);
    expect(paragraphs(doc)).toEqual(['Table 3 Expenditure budget', 'Note: amounts in ten thousand yuan.']);
  });

  it('reads a table whose text a damaged font stretches a billion points to the right (fuzz seed -1339279452)', async () => {
    // One glyph width of the font rewritten: the digit 9 is a hundred million em wide, so a run with a 9 in it ends about a
    // billion points to the right. The column profile once had a slot per half point of the text's width (two
    // billion here) and V8 gave up; it now counts the ends of the ranges.
    const widths = Array.from({ length: 95 }, (_, i) => (i + 32 === 57 ? 100_000_000_000 : 556)).join(' ');
    const font = `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths [${widths}] >>`;
    const items = [...rowItems(HEAD, 140), ...BODY.flatMap((values, i) => rowItems(values, 156 + 16 * i))];
    items.push({ s: '9', x: 300, y: 172 });
    const doc = await readPdf('far.pdf', handPdf(items, [], font));
    expect(JSON.stringify(doc.blocks)).toContain('Pension contributions');
  });

  it('does not turn aligned text without amounts, or two-column lists, into a table', async () => {
    const words = [0, 1, 2, 3].flatMap((i) => [
      { s: `alpha${i}`, x: 72, y: 140 + 16 * i },
      { s: `beta${i}`, x: 200, y: 140 + 16 * i },
      { s: `gamma${i}`, x: 320, y: 140 + 16 * i },
    ]);
    const toc = [0, 1, 2, 3].flatMap((i) => [
      { s: `Chapter ${i}`, x: 72, y: 300 + 16 * i },
      { s: `${i + 3}`, x: 500, y: 300 + 16 * i, right: true },
    ]);
    const doc = await readPdf('plain.pdf', handPdf([...words, ...toc]));
    expect(tables(doc)).toHaveLength(0);
  });

  it('leaves a ruled table to its grid', async () => {
    // Same layout, framed: rulings around every row and between the columns.
    const ys = [128, 144, 160, 176, 192, 208];
    const xs = [68, 116, 262, 342, 422, 500];
    const lines: [number, number, number, number][] = [
      ...ys.map((y): [number, number, number, number] => [68, y, 500, y]),
      ...xs.map((x): [number, number, number, number] => [x, 128, x, 208]),
    ];
    const items = [...rowItems(HEAD, 140), ...BODY.flatMap((values, i) => rowItems(values, 156 + 16 * i))];
    const [table] = tables(await readPdf('ruled.pdf', handPdf(items, lines)));
    expect(texts(table)).toEqual([HEAD, ...BODY]);
    // Box from the rulings, not from the text extent.
    expect(table.prov.box).toEqual([68, 128, 500, 208]);
  });
});

describe('tall ruled row: no horizontal rulings between data rows (hand-built PDF)', () => {
  it('splits the row at the baselines its amount lines share', async () => {
    // Rulings: frame, header line at y=144, column lines; no line between the four data rows.
    const xs = [68, 116, 262, 342, 422, 500];
    const lines: [number, number, number, number][] = [
      [68, 128, 500, 128],
      [68, 144, 500, 144],
      [68, 212, 500, 212],
      ...xs.map((x): [number, number, number, number] => [x, 128, x, 212]),
    ];
    const items = [...rowItems(HEAD, 140), ...BODY.flatMap((values, i) => rowItems(values, 158 + 16 * i))];
    const [table] = tables(await readPdf('tall.pdf', handPdf(items, lines)));
    expect(texts(table)).toEqual([HEAD, ...BODY]);
    const boxes = table.rows.slice(1).map((r) => r.prov.box);
    // Sub-rows tile the tall row from its top ruling to its bottom ruling.
    expect(boxes[0]?.[1]).toBe(144);
    expect(boxes[3]?.[3]).toBe(212);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]?.[1]).toBe(boxes[i - 1]?.[3]);
    expect(table.rows[3].cells[4].prov.box?.[0]).toBe(422);
  });

  it('keeps a tall row whose text wraps between the amount lines', async () => {
    const xs = [68, 116, 262, 342, 422, 500];
    const lines: [number, number, number, number][] = [
      [68, 128, 500, 128],
      [68, 144, 500, 144],
      [68, 200, 500, 200],
      ...xs.map((x): [number, number, number, number] => [x, 128, x, 200]),
    ];
    const items: Text[] = [
      ...rowItems(HEAD, 140),
      // One amount per row but the name wraps onto a line of its own: not a stack of rows.
      { s: '208', x: 72, y: 156 },
      { s: 'Social security', x: 120, y: 156 },
      { s: 'and employment', x: 120, y: 166 },
      { s: '1,234.50', x: 330, y: 156, right: true },
      { s: '05', x: 72, y: 182 },
      { s: 'Pensions', x: 120, y: 182 },
      { s: '1,000.00', x: 330, y: 182, right: true },
    ];
    const [table] = tables(await readPdf('wrap.pdf', handPdf(items, lines)));
    expect(table.rows).toHaveLength(2);
    expect(table.rows[1].cells[1].text).toBe('Social security and employment Pensions');
  });
});

describe('findBorderless on runs', () => {
  const run = (text: string, x0: number, baseline: number): TextRun => ({
    text,
    x0,
    x1: x0 + text.length * 5,
    top: baseline - 8.5,
    bottom: baseline + 1.5,
    baseline,
    size: 10,
  });

  it('needs three consecutive lines filling three columns', () => {
    const line = (code: string, name: string, amount: string, y: number) =>
      [run(code, 0, y), run(name, 50, y), run(amount, 100, y)].filter((r) => r.text !== '');
    // Full, partial, full, full: the longest run of lines filling three columns is two.
    const four = [
      ...line('201', 'a', '1.00', 10),
      ...line('202', '', '2.00', 24),
      ...line('203', 'c', '3.00', 38),
      ...line('204', 'd', '4.00', 52),
    ];
    expect(findBorderless(four, [], 1).tables).toHaveLength(0);
    const five = [...four, ...line('205', 'e', '5.00', 66)];
    const { tables: ts, rest } = findBorderless(five, [], 1);
    expect(ts).toHaveLength(1);
    expect(rest).toHaveLength(0);
    expect(ts[0].table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['201', 'a', '1.00'],
      ['202', '', '2.00'],
      ['203', 'c', '3.00'],
      ['204', 'd', '4.00'],
      ['205', 'e', '5.00'],
    ]);
  });

  it('never reads across a ruled region', () => {
    const runs = [0, 1, 2, 3].flatMap((i) => [
      run(`20${i}`, 0, 10 + 14 * i),
      run('x', 50, 10 + 14 * i),
      run('1.00', 100, 10 + 14 * i),
    ]);
    // A ruled grid sits between the second and third lines: two halves of two lines each, neither a table.
    expect(findBorderless(runs, [[0, 27, 200, 30]], 1).tables).toHaveLength(0);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// A spreadsheet printed without borders by LibreOffice: the real producer of many borderless budget tables.

const XHEAD = ['科目编码', '科目名称', '合计', '基本支出', '项目支出'];
const XBODY = [
  ['208', '社会保障和就业支出', '1,234.50', '1,000.00', '234.50'],
  ['05', '行政事业单位养老支出', '1,000.00', '1,000.00', ''],
  ['2080505', '机关事业单位基本养老保险缴费支出', '234.50', '', '234.50'],
  ['210', '卫生健康支出', '56.00', '56.00', '—'],
  ['', '合计', '1,290.50', '1,056.00', '234.50'],
];

async function writeXlsx(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('表3');
  sheet.columns = [{ width: 10 }, { width: 34 }, { width: 14 }, { width: 14 }, { width: 14 }];
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  sheet.addRow(['2025年部门支出预算表']);
  sheet.addRow(['单位：万元']);
  for (const values of [XHEAD, ...XBODY]) sheet.addRow(values);
  sheet.eachRow((row, n) => {
    for (let c = 1; c <= 5; c++) {
      const cell = row.getCell(c);
      // No borders anywhere. Text format keeps "05" and "1,234.50" as typed; amounts right-aligned as printed.
      cell.numFmt = '@';
      if (c >= 3 && n > 3) cell.alignment = { horizontal: 'right' };
    }
  });
  await book.xlsx.writeFile(path);
}

const work = mkdtempSync(join(tmpdir(), 'gongkai-bl-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!canConvert)(`borderless XLSX → PDF (LibreOffice) → readPdf ${CONVERT_SKIP}`, () => {
  it('gives back every cell of a table printed without borders', async () => {
    const xlsx = join(work, 'borderless.xlsx');
    await writeXlsx(xlsx);
    const pdf = officeToPdf(xlsx, work);
    expect(existsSync(pdf)).toBe(true);
    const doc = await readPdf(pdf);
    const found = tables(doc);
    expect(found).toHaveLength(1);
    const [table] = found;
    expect(table.gridded).toBe(true);
    expect(texts(table)).toEqual([XHEAD, ...XBODY]);
    for (const row of table.rows) {
      expect(row.cells.map((c) => [c.col, c.colSpan, c.rowSpan])).toEqual(
        [0, 1, 2, 3, 4].map((c) => [c, 1, 1]),
      );
      expect(row.prov.page).toBe(1);
    }
    // The title and the unit line above the table stay text (the paragraph joiner may make them one).
    expect(paragraphs(doc).join('').replace(/\s+/g, '')).toBe('2025年部门支出预算表单位：万元');
  });
});
