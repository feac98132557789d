/**
 * Every reader stays linear in its input: the same content at 1×, 10× and 100× its size costs about 10 and 100
 * times as much. Measured as CPU time of this process (not wall time, which a loaded machine stretches), the best
 * of three reads (one at 100×, long enough to be steady); the bound is generous — the cost per unit may grow at
 * most threefold from one size to the next, where a quadratic reader grows tenfold — so that the test fails on the
 * algorithm, not on the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocumentBytes } from '../src/ingest/index.js';
import { ensureBuilt, mainJs, root } from './built.js';
import { minimalPdf, type PlacedText } from './kits/minimal-pdf.js';

const SIZES = [1, 10, 100];
const GROWTH = 3;
const NO_LIMITS = { maxTextChars: 1e9, maxPages: 1e6, maxCells: 1e9 };

let work: string;
const rendered = (format: string) => {
  const file = join(work, `linear.${format}`);
  execFileSync(
    process.execPath,
    [mainJs, 'render', 'examples/example-budget.json', '-f', format, '-o', file],
    {
      cwd: root,
    },
  );
  return readFileSync(file);
};

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'gongkai-linear-'));
}, 120_000);

function cpuMillis(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Best of `reads` reads: the small sizes are short enough for noise to matter, the largest is not. */
async function cost(bytes: Uint8Array, reads: number): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < reads; i++) {
    const t0 = cpuMillis();
    await readDocumentBytes('linear', bytes, NO_LIMITS);
    best = Math.min(best, cpuMillis() - t0);
  }
  return best;
}

/** Cost per unit at each size; each size's per-unit cost at most GROWTH times the previous one's. */
async function expectLinear(reader: string, make: (n: number) => Uint8Array | Promise<Uint8Array>) {
  const perUnit: number[] = [];
  for (const n of SIZES) perUnit.push((await cost(await make(n), n >= 100 ? 1 : 3)) / n);
  console.log(
    `linear ${reader}: ms per unit at ${SIZES.join('×, ')}×: ${perUnit.map((c) => c.toFixed(2)).join(', ')}`,
  );
  // The largest size against the cheapest smaller one: a quadratic reader costs 10–100 times more per unit there.
  // A floor of 1 ms per unit keeps noise on tiny inputs from counting as growth.
  const last = perUnit[perUnit.length - 1];
  expect(last, `${reader} at ${SIZES[SIZES.length - 1]}×`).toBeLessThan(
    GROWTH * Math.max(Math.min(...perUnit.slice(0, -1)), 1),
  );
}

/** The HTML page's body repeated n times. */
function htmlTimes(html: string, n: number): Uint8Array {
  const open = html.indexOf('>', html.indexOf('<body')) + 1;
  const close = html.lastIndexOf('</body>');
  const body = html.slice(open, close);
  return new TextEncoder().encode(html.slice(0, open) + body.repeat(n) + html.slice(close));
}

/** The Word document's body (every paragraph and table) repeated n times. */
function docxTimes(docx: Uint8Array, n: number): Uint8Array {
  const parts = unzipSync(docx);
  const xml = new TextDecoder().decode(parts['word/document.xml']);
  const open = xml.indexOf('>', xml.indexOf('<w:body')) + 1;
  const close = xml.lastIndexOf('<w:sectPr');
  const body = xml.slice(open, close);
  parts['word/document.xml'] = new TextEncoder().encode(
    xml.slice(0, open) + body.repeat(n) + xml.slice(close),
  );
  return zipSync(parts);
}

/** A sheet of 200·n coded rows with amounts. */
async function xlsxRows(n: number): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('表3');
  sheet.addRow(['表3 支出总体情况表']);
  sheet.addRow(['科目编码', '科目名称', '合计', '基本支出', '项目支出']);
  for (let i = 0; i < 200 * n; i++) sheet.addRow([`2080${(i % 90) + 10}`, `项目${i}`, 3 + i, 1 + i, 2]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** 2·n pages, each a small table of placed text (codes and amounts in columns). */
function pdfPages(n: number): Uint8Array {
  const page = (p: number) => {
    const placed: PlacedText[] = [];
    for (let r = 0; r < 20; r++) {
      const y = 720 - r * 16;
      placed.push(
        { text: `2080${r + 10}`, x: 72, y },
        { text: `${p}${r}.00`, x: 250, y },
        { text: `${r}.50`, x: 350, y },
      );
    }
    return { placed };
  };
  return minimalPdf(Array.from({ length: 2 * n }, (_, p) => page(p)));
}

describe('every reader is linear in its input (1×, 10×, 100×)', () => {
  it('text', async () => {
    const text = rendered('text').toString('utf8');
    await expectLinear('text', (n) => new TextEncoder().encode(text.repeat(n)));
  }, 300_000);

  it('HTML', async () => {
    const html = rendered('html').toString('utf8');
    await expectLinear('html', (n) => htmlTimes(html, n));
  }, 300_000);

  it('DOCX', async () => {
    const docx = new Uint8Array(rendered('docx'));
    await expectLinear('docx', (n) => docxTimes(docx, n));
  }, 300_000);

  it('XLSX', async () => {
    await expectLinear('xlsx', xlsxRows);
  }, 300_000);

  it('PDF', async () => {
    await expectLinear('pdf', pdfPages);
  }, 300_000);
});
