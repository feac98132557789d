/**
 * How much one document may hold before gongkai refuses it (stated in `gongkai check --help`, set by --max-pages,
 * --max-text and --max-cells): a disclosure is tens to a few hundred pages, so input far beyond that is refused with
 * the limit named rather than read for minutes or until memory runs out.
 */
import { IngestError } from './errors.js';

export interface ReadLimits {
  /** Most pages a PDF may have. */
  maxPages: number;
  /** Most characters of text a document may hold (a text file, or a PDF's text layer). */
  maxTextChars: number;
  /**
   * Most table cells a document may hold, counted as grid positions (a merged cell counts every position it
   * covers): a disclosure's tables hold tens of thousands; a damaged or hostile file's spans and rulings can
   * ask for billions, and every later step works cell by cell.
   */
  maxCells: number;
  /**
   * Most scanned pages (扫描件) a PDF may have for OCR (5–20 s a page); 0 turns OCR off (--no-ocr), and scanned
   * pages are then reported unread, as before OCR existed.
   */
  maxOcrPages: number;
}

export const READ_LIMITS: ReadLimits = {
  maxPages: 1000,
  maxTextChars: 5_000_000,
  maxCells: 1_000_000,
  maxOcrPages: 50,
};

export function readLimits(partial: Partial<ReadLimits> = {}): ReadLimits {
  return {
    ...READ_LIMITS,
    ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)),
  };
}

/**
 * The cells of one document's tables, counted by its reader where it lays each table out (before the reader's
 * own work per cell: a span's positions are counted before they are filled in, a PDF grid's before its merged
 * cells are found), so a document over the limit is refused as soon as it gets there, in one count, with the
 * limit named.
 */
export class CellCount {
  private cells = 0;

  /** `label` is how the message names the file (the PDF reader's "文件 x.pdf"); `path` what the error carries. */
  constructor(
    private readonly path: string,
    private readonly max: number,
    private readonly label = path,
  ) {}

  /** Count `n` more grid positions; `where` ("第 3 页", "工作表“表1”") says where the count went over. */
  add(n: number, where = ''): void {
    this.cells += n;
    if (this.cells > this.max) {
      throw new IngestError(
        'too-large',
        this.path,
        `${this.label}：表格单元格过多（${where ? `读到${where}时` : ''}已超过 ${this.max} 个），上限 ${this.max} 个（可用 --max-cells 调整）`,
      );
    }
  }
}
