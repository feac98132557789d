import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  exampleBudgetData,
  headerLines,
  nationalDocument,
  nationalTables,
  randomBudgetData,
  renderDisclosure,
} from './index.js';

// The corpus lives beside the repository, never inside it; a fresh clone skips the seed comparison.
const SEED = new URL('../../../shared/corpus/seed/000_8c5c6d2715ecedd6.txt', import.meta.url);
const HAS_CORPUS = existsSync(SEED);
const SKIP_MESSAGE = '(skipped: ../shared/corpus not present beside the repository)';

/** The Word-copied text as a list of table rows (TAB cells up to a blank line) and paragraphs. */
function tokens(text: string): ({ row: string[] } | { para: string })[] {
  const out: ({ row: string[] } | { para: string })[] = [];
  let row: string[] | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) {
      row = row ?? [];
      row.push(line.slice(1));
    } else {
      if (row) out.push({ row });
      row = undefined;
      if (line.trim() !== '') out.push({ para: line });
    }
  }
  return out;
}

/** Rows of each table, keyed by the 表N paragraph before it. */
function tablesOf(text: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  let label = '';
  for (const t of tokens(text)) {
    if ('para' in t && /^表\d+$/u.test(t.para)) label = t.para;
    if ('row' in t) out.set(label, [...(out.get(label) ?? []), t.row]);
  }
  return out;
}

/** Header and data row widths of the seed's tables, as printed there (merged cells once, 类|款|项 as three). */
const SEED_WIDTHS: Record<string, { header: number[]; data: number }> = {
  表1: { header: [2, 4], data: 4 },
  表2: { header: [8, 16], data: 16 },
  表3: { header: [2, 5, 7], data: 7 },
  表4: { header: [2, 7], data: 7 },
  表5: { header: [2, 5, 7], data: 7 },
  表6: { header: [2, 5, 6], data: 6 },
  表7: { header: [14, 16], data: 16 },
  表8: { header: [2, 5, 7], data: 7 },
  表9: { header: [2, 5, 7], data: 7 },
  表10: { header: [3, 5], data: 5 },
};

describe('text rendering follows the seed layout', () => {
  it('prints each table with the seed header rows and row widths', () => {
    for (const data of [exampleBudgetData(), randomBudgetData(5), randomBudgetData(11, { govFund: true })]) {
      const text = renderDisclosure(data, 'text');
      const tables = tablesOf(text);
      expect([...tables.keys()]).toEqual(Object.keys(SEED_WIDTHS));
      for (const [label, { header, data: width }] of Object.entries(SEED_WIDTHS)) {
        const rows = tables.get(label) as string[][];
        expect(
          rows.slice(0, header.length).map((r) => r.length),
          label,
        ).toEqual(header);
        for (const r of rows.slice(header.length)) expect(r.length, label).toBe(width);
      }
      expect(text).toMatch(/编制部门（单位）：\S+ +单位：万元/u);
      expect(text).not.toContain('\u3000');
    }
  });

  it.skipIf(!HAS_CORPUS)(`prints the same header texts as the seed ${HAS_CORPUS ? '' : SKIP_MESSAGE}`, () => {
    const norm = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]/gu, '');
    const seed = tokens(readFileSync(SEED, 'utf8'))
      .filter((t): t is { row: string[] } => 'row' in t)
      .map((t) => t.row.map(norm).join('|'));
    for (const t of nationalTables(exampleBudgetData())) {
      // The seed's 表7 upper header has a cell split by a line break (a defect): compare its lower row only.
      const lines = headerLines(t.header).map((r) => r.map(norm).join('|'));
      const wanted = t.label === '表7' ? lines.slice(1) : lines;
      const at = seed.findIndex((_, k) => wanted.every((w, j) => seed[k + j] === w));
      expect(at, `${t.label}: ${wanted.join(' / ')}`).toBeGreaterThanOrEqual(0);
    }
  });

  it('writes zeros blank by default and as 0.00 when asked', () => {
    const blank = nationalTables(exampleBudgetData());
    const zeros = nationalTables(exampleBudgetData(), { zeroAsBlank: false });
    expect(blank[9].rows[1]).toEqual(['因公出国（境）费', '', '', '', '']);
    expect(zeros[9].rows[1]).toEqual(['因公出国（境）费', '0.00', '0.00', '', '']);
  });
});

