/**
 * PDF reader: bytes → RawDocument. Tables come from the ruling lines drawn on each page (see README.md);
 * everything else becomes paragraphs in reading order. Pages are read one at a time and released.
 */
// First: natives.ts must see the built-ins before pdf.js (imported by the modules below) replaces them, and
// canvas.ts must stand in for the canvas package before pdf.js loads it.
import './natives.js';
import './canvas.js';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { IngestWarning, RawBlock, RawDocument } from '../../model/raw.js';
import { IngestError } from '../errors.js';
import { CellCount, READ_LIMITS, type ReadLimits } from '../limits.js';
import type { OcrResult } from '../ocr/index.js';
import { mendProse } from '../ocr/prose.js';
import { assemble } from './assemble.js';
import { DamageLog, pageCall, UnreadablePage } from './damage.js';
import { fileName, openPdf, toIngestError } from './load.js';
import { dropMargins } from './margins.js';
import { type PageContent, readPage } from './page.js';
import { pageRanges } from './ranges.js';
import { screenType1Fonts } from './type1.js';

export { pageRanges } from './ranges.js';

export async function readPdf(
  path: string,
  bytes?: Uint8Array,
  limits: ReadLimits = READ_LIMITS,
): Promise<RawDocument> {
  const data = bytes ?? (await readBytes(path));
  const name = fileName(path);
  const damage = new DamageLog();
  damage.listen();
  try {
    // A font program whose numbers would keep pdf.js busy for minutes is withheld from it, and said.
    const screened = screenType1Fonts(data);
    damage.withhold(screened.withheld);
    const doc = new Openings(
      path,
      screened.bytes,
      damage,
      await openPdf(path, screened.bytes, { images: false }),
    );
    const { pages, ocr } = await readPages(path, doc, limits, damage);
    // Scanned pages read by OCR take the place of their empty text-layer reading.
    const read = ocr ? pages.map((p) => ocr.pages.get(p.page) ?? p) : pages;
    const blocks = assemble(dropMargins(read));
    if (ocr) markOcrParagraphs(blocks, ocr);
    const scans = ocr
      ? ocrNotices(path, ocr, pages.length)
      : scannedPages(path, pages, limits.maxOcrPages === 0);
    const warnings = [...damage.notice(name), ...scans];
    const damaged = damage.damage();
    return {
      source: { path, format: 'pdf', pages: doc.text.numPages },
      blocks,
      warnings,
      ...(damaged.length > 0 ? { damage: damaged } : {}),
    };
  } finally {
    damage.stop();
  }
}

/**
 * A document is opened without its images (./load.ts), and a second time with them only when a page has no text:
 * that page is read again from there (is it a scan, at what resolution?) and OCR renders the scans from there.
 */
class Openings {
  private images: Promise<PDFDocumentProxy> | undefined;

  constructor(
    private readonly path: string,
    private readonly bytes: Uint8Array,
    private readonly damage: DamageLog,
    readonly text: PDFDocumentProxy,
  ) {}

  withImages(): Promise<PDFDocumentProxy> {
    this.images ??= this.openWithImages();
    return this.images;
  }

  /** Opened so, the file's repairs are told again: as the document's, as on the first opening. */
  private async openWithImages(): Promise<PDFDocumentProxy> {
    const page = this.damage.page;
    this.damage.page = undefined;
    try {
      return await openPdf(this.path, this.bytes, { images: true });
    } finally {
      this.damage.page = page;
    }
  }

  /**
   * Page n: from the text opening, and again with its images when it has no text and that opening dropped them
   * (./load.ts: pdf.js run from its modules). Its cells are counted on the first reading (the second draws the same
   * rulings).
   */
  async read(n: number, cells: CellCount): Promise<PageContent> {
    const content = await readFrom(this.text, n, cells);
    return content.hasText || content.hasImage ? content : readFrom(await this.withImages(), n);
  }

  async close(): Promise<void> {
    await this.text.destroy();
    const images = await this.images?.catch(() => undefined);
    await images?.destroy();
  }
}

