/** Opening a PDF with pdf.js: bundled cMaps and standard fonts, and pdf.js failures as IngestError. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api.js';
import { IngestError } from '../errors.js';
import { MAX_IMAGE_PIXELS } from './image-size.js';
import { restoreNatives } from './natives.js';
import { handOverWorker } from './port.js';

const require = createRequire(import.meta.url);
const PDFJS_ROOT = dirname(require.resolve('pdfjs-dist/package.json'));
// pdf.js in Node reads these as file paths; they must end with a separator.
const CMAP_URL = `${join(PDFJS_ROOT, 'cmaps')}/`;
const STANDARD_FONT_URL = `${join(PDFJS_ROOT, 'standard_fonts')}/`;
// The image decoders (JPEG 2000, JBIG2) that scans use: without them a scanned page renders blank for OCR.
const WASM_URL = `${join(PDFJS_ROOT, 'wasm')}/`;

/**
 * Where pdf.js's main side puts the @font-face rules of a document's fonts, for rendering: nowhere. Node has no
 * DOM; gongkai never renders a glyph (reading a page needs its text and its rulings only).
 */
const FONTLESS_DOCUMENT = {
  createElement: () => ({ sheet: { cssRules: [], insertRule() {} }, remove() {} }),
  documentElement: { getElementsByTagName: () => [{ append() {} }] },
} as unknown as Document;

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/**
 * `images: false` opens the document for its text and rulings alone, decoding no image (a decoded image serves only
 * rendering; on the corpus's text PDFs the decoding of logos, seals and page backgrounds was a sixth of pdf.js's
 * CPU). In gongkai's bundle of pdf.js (scripts/bundle.mjs) its operator lists still name each image, its size and
 * where it is drawn, which is all that tells a scanned page and its resolution; pdf.js from its modules (tests,
 * GONGKAI_NO_BUNDLE) drops them, and ./index.ts then reads a page without text again from a second opening, with
 * images. OCR renders a scanned page from that opening.
 */
export async function openPdf(
  path: string,
  bytes: Uint8Array,
  { images }: { images: boolean },
): Promise<PDFDocumentProxy> {
  const name = fileName(path);
  if (bytes.length === 0) throw new IngestError('empty', path, `文件 ${name}：文件为空`);
  // pdf.js reconstructs a truncated file from whatever objects survive and reads a part of it as if it were all;
  // every PDF writer ends the file with %%EOF, so its absence means the copy was cut short.
  if (!Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).includes('%%EOF')) {
    throw new IngestError(
      'corrupt',
      path,
      `文件 ${name}：PDF 文件不完整（末尾缺少 %%EOF 结束标记），可能下载或复制时中断，请重新获取文件`,
    );
  }
  const worker = await handOverWorker();
  // pdf.js takes ownership of (and may detach) the buffer it is given: pass a copy.
  const task = getDocument(<DocumentInitParameters & { gkTextOnly: boolean; gkUndecodedImages: number }>{
    data: new Uint8Array(bytes),
    worker,
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONT_URL,
    wasmUrl: WASM_URL,
    // Fonts as font faces, not as glyph outlines: with disableFontFace pdf.js compiles every glyph shown into a path
    // and keeps them all for the document's life (yantai-022: 480 → 235 MB peak, a third of the CPU). The faces go
    // to FONTLESS_DOCUMENT, which holds no fonts; text and operator lists are the same.
    disableFontFace: false,
    ownerDocument: FONTLESS_DOCUMENT,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    // gongkai reads text, not pictures: an image over 64 million pixels (an A4 scan at 600 dpi has 35 million) is
    // left undecoded (0: none is decoded). A fuzzed /Width 2147483648 once kept pdf.js decoding past the time limit.
    maxImageSize: images ? MAX_IMAGE_PIXELS : 0,
    // The text-and-rulings opening never draws a glyph: in gongkai's bundle of pdf.js (scripts/bundle.mjs,
    // TEXT_ONLY_FONTS) its TrueType fonts are read but not rebuilt for drawing. pdf.js itself ignores the key.
    gkTextOnly: !images,
    // And its images, up to the size the other opening decodes, are named but not decoded (bundle only, as above).
    gkUndecodedImages: images ? 0 : MAX_IMAGE_PIXELS,
    // What ImageResizer asks of the canvas (./image-size.ts): a JPEG 2000 scan is decoded at its full resolution up
    // to this size. The worker half never draws on an OffscreenCanvas itself.
    canvasMaxAreaInBytes: 4 * MAX_IMAGE_PIXELS,
    isOffscreenCanvasSupported: false,
    // Warnings tell what pdf.js repaired in a damaged file (./damage.ts routes them to the report, never to stderr).
    verbosity: 1,
  });
  try {
    const doc = await task.promise;
    // By now pdf.js's worker half is loaded too, with its own copy of the polyfills.
    restoreNatives();
    return doc;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw toIngestError(e, path);
  }
}

export function toIngestError(e: unknown, path: string): IngestError {
  const name = fileName(path);
  const kind = (e as { name?: string } | null)?.name ?? '';
  if (kind === 'PasswordException') {
    return new IngestError(
      'encrypted',
      path,
      `文件 ${name}：PDF 已加密（需要密码才能打开），请提供未加密的文件`,
    );
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new IngestError('corrupt', path, `文件 ${name}：PDF 文件已损坏或格式无效，无法读取（${detail}）`);
}

export { fileName };
