/**
 * How much one document may hold before gongkai refuses it (stated in `gongkai check --help`, set by --max-pages
 * and --max-text): a disclosure is tens to a few hundred pages, so input far beyond that is refused with the
 * limit named rather than read for minutes or until memory runs out.
 */
export interface ReadLimits {
  /** Most pages a PDF may have. */
  maxPages: number;
  /** Most characters of text a document may hold (a text file, or a PDF's text layer). */
  maxTextChars: number;
  /**
   * Most scanned pages (扫描件) a PDF may have for OCR (5–20 s a page); 0 turns OCR off (--no-ocr), and scanned
   * pages are then reported unread, as before OCR existed.
   */
  maxOcrPages: number;
}

export const READ_LIMITS: ReadLimits = {
  maxPages: 1000,
  maxTextChars: 5_000_000,
  maxOcrPages: 50,
};

export function readLimits(partial: Partial<ReadLimits> = {}): ReadLimits {
  return {
    ...READ_LIMITS,
    ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)),
  };
}
