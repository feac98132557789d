/**
 * What a scanned page's rendering leaves behind, let go before the next step: pdf.js's caches of the document
 * (its JPEG 2000 decoder among them: ~200 MB of WebAssembly memory after a 300-dpi A4 page) and the canvases
 * (@napi-rs/canvas: the page, pdf.js's copy of the image, ~35 MB each). They are garbage once the grey image is
 * taken, but V8 collects on its own heap's growth, which a page's OCR hardly adds to: on changsha-007-scanned they
 * outlived the next page's layout and tesseract's start, where the check's resident size peaked.
 *
 * So, when the process runs with --expose-gc (the checking child does: ../../pipeline/isolated-pool.ts) and this
 * thread holds more than RELEASE_ABOVE_MB outside V8's heap (the canvases and the decoder count there; the resident
 * size would count the other lanes of a batch too), it collects here, twice: the canvases' native memory goes when
 * their finalizers run, after the first collection. Only above that: a forced collection also drops V8's compiled
 * code and its young generation's pages, which the next page builds again (~130 ms a page on quanzhou-002-scanned,
 * 19 pages of 200-dpi JPEG).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const RELEASE_ABOVE_MB = 128;

export async function releaseRendering(
  doc: Pick<PDFDocumentProxy, 'cleanup'>,
  aboveMb = RELEASE_ABOVE_MB,
): Promise<void> {
  // A cleanup refused (a page still drawing after a failed render) only keeps that memory.
  await doc.cleanup().catch(() => undefined);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc || process.memoryUsage().external < aboveMb * 2 ** 20) return;
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}
