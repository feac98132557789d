/**
 * RawDocument: what every reader (text, docx, xlsx, pdf, html) produces and what recognition consumes.
 * Format-neutral: nothing downstream knows which format a block came from.
 */

/** Where a piece of text was found. Lines are 1-based; pages are 1-based; boxes are in PDF points. */
export interface Provenance {
  /** The file, where one disclosure was read from several (check --merge). */
  file?: string;
  page?: number;
  line?: number;
  /** Last line, when the text spans several. */
  lineEnd?: number;
  /** [x0, y0, x1, y1], origin top-left of the page. */
  box?: [number, number, number, number];
  /** DOCX/HTML: 1-based number of the paragraph in the document (body paragraphs, text boxes included). */
  paragraph?: number;
  /** DOCX/HTML: 1-based number of the table in the document; `row` is the row in it (1-based). */
  table?: number;
  row?: number;
  /** XLSX: the sheet's name, and the cell's reference ("B7") or a row's number in `row`. */
  sheet?: string;
  cell?: string;
  /**
   * Read by OCR from a scanned page (扫描件), not from a text layer: the reading may be wrong, so findings that
   * rest on it are doubts, not defects. `confidence` is the recognizer's, 0–100, for a cell read on its own.
   */
  ocr?: { confidence?: number };
}

export interface RawCell {
  /** Cell text, trimmed of layout whitespace; internal line breaks kept as '\n'. */
  text: string;
  /** Column index in the table's grid (0-based). Text-format tables without spans number cells as they come. */
  col: number;
  /** Merged cells: how many grid columns/rows this cell covers (1 when not merged). */
  colSpan: number;
  rowSpan: number;
  prov: Provenance;
}

export interface RawRow {
  cells: RawCell[];
  prov: Provenance;
}

export interface RawTable {
  type: 'table';
  rows: RawRow[];
  /**
   * True when the reader knows the real grid (PDF rulings, DOCX gridSpan, XLSX merges): every row then covers
   * the same number of grid columns. False for span-less sources (text copied out of Word), whose header rows
   * may have fewer cells than the data rows.
   */
  gridded: boolean;
  prov: Provenance;
}

export interface RawParagraph {
  type: 'paragraph';
  text: string;
  prov: Provenance;
}

export type RawBlock = RawTable | RawParagraph;

export type SourceFormat = 'text' | 'pdf' | 'docx' | 'xlsx' | 'html';

/** A problem found while reading that did not stop the reading (e.g. a scanned page that was skipped). */
export interface IngestWarning {
  code: string;
  message: string;
  prov?: Provenance;
}

/**
 * A page the reader found damaged (a PDF whose content stream, font or page object pdf.js had to repair or skip):
 * findings located on it say so, and are not errors when what was printed there could not be read whole.
 */
export interface PageDamage {
  page: number;
  /** The page's content could not be read whole (a broken content stream, or the page skipped). */
  broken: boolean;
  what: 'content' | 'font' | 'unreadable';
}

export interface RawDocument {
  source: { path: string; format: SourceFormat; pages?: number };
  blocks: RawBlock[];
  warnings: IngestWarning[];
  /** Damaged pages (PDF only; absent when none). */
  damage?: PageDamage[];
}
