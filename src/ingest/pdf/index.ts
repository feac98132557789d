/**
 * PDF reader: bytes → RawDocument. Tables come from the ruling lines drawn on each page (see README.md);
 * everything else becomes paragraphs in reading order. Pages are read one at a time and released.
 */
// First: natives.ts must see the built-ins before pdf.js (imported by the modules below) replaces them.
import './natives.js';
import { readFile } from 'node:fs/promises';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { IngestWarning, RawDocument } from '../../model/raw.js';
import { IngestError } from '../errors.js';
import { READ_LIMITS, type ReadLimits } from '../limits.js';
import { assemble } from './assemble.js';
import { DamageLog, pageCall, UnreadablePage } from './damage.js';
import { fileName, openPdf, toIngestError } from './load.js';
import { dropMargins } from './margins.js';
import { type PageContent, readPage } from './page.js';
import { pageRanges } from './ranges.js';

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
    const doc = await openPdf(path, data);
    const pages = await readPages(path, doc, limits, damage);
    const warnings = [...damage.notice(name), ...scannedPages(path, pages)];
    const damaged = damage.damage();
    return {
      source: { path, format: 'pdf', pages: doc.numPages },
      blocks: assemble(dropMargins(pages)),
      warnings,
      ...(damaged.length > 0 ? { damage: damaged } : {}),
    };
  } finally {
    damage.stop();
  }
}

/** Every page in order; a page pdf.js cannot read is skipped and noted, unless no page can be read at all. */
async function readPages(
  path: string,
  doc: PDFDocumentProxy,
  limits: ReadLimits,
  damage: DamageLog,
): Promise<PageContent[]> {
  const pages: PageContent[] = [];
  const name = fileName(path);
  let firstFailure: UnreadablePage | undefined;
  try {
    if (doc.numPages === 0) throw new IngestError('empty', path, `文件 ${name}：PDF 没有任何页面`);
    if (doc.numPages > limits.maxPages) {
      throw new IngestError(
        'too-large',
        path,
        `文件 ${name}：共 ${doc.numPages} 页，超过上限 ${limits.maxPages} 页（可用 --max-pages 调整）`,
      );
    }
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      damage.page = n;
      try {
        const page = await pageCall(n, () => doc.getPage(n));
        try {
          pages.push(await readPage(page));
        } finally {
          page.cleanup();
        }
      } catch (e) {
        if (!(e instanceof UnreadablePage)) throw e;
        firstFailure ??= e;
        damage.unreadable(n, e.detail);
        continue;
      }
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
  } catch (e) {
    throw e instanceof IngestError ? e : toIngestError(e, path);
  } finally {
    await doc.destroy();
  }
  return pages;
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
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
function scannedPages(path: string, pages: PageContent[]): IngestWarning[] {
  const name = fileName(path);
  const scanned = pages.filter((p) => !p.hasText && p.hasImage).map((p) => p.page);
  const withText = pages.filter((p) => p.hasText).length;
  if (withText === 0) {
    const which = scanned.length > 0 ? scanned : pages.map((p) => p.page);
    throw new IngestError(
      'no-text-layer',
      path,
      `文件 ${name}：第${pageRanges(which)}页没有文字层（可能是扫描件），需要 OCR`,
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
