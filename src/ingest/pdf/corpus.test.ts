import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RawBlock, RawDocument, RawTable } from '../../model/raw.js';
import { readPdf } from './index.js';

const dir = fileURLToPath(new URL('../../../../shared/corpus/pdf/', import.meta.url));

interface Expected {
  /** Tables found, in order, with their row counts (after stitching continued pages and dropping repeated headers). */
  rows: number[];
  /** [table index, row index, grid column, text] spot checks, verified against the page images. */
  cells: [number, number, number, string][];
  /** Tables listed without a 目录 page: the label printed before each table. */
  labels?: string[];
}

const EXPECTED: Record<string, Expected> = {
  'chongqing-meteorological-bureau-2026-dept-budget.pdf': {
    rows: [12, 30, 29, 16, 27, 37, 6, 3, 4, 15, 7, 13],
    cells: [
      [0, 2, 1, '14,770.62'],
      [1, 0, 0, '科目'],
      [1, 2, 0, '合计'],
      [1, 29, 0, '2240108'],
      [1, 29, 1, '应急救援'],
      [2, 1, 3, '5,838.39'],
      [7, 2, 4, '13.55'],
      [11, 1, 2, '4,902.34'],
    ],
    labels: [
      '表一',
      '表二',
      '表三',
      '表四',
      '表五',
      '表六',
      '表七',
      '表八',
      '表九',
      '表十',
      '表十一',
      '表十二',
    ],
  },
  'shanghai-putuo-commerce-commission-2025-unit-budget.pdf': {
    rows: [16, 34, 34, 15, 34, 12, 11, 34, 4],
    cells: [
      [0, 4, 1, '371,514,655.00'],
      [0, 15, 6, '351,684,000.00'],
      [1, 2, 2, '项'],
      [1, 5, 2, '01'],
      [1, 17, 3, '机关事业单位职业年金缴费支出'],
      [1, 33, 0, '合计'],
      [1, 33, 4, '371,514,655.00'],
    ],
  },
  'shanghai-putuo-finance-bureau-2025-dept-budget.pdf': {
    rows: [16, 23, 23, 10, 23, 16, 16, 33, 4],
    cells: [
      [0, 2, 1, '31,214,205.80'],
      [3, 2, 4, '22,186,440.80'],
    ],
  },
  'shanghai-putuo-govt-office-2025-dept-budget.pdf': {
    rows: [16, 24, 24, 16, 24, 12, 12, 33, 4],
    cells: [[0, 2, 3, '82,096,797.42']],
  },
  'shanghai-putuo-party-social-work-dept-2024-final-account.pdf': {
    rows: [3, 32, 20, 20, 34, 20, 40, 5, 6, 6],
    cells: [
      [1, 2, 1, '307.82'],
      [1, 31, 0, '总计'],
      [2, 2, 2, '307.82'],
      [2, 14, 0, '2101101'],
      [6, 1, 2, '95.36'],
      [6, 1, 3, '302'],
    ],
  },
  'shanghai-putuo-wanli-street-2025-dept-budget.pdf': {
    rows: [16, 70, 70, 16, 70, 16, 16, 35, 4],
    cells: [
      [4, 3, 3, '一般公共服务支出'],
      [4, 3, 4, '3,296,600'],
      [4, 3, 5, '0'],
      [2, 69, 0, '合计'],
      [2, 69, 4, '189,767,551'],
    ],
  },
  'shanghai-template-2024-dept-final-account-blank.pdf': {
    rows: [9, 30, 10, 10, 32, 10, 40, 5, 6, 6],
    cells: [],
  },
};

function tables(doc: RawDocument): RawTable[] {
  return doc.blocks.filter((b): b is RawTable => b.type === 'table');
}

function cellAt(t: RawTable, row: number, col: number): string | undefined {
  return t.rows[row]?.cells.find((c) => c.col === col)?.text;
}

const compact = (s: string) => s.replace(/\s+/g, '');

/** Table titles listed in the document's 目录: entries that name a 表, without their enumerator and leader dots. */
function tocTitles(doc: RawDocument): string[] {
  const start = doc.blocks.findIndex((b) => b.type === 'paragraph' && compact(b.text) === '目录');
  if (start < 0) return [];
  const titles: string[] = [];
  for (const b of doc.blocks.slice(start + 1, start + 60)) {
    if (b.type !== 'paragraph') break;
    const entry = compact(b.text)
      .replace(/[…．.·]{2,}\d*$/, '')
      .replace(/^(\d+[.．]|[一二三四五六七八九十]+、)/, '');
    // "五、部门预算表" heads the list of tables; it is not one of them.
    if (/表$/.test(entry) && !/^第/.test(entry) && !/^(部门|单位)(预算|决算)表$/.test(entry))
      titles.push(entry);
  }
  return titles;
}

/** The text printed just above a table (its title, unit line, label), back to the previous table. */
function textAbove(blocks: RawBlock[], index: number): string[] {
  const parts: string[] = [];
  for (let i = index - 1; i >= 0 && i >= index - 4 && blocks[i].type === 'paragraph'; i--) {
    parts.unshift(compact((blocks[i] as { text: string }).text));
  }
  return parts;
}

const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pdf')) : [];

describe.skipIf(!existsSync(dir))('PDF corpus (skipped: ../shared/corpus not present)', () => {
  it('has an expectation for every corpus PDF', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    it(`reads ${file}`, async () => {
      const doc = await readPdf(`${dir}${file}`);
      const expected = EXPECTED[file];
      const found = tables(doc);
      expect(found.map((t) => t.rows.length)).toEqual(expected.rows);
      for (const [ti, r, c, text] of expected.cells)
        expect(cellAt(found[ti], r, c), `${ti}/${r}/${c}`).toBe(text);
      for (const t of found) {
        expect(t.gridded).toBe(true);
        const width = t.rows[0].cells.reduce((s, c) => s + c.colSpan, 0);
        for (const row of t.rows)
          for (const cell of row.cells) expect(cell.col + cell.colSpan).toBeLessThanOrEqual(width);
        for (const row of t.rows) expect(row.prov.page).toBeGreaterThan(0);
      }
      // Every table the document lists (目录, or the printed 表N labels) is found, right below its title.
      const titles = expected.labels ?? tocTitles(doc);
      expect(titles.length).toBeGreaterThanOrEqual(9);
      const above = doc.blocks.map((b, i) => (b.type === 'table' ? textAbove(doc.blocks, i) : null));
      for (const title of titles) {
        const hit = above.some((ps) => ps?.some((t) => (expected.labels ? t === title : t.includes(title))));
        expect(hit, `table "${title}"`).toBe(true);
      }
      expect(doc.warnings).toEqual([]);
    });
  }
});

describe.skipIf(!existsSync(dir))('PDF corpus paragraphs (skipped: ../shared/corpus not present)', () => {
  it('joins wrapped narrative lines and keeps page provenance', async () => {
    const doc = await readPdf(`${dir}chongqing-meteorological-bureau-2026-dept-budget.pdf`);
    const paras = doc.blocks.filter((b) => b.type === 'paragraph');
    const perf = paras.find((p) => p.text.startsWith('(三)绩效目标设置情况'));
    expect(perf?.text).toContain('财政拨款7,227.34万元。');
    expect(perf?.prov.page).toBe(3);
    expect(paras.some((p) => p.text === '一、单位基本情况')).toBe(true);
  });
});