async function readFrom(doc: PDFDocumentProxy, n: number, cells?: CellCount): Promise<PageContent> {
  const page = await pageCall(n, () => doc.getPage(n));
  try {
    return await readPage(page, cells);
  } finally {
    page.cleanup();
  }
}

/**
 * Every page in order; a page pdf.js cannot read is skipped and noted, unless no page can be read at all. Then the
 * scanned pages by OCR, while the document is open.
 */
async function readPages(
  path: string,
  doc: Openings,
  limits: ReadLimits,
  damage: DamageLog,
): Promise<{ pages: PageContent[]; ocr?: OcrResult }> {
  const pages: PageContent[] = [];
  let ocr: OcrResult | undefined;
  const name = fileName(path);
  let firstFailure: UnreadablePage | undefined;
  const numPages = doc.text.numPages;
  try {
    if (numPages === 0) throw new IngestError('empty', path, `文件 ${name}：PDF 没有任何页面`);
    if (numPages > limits.maxPages) {
      throw new IngestError(
        'too-large',
        path,
        `文件 ${name}：共 ${numPages} 页，超过上限 ${limits.maxPages} 页（可用 --max-pages 调整）`,
      );
    }
    let chars = 0;
    const cells = new CellCount(path, limits.maxCells, `文件 ${name}`);
    for (let n = 1; n <= numPages; n++) {
      damage.page = n;
      try {
        pages.push(await doc.read(n, cells));
      } catch (e) {
        if (!(e instanceof UnreadablePage)) throw e;
        firstFailure ??= e;
        damage.unreadable(n, e.detail);
        continue;
      }
      damage.fonts(n, pages[pages.length - 1].fonts);
      chars += pages[pages.length - 1].chars;
      if (chars > limits.maxTextChars) {
        throw new IngestError(
          'too-large',
          path,
          `文件 ${name}：文字过多（读到第 ${n} 页已超过 ${limits.maxTextChars} 个字符，可用 --max-text 调整）`,
        );
      }
    }
    if (pages.length === 0 && firstFailure) throw toIngestError(new Error(firstFailure.detail), path);
    ocr = await readScans(path, doc, sizedScans(pages, damage), limits, cells);
  } catch (e) {
    throw e instanceof IngestError ? e : toIngestError(e, path);
  } finally {
    await doc.close();
  }
  return ocr ? { pages, ocr } : { pages };
}

/** The largest page a PDF may have (ISO 32000-1 Annex C: 14 400 units, 200 inches, each way). */
const MAX_PAGE_POINTS = 14_400;

/**
 * The pages, less the scans whose box is beyond any page PDF allows: such a box is damage (a fuzzed MediaBox
 * [175000000 0 612 792]), and rendering it for OCR, even at the pixels OCR allows a page, cost seconds and a
 * gigabyte for nothing. The page is named as unreadable instead.
 */
function sizedScans(pages: PageContent[], damage: DamageLog): PageContent[] {
  return pages.filter((p) => {
    const fits = p.hasText || (p.width <= MAX_PAGE_POINTS && p.height <= MAX_PAGE_POINTS);
    if (!fits)
      damage.unreadable(
        p.page,
        `页面尺寸 ${Math.round(p.width)}×${Math.round(p.height)} 点，超出 PDF 允许的 ${MAX_PAGE_POINTS} 点`,
      );
    return fits;
  });
}

/**
 * OCR of the scanned pages, when there are any and OCR is on and can run here; undefined otherwise (the scanned
 * pages are then reported unread). Too many scanned pages is refused before any is read.
 */
