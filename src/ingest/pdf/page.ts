/** One page → its tables and its loose text lines. Nothing from pdf.js outlives this call. */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { CellCount } from '../limits.js';
import { findBorderless } from './borderless.js';
import { fillGrid, inBox, type PageTable } from './cells.js';
import { pageCall } from './damage.js';
import type { Box, Matrix, TextRun } from './geometry.js';
import { findGrids } from './grid.js';
import { extractGraphics } from './rulings.js';
import { groupLines, joinLine, normalizeText, toRuns } from './text.js';

/** A visual line of text outside any table. */
export interface TextLine {
  text: string;
  box: Box;
  size: number;
  page: number;
}

export interface PageContent {
  page: number;
  width: number;
  height: number;
  tables: PageTable[];
  lines: TextLine[];
  hasText: boolean;
  hasImage: boolean;
  /** A scanned page's resolution (its largest image's pixels per inch), for OCR. */
  imageDpi?: number;
  /** Characters in the page's text layer, for the document's text limit. */
  chars: number;
  /** The fonts its text is set in (pdf.js's ids, one per font object of the document). */
  fonts: string[];
}

/** `cells`, when given, counts the page's table cells against the document's limit, as its grids are laid out. */
export async function readPage(page: PDFPageProxy, cells?: CellCount): Promise<PageContent> {
  const where = `第 ${page.pageNumber} 页`;
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as Matrix;
  const content = await pageCall(page.pageNumber, () => page.getTextContent());
  const runs = toRuns(content.items, transform);
  const ops = await pageCall(page.pageNumber, () => page.getOperatorList());
  const graphics = extractGraphics(ops, transform);
  const grids = findGrids(graphics, cells && { cells, where });
  const tables: PageTable[] = [];
  let loose = runs;
  for (const grid of grids) {
    const mine = loose.filter((r) => inBox(r, grid.box));
    if (mine.length === 0 && grid.cells.length < 4) continue;
    loose = loose.filter((r) => !inBox(r, grid.box));
    tables.push(fillGrid(grid, mine, page.pageNumber));
  }
  // Text outside every ruled grid may still be a table laid out by alignment alone (no rulings at all).
  const borderless = findBorderless(
    loose,
    grids.map((g) => g.box),
    page.pageNumber,
  );
  for (const t of borderless.tables) cells?.add(t.table.rows.length * (t.xs.length - 1), where);
  tables.push(...borderless.tables);
  loose = borderless.rest;
  return {
    page: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
    tables,
    lines: toLines(loose, page.pageNumber),
    hasText: runs.length > 0,
    chars: content.items.reduce((n, item) => n + ('str' in item ? item.str.length : 0), 0),
    fonts: [...new Set(content.items.flatMap((item) => ('fontName' in item ? [item.fontName] : [])))],
    hasImage: graphics.hasImage,
    ...(graphics.imageDpi ? { imageDpi: graphics.imageDpi } : {}),
  };
}

function toLines(runs: TextRun[], page: number): TextLine[] {
  return groupLines(runs)
    .map((line) => ({
      text: normalizeText(joinLine(line)),
      box: [
        Math.min(...line.map((r) => r.x0)),
        Math.min(...line.map((r) => r.top)),
        Math.max(...line.map((r) => r.x1)),
        Math.max(...line.map((r) => r.bottom)),
      ] as Box,
      size: Math.max(...line.map((r) => r.size)),
      page,
    }))
    .filter((l) => l.text !== '');
}
