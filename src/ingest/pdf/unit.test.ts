import { describe, expect, it } from 'vitest';
import { fillGrid, type PageTable } from './cells.js';
import type { Segment, TextRun } from './geometry.js';
import { findGrids } from './grid.js';
import { dropMargins, isPageNumber } from './margins.js';
import type { PageContent, TextLine } from './page.js';
import { continues } from './paragraphs.js';
import { foldRadicals } from './radicals.js';
import { sameColumns, stitch } from './stitch.js';
import { joinWrapped, normalizeText, splitRun, toRuns } from './text.js';

function run(text: string, x0: number, baseline: number, width?: number, size = 10): TextRun {
  const w = width ?? Array.from(text).length * size;
  return {
    text,
    x0,
    x1: x0 + w,
    top: baseline - 0.85 * size,
    bottom: baseline + 0.15 * size,
    baseline,
    size,
  };
}

const h = (pos: number, a: number, b: number): Segment => ({ pos, a, b });
const v = h;

/**
 * A 3-column ruled table: header row 1 has 科目 over two columns (no ruling at x=100 in that row), row 2 has
 * 编码 | 名称 | 金额, row 3 data. Rulings: y = 0, 20, 40, 60; x = 0, 100 (rows 2–3 only), 200, 300.
 */
function sampleGraphics() {
  return {
    horizontal: [h(0, 0, 300), h(20, 0, 300), h(40, 0, 300), h(60, 0, 300)],
    vertical: [v(0, 0, 60), v(100, 20, 60), v(200, 0, 60), v(300, 0, 60)],
    hasImage: false,
  };
}

describe('grid from rulings', () => {
  it('derives the grid, and a colSpan where a ruling is missing', () => {
    const [grid] = findGrids(sampleGraphics());
    expect(grid.xs).toEqual([0, 100, 200, 300]);
    expect(grid.ys).toEqual([0, 20, 40, 60]);
    expect(grid.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([
      [0, 0, 1, 2],
      [0, 2, 1, 1],
      [1, 0, 1, 1],
      [1, 1, 1, 1],
      [1, 2, 1, 1],
      [2, 0, 1, 1],
      [2, 1, 1, 1],
      [2, 2, 1, 1],
    ]);
  });

  it('merges WPS-style pieces of one ruling and ignores a lone frame', () => {
    const pieces = {
      horizontal: [h(0, 0, 150), h(0.4, 150, 300), h(30, 0, 300), h(500, 0, 100), h(520, 0, 100)],
      vertical: [v(0, 0, 30), v(300, 0, 30), v(150, 0, 30), v(0, 500, 520), v(100, 500, 520)],
      hasImage: false,
    };
    const grids = findGrids(pieces);
    expect(grids).toHaveLength(1);
    expect(grids[0].xs).toEqual([0, 150, 300]);
  });

  it('places runs by centre, splits a run crossing a ruling, and joins wrapped lines', () => {
    const [grid] = findGrids(sampleGraphics());
    const runs = [
      run('科目', 80, 15),
      run('金额', 230, 15),
      run('2010301', 10, 55, 40),
      // pdf.js emitted the name and the amount as one run across the ruling at x = 200.
      run('行政运行   1,234.50', 110, 55, 150),
      run('编码', 30, 31),
      run('名称', 110, 28),
      run('说明', 110, 38),
    ];
    const { table } = fillGrid(grid, runs, 3);
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['科目', '金额'],
      ['编码', '名称说明', ''],
      ['2010301', '行政运行', '1,234.50'],
    ]);
    expect(table.rows[0].cells[0]).toMatchObject({
      col: 0,
      colSpan: 2,
      rowSpan: 1,
      prov: { page: 3, box: [0, 0, 200, 20] },
    });
  });

  it('keeps a label drawn past its cell (clipped by the producer) whole, in the cell that holds most of it', () => {
    const [grid] = findGrids(sampleGraphics());
    const runs = [
      // Overflows under an amount the next cell prints on the same line: the cut falls inside the label.
      run('人员经费和公用经费支出', 105, 35, 105),
      run('2,022.39', 250, 35, 40),
      run('资本性支出（基本建设）', 110, 55, 110),
      // An amount's last digit and the next cell's first character as one run: two cells, apart by a blank.
      run('3 (', 190, 15, 20),
    ];
    const { table } = fillGrid(grid, runs, 3);
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['3', '('],
      ['', '人员经费和公用经费支出', '2,022.39'],
      ['', '资本性支出（基本建设）', ''],
    ]);
  });
});