async function readScans(
  path: string,
  doc: Openings,
  pages: PageContent[],
  limits: ReadLimits,
  cells: CellCount,
): Promise<OcrResult | undefined> {
  const scanned = pages.filter((p) => !p.hasText && p.hasImage);
  if (scanned.length === 0 || limits.maxOcrPages === 0) return undefined;
  const { ocrAvailable, ocrScannedPages } = await import('../ocr/index.js');
  if (!(await ocrAvailable())) return undefined;
  if (scanned.length > limits.maxOcrPages) {
    throw new IngestError(
      'too-large',
      path,
      `文件 ${fileName(path)}：有 ${scanned.length} 页扫描件，超过文字识别（OCR）上限 ${limits.maxOcrPages} 页（可用 --max-ocr-pages 调整，或用 --no-ocr 跳过扫描页）`,
    );
  }
  const haveTables = pages.some((p) => p.tables.length > 0);
  return ocrScannedPages(await doc.withImages(), scanned, haveTables, cells);
}

/**
 * Paragraphs read from a scanned page say so, as its cells do, and are mended as prose once joined: a figure
 * broken at a line's end ("减少2, 389." / "52万元") has its unit only in the paragraph.
 */
function markOcrParagraphs(blocks: RawBlock[], ocr: OcrResult): void {
  for (const b of blocks) {
    if (b.type !== 'paragraph' || b.prov.page === undefined || !ocr.pages.has(b.prov.page)) continue;
    b.prov.ocr = {};
    b.text = mendProse(b.text);
  }
}

/** The document-level notice every report shows: which pages were read by OCR, and which scans were not read. */
function ocrNotices(path: string, ocr: OcrResult, pages: number): IngestWarning[] {
  const name = fileName(path);
  const out: IngestWarning[] = [];
  const read = [...ocr.pages.keys()].sort((p, q) => p - q);
  if (read.length > 0) {
    const turned = ocr.turned.length > 0 ? `（第${pageRanges(ocr.turned)}页横排，已转正识别）` : '';
    out.push({
      code: 'ocr',
      message:
        `文件 ${name}：第${pageRanges(read)}页为扫描件，文字和数值经 OCR 识别${turned}，可能有识别错误；` +
        '涉及这些数值的勾稽问题列为“识别存疑”的警告，请对照原件核对；这些页上文字的标点和编号不作检查',
      prov: { page: read[0], ocr: {} },
    });
  }
  if (ocr.skipped.length > 0) {
    // A document of scans only is then no disclosure at all; beside text pages, these pages are just unread.
    const verdict = ocr.skipped.length === pages ? '：不是预算/决算公开表格' : '';
    out.push({
      code: 'scanned-no-tables',
      message: `文件 ${name}：第${pageRanges(ocr.skipped)}页为扫描件，页面上没有表格，未做文字识别${verdict}`,
      prov: { page: ocr.skipped[0] },
    });
  }
  return out;
}

/**
 * The file's bytes, when the caller has none: the checking child is always handed them, so it does not load Node's
 * fs/promises (with the readline and watcher modules it brings, ~4 ms of every checking process's start) for this.
 */
async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const { readFile } = await import('node:fs/promises');
    return new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new IngestError('not-found', path, `文件 ${fileName(path)}：找不到该文件`);
    throw new IngestError('unreadable', path, `文件 ${fileName(path)}：无法读取（${code ?? String(e)}）`);
  }
}

/**
 * Image-only pages (扫描件) have no text layer. All of them: the document cannot be read without OCR. Some of them:
 * read the rest and say which pages were skipped.
 */
function scannedPages(path: string, pages: PageContent[], ocrOff: boolean): IngestWarning[] {
  const name = fileName(path);
  const scanned = pages.filter((p) => !p.hasText && p.hasImage).map((p) => p.page);
  const withText = pages.filter((p) => p.hasText).length;
  if (withText === 0) {
    const which = scanned.length > 0 ? scanned : pages.map((p) => p.page);
    throw new IngestError(
      'no-text-layer',
      path,
      `文件 ${name}：第${pageRanges(which)}页没有文字层（可能是扫描件），需要 OCR${ocrOff ? '（已用 --no-ocr 关闭）' : ''}`,
    );
  }
  if (scanned.length === 0) return [];
  return [
    {
      code: 'no-text-layer',
      message: `文件 ${name}：第${pageRanges(scanned)}页没有文字层（可能是扫描件），已跳过，需要 OCR`,
      prov: { page: scanned[0] },
    },
  ];
}