/** Every <table>: rows of [colspan, rowspan] cells. */
function htmlTables(html: string): [number, number][][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/gu)].map((m) =>
    [...m[1].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gu)].map((tr) =>
      [...tr[1].matchAll(/<t[hd]([^>]*)>[^<]*<\/t[hd]>/gu)].map((c) => [
        Number(/colspan="(\d+)"/u.exec(c[1])?.[1] ?? 1),
        Number(/rowspan="(\d+)"/u.exec(c[1])?.[1] ?? 1),
      ]),
    ),
  );
}

describe('html rendering', () => {
  const html = renderDisclosure(randomBudgetData(11, { govFund: true }), 'html');

  it('is one self-contained, balanced document', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/u);
    for (const tag of ['html', 'body', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'p', 'section'])
      expect(html.match(new RegExp(`<${tag}[\\s>]`, 'gu'))?.length, tag).toBe(
        html.split(`</${tag}>`).length - 1,
      );
  });

  it('gives every row of every table the same width, honoring colspan and rowspan', () => {
    const tables = htmlTables(html);
    expect(tables).toHaveLength(10);
    tables.forEach((rows, k) => {
      const carried: number[] = []; // rows still covered by a rowspan, per column
      const widths = rows.map((cells) => {
        let col = 0;
        for (const [cs, rs] of cells) {
          while ((carried[col] ?? 0) > 0) col++;
          for (let c = col; c < col + cs; c++) carried[c] = rs;
          col += cs;
        }
        const width = Math.max(col, carried.length);
        for (let c = 0; c < carried.length; c++) carried[c] = Math.max(0, (carried[c] ?? 0) - 1);
        return width;
      });
      expect(new Set(widths).size, `table ${k + 1}`).toBe(1);
    });
  });
});

describe('xlsx rendering', () => {
  it('round-trips every amount exactly, one sheet per table with merged headers', async () => {
    for (const data of [exampleBudgetData(), randomBudgetData(3), randomBudgetData(11, { govFund: true })]) {
      const buffer = await renderDisclosure(data, 'xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(buffer as unknown as ArrayBuffer);
      const doc = nationalDocument(data);
      expect(book.worksheets.map((s) => s.name)).toEqual([...doc.tables.map((t) => t.label), '说明']);
      for (const t of doc.tables) {
        const sheet = book.getWorksheet(t.label) as ExcelJS.Worksheet;
        const top = 3 + t.header.length;
        for (const [r, row] of t.rows.entries())
          for (const [c, text] of row.entries()) {
            const v = sheet.getCell(top + r, c + 1).value;
            if (t.amountColumns.includes(c) && text !== '') expect((v as number).toFixed(2)).toBe(text);
            else expect(v ?? '').toBe(text);
          }
        const merges = (sheet.model as { merges?: string[] }).merges ?? [];
        const spans = t.header.flat().filter((h) => (h.colSpan ?? 1) > 1 || (h.rowSpan ?? 1) > 1).length;
        expect(merges.length).toBe(spans + 1);
      }
    }
  });
});

it('writes the bundled example files from the example data', () => {
  const dir = new URL('../../examples/', import.meta.url);
  if (!existsSync(dir)) return;
  expect(JSON.parse(readFileSync(new URL('example-budget.json', dir), 'utf8'))).toEqual(exampleBudgetData());
  // The text is the rendering with one deliberate misprint (see examples/README.md).
  const text = readFileSync(new URL('example-disclosure.txt', dir), 'utf8');
  const rendered = renderDisclosure(exampleBudgetData(), 'text');
  expect(text.split('\n').filter((l, k) => l !== rendered.split('\n')[k])).toEqual(['\t35.43']);
});