describe('text normalization', () => {
  it('collapses blanks between CJK characters only', () => {
    expect(normalizeText('项 目  预 算 数')).toBe('项目预算数');
    expect(normalizeText('2025 年 1,234.50 万元')).toBe('2025 年 1,234.50 万元');
    expect(normalizeText('Total budget')).toBe('Total budget');
  });

  it('joins wrapped CJK lines without a blank and Latin lines with one', () => {
    expect(joinWrapped(['机关事业单位基本养老保险缴费', '支出'])).toBe('机关事业单位基本养老保险缴费支出');
    expect(joinWrapped(['general public', 'services'])).toBe('general public services');
  });

  it('splits a run at a cut using full/half-width advances', () => {
    const parts = splitRun(run('合计12.00', 0, 10, 40), [20]);
    expect(parts.map((p) => p.text)).toEqual(['合计', '12.00']);
    expect(splitRun(run('合计', 0, 10, 20), [50])).toHaveLength(1);
  });

  it('reads radical code points as the ideographs they stand for (Type 3 fonts print 用车行 so)', () => {
    expect(foldRadicals('公务⽤⻋运⾏维护费')).toBe('公务用车运行维护费');
    expect(foldRadicals('⻓期⻔⻚⻛⻜⻢⻥⻦⻩⻰')).toBe('长期门页风飞马鱼鸟黄龙');
    expect(foldRadicals('一般公共服务支出 1,234.50')).toBe('一般公共服务支出 1,234.50');
    const [folded] = toRuns(
      [{ str: '⼀般公共预算', transform: [10, 0, 0, 10, 0, 0], width: 60, height: 10 }],
      [1, 0, 0, 1, 0, 0],
    );
    expect(folded?.text).toBe('一般公共预算');
  });
});

function line(text: string, page: number, y: number): TextLine {
  return { text, page, box: [100, y, 100 + text.length * 10, y + 10], size: 10 };
}

function page(n: number, lines: TextLine[]): PageContent {
  return {
    page: n,
    width: 600,
    height: 800,
    tables: [],
    lines,
    hasText: true,
    hasImage: false,
    chars: 0,
    fonts: [],
  };
}

describe('running headers, footers and page numbers', () => {
  it('drops page numbers and repeated header lines, keeps body text', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [line('XX局2025年部门预算', n, 20), line(`正文第${n}段`, n, 400), line(`- ${n} -`, n, 780)]),
    );
    const kept = dropMargins(pages).map((p) => p.lines.map((l) => l.text));
    expect(kept).toEqual([['正文第1段'], ['正文第2段'], ['正文第3段']]);
  });

  it('keeps what a table reprints on each of its pages: label, title, unit line', () => {
    const head = ['公开表6', '一般公共预算基本支出情况表', '部门（单位）：烟台市示例局 单位：万元'];
    const pages = [1, 2, 3].map((n) =>
      page(n, [...head.map((t, i) => line(t, n, 10 + i * 12)), line(`正文第${n}段`, n, 400)]),
    );
    const kept = dropMargins(pages).map((p) => p.lines.map((l) => l.text));
    expect(kept).toEqual([1, 2, 3].map((n) => [...head, `正文第${n}段`]));
  });

  it('recognizes page-number shapes', () => {
    expect(['3', '- 3 -', '第 3 页', '第3页 共20页', '3/20'].every(isPageNumber)).toBe(true);
    expect(isPageNumber('2025')).toBe(true);
    expect(isPageNumber('合计 3')).toBe(false);
  });
});

