/**
 * OCR of the scanned pages of a PDF (扫描件, or scanned pages inside a text PDF), offline: see README.md.
 * Pages with a ruled table are read cell by cell and, with them, the text around the tables. A scan with no ruled
 * table on any page (a notice, a report) is not a disclosure: its prose is not read (tens of seconds a page for
 * nothing to check), and the document says so.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { CellCount } from '../limits.js';
import type { PageContent } from '../pdf/page.js';
import { OcrEngine } from './engine.js';
import type { Layout } from './layout.js';
import { pageLayout, readLayout, renderDpi } from './page.js';
import { type Gray, loadCanvas, renderGray } from './raster.js';
import { releaseRendering } from './release.js';
import { settleFiveDigitYears } from './years.js';

export interface OcrResult {
  /** Pages read, by number. */
  pages: Map<number, PageContent>;
  /** Scanned pages without a ruled table, not read because nothing else in the document is a table. */
  skipped: number[];
  /** Scanned pages printed sideways, read turned upright. */
  turned: number[];
  cells: number;
  millis: number;
}

/** Whether OCR can run here: the canvas pdf.js renders with is an optional native package. */
export async function ocrAvailable(): Promise<boolean> {
  return (await loadCanvas()) !== null;
}

/**
 * Page n rendered and laid out. Its grey image is all that is read from here on: everything else the rendering
 * left goes before the layout is made (./release.ts), with the document's caches, among them the JPEG 2000 decoder,
 * whose memory (~200 MB after a 300-dpi A4 page) a WebAssembly module never gives back while it lives.
 */
async function layoutOf(doc: PDFDocumentProxy, n: number, engine: OcrEngine, dpi: number): Promise<Layout> {
  let gray: Gray;
  try {
    gray = await renderGray(await doc.getPage(n), dpi);
  } finally {
    await releaseRendering(doc);
  }
  return pageLayout(gray, engine);
}

/**
 * Gridless pages laid out before any page showed a table: read later if one does (a 说明 page before its tables),
 * so kept, up to KEEP_BYTES, rather than rendered again (changsha-007-scanned: a JPEG 2000 page, ~1.7 s).
 */
class KeptLayouts {
  /** Two bytes a pixel (grey and ink): three A4 pages at 300 dpi. */
  static readonly KEEP_BYTES = 56 * 2 ** 20;
  readonly #layouts = new Map<number, Layout>();
  #bytes = 0;

  keep(n: number, l: Layout): void {
    const size = l.gray.data.length + l.ink.length;
    if (this.#bytes + size > KeptLayouts.KEEP_BYTES) return;
    this.#layouts.set(n, l);
    this.#bytes += size;
  }

  take(n: number): Layout | undefined {
    const l = this.#layouts.get(n);
    this.#layouts.delete(n);
    if (l) this.#bytes -= l.gray.data.length + l.ink.length;
    return l;
  }
}

/**
 * Reads the scanned pages `numbers` of `doc`. `haveTables`: the text layer of other pages holds tables, so a
 * scanned page without one is still part of a disclosure (its 说明) and is read.
 */
export async function ocrScannedPages(
  doc: PDFDocumentProxy,
  scans: readonly { page: number; imageDpi?: number }[],
  haveTables: boolean,
  count?: CellCount,
): Promise<OcrResult> {
  const dpi = new Map(scans.map((s) => [s.page, renderDpi(s.imageDpi)]));
  const numbers = scans.map((s) => s.page);
  const t0 = performance.now();
  const engine = new OcrEngine();
  const out: OcrResult = { pages: new Map(), skipped: [], turned: [], cells: 0, millis: 0 };
  const gridless: number[] = [];
  const kept = new KeptLayouts();
  const read = async (n: number, onlyWithGrid: boolean) => {
    const l = kept.take(n) ?? (await layoutOf(doc, n, engine, dpi.get(n) ?? renderDpi(undefined)));
    if (onlyWithGrid && l.grids.length === 0) {
      gridless.push(n);
      kept.keep(n, l);
      return;
    }
    // Counted before each cell is recognized (5–20 s a page): the document's cell limit covers scans too.
    for (const g of l.grids) count?.add((g.xs.length - 1) * (g.ys.length - 1), `第 ${n} 页`);
    engine.setDpi(Math.round(l.gray.scale * 72));
    const r = await readLayout(l, n, engine, true);
    out.pages.set(n, r.content);
    out.cells += r.cells;
    if (r.turns !== 0) out.turned.push(n);
  };
  // Once a table is known, a page without one is read at once: it is a 说明 page of the disclosure.
  const known = () => haveTables || out.pages.size > 0;
  try {
    for (const n of numbers) await read(n, !known());
    if (known()) for (const n of gridless) await read(n, false);
    else out.skipped = gridless;
  } finally {
    await engine.close();
  }
  const lines = [...out.pages.values()].flatMap((p) => p.lines);
  settleFiveDigitYears(lines.map((l) => l.text)).forEach((text, i) => {
    lines[i].text = text;
  });
  out.millis = Math.round(performance.now() - t0);
  return out;
}