describe('stitching a table continued on the next page', () => {
  function pageTable(pageNo: number, xs: number[], rows: string[][]): PageTable {
    return {
      page: pageNo,
      xs,
      box: [xs[0], 0, xs[xs.length - 1], 100],
      table: {
        type: 'table',
        gridded: true,
        prov: { page: pageNo },
        rows: rows.map((texts) => ({
          prov: { page: pageNo },
          cells: texts.map((text, col) => ({ text, col, colSpan: 1, rowSpan: 1, prov: { page: pageNo } })),
        })),
      },
    };
  }

  it('drops the repeated header and appends the rows', () => {
    const a = pageTable(
      1,
      [0, 50, 100],
      [
        ['编码', '金额'],
        ['201', '1.00'],
      ],
    );
    const b = pageTable(
      2,
      [0, 50.5, 100],
      [
        ['编码', '金额'],
        ['202', '2.00'],
      ],
    );
    expect(sameColumns(a, b)).toBe(true);
    stitch(a, b);
    expect(a.table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['编码', '金额'],
      ['201', '1.00'],
      ['202', '2.00'],
    ]);
    expect(a.table.rows[2].prov.page).toBe(2);
  });

  it('drops a header read by OCR one slip apart on the two pages, and keeps a text layer’s', () => {
    const scanned = (t: PageTable) => {
      t.table.rows.forEach((r) => {
        r.prov.ocr = {};
        for (const c of r.cells) c.prov.ocr = { confidence: 80 };
      });
      return t;
    };
    const pages = () => [
      pageTable(
        1,
        [0, 50, 100],
        [
          ['功能分类科导', '金额'],
          ['201', '1.00'],
        ],
      ),
      pageTable(
        2,
        [0, 50, 100],
        [
          ['功能分类科目', '金额'],
          ['202', '2.00'],
        ],
      ),
    ];
    const [a, b] = pages().map(scanned);
    stitch(a, b);
    expect(a.table.rows.map((r) => r.cells[0].text)).toEqual(['功能分类科导', '201', '202']);
    const [c, d] = pages();
    stitch(c, d);
    expect(c.table.rows).toHaveLength(4);
  });

  it('re-spans a continuation whose total row has fewer rulings', () => {
    const a = pageTable(1, [0, 30, 60, 100], [['类', '款', '金额']]);
    const b = pageTable(2, [0, 60, 100], [['合计', '9.00']]);
    expect(sameColumns(a, b)).toBe(true);
    stitch(a, b);
    expect(a.table.rows[1].cells.map((c) => [c.text, c.col, c.colSpan])).toEqual([
      ['合计', 0, 2],
      ['9.00', 2, 1],
    ]);
  });

  it('does not join tables with different edges', () => {
    const a = pageTable(1, [0, 50, 100], [['a', 'b']]);
    const b = pageTable(2, [0, 50, 140], [['c', 'd']]);
    expect(sameColumns(a, b)).toBe(false);
  });
});

describe('paragraphs', () => {
  const margins = { left: 36, right: 811 };
  const line = (text: string, x0: number, x1: number, y: number): TextLine => ({
    text,
    box: [x0, y, x1, y + 10],
    size: 10,
    page: 12,
  });

  it('keeps a bracketed aside on the paragraph the line broke before it, and ends one after a full stop', () => {
    const a = line('按照全口径预算的原则……收入预算5350.25万元', 36, 788.9, 76.8);
    const aside = line('（不含上年结转）。', 36, 126, 91.3);
    expect(continues(a, aside, margins, margins, 4.5)).toBe(true);
    const closed = line('按照全口径预算的原则……收入预算5350.25万元。', 36, 788.9, 76.8);
    expect(continues(closed, aside, margins, margins, 4.5)).toBe(false);
    expect(continues(a, line('收入预算包括：一般公共预算拨款', 36, 300, 91.3), margins, margins, 4.5)).toBe(
      false,
    );
  });
});
