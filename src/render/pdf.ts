/**
 * The document as a PDF, the way a finance office publishes it: the Word rendering converted by LibreOffice
 * (`soffice --headless --convert-to pdf`: real tables, CJK fonts embedded), or, where LibreOffice is not
 * installed, the HTML rendering printed by headless Chromium. Both are run as src/programs runs them (found as
 * the readers and the report's PDF find them, each run with a private profile).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPrint, findChromium } from '../programs/chromium.js';
import { firstLine, notInstalled, timedOut } from '../programs/run.js';
import { sofficeConvert } from '../programs/soffice.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import type { RenderedDocument } from './national.js';

/** LibreOffice starts in a few seconds; a disclosure converts in a few more, a batch of them in a minute. */
const TIMEOUT_MS = 300_000;

/** A PDF could not be made: no converter installed, or the converter failed. One line, in Chinese. */
export class PdfError extends Error {
  override name = 'PdfError';
}

const INSTALL =
  '生成 PDF 需要 LibreOffice 或 Chromium，两者都未安装：请安装 LibreOffice（如 apt install libreoffice-writer-nogui fonts-noto-cjk）或 Chromium，或用 -f docx 生成 Word 文件后自行转换';

/**
 * Convert office files to PDF in one LibreOffice run (a batch is converted together); each `x.docx` becomes
 * `outDir/x.pdf`. Rejects with code ENOENT when LibreOffice is not installed.
 */
export const officeToPdf = (files: string[], outDir: string): Promise<string[]> =>
  sofficeConvert(files, 'pdf', outDir, TIMEOUT_MS);

/** A page rule for Chromium: landscape A4 as the Word rendering, no browser margins of its own. */
const PRINT_CSS = '<style>@page{size:A4 landscape;margin:12mm}section.table{break-before:page}</style>';

export async function renderPdf(doc: RenderedDocument): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'gongkai-pdf-'));
  try {
    const docx = join(dir, 'disclosure.docx');
    await writeFile(docx, await renderDocx(doc));
    try {
      const [pdf] = await officeToPdf([docx], dir);
      return await readFile(pdf);
    } catch (e) {
      if (!notInstalled(e)) throw conversionFailed('LibreOffice', e);
    }
    const html = join(dir, 'disclosure.html');
    await writeFile(html, renderHtml(doc).replace('</head>', `${PRINT_CSS}</head>`));
    const pdf = join(dir, 'disclosure.pdf');
    const chromium = findChromium();
    if (!chromium) throw new PdfError(INSTALL);
    try {
      await chromiumPrint(chromium, html, pdf, join(dir, 'chromium'), TIMEOUT_MS);
      return await readFile(pdf);
    } catch (e) {
      throw conversionFailed('Chromium', e);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function conversionFailed(tool: string, e: unknown): PdfError {
  const why = timedOut(e) ? `${TIMEOUT_MS / 1000} 秒内未完成` : firstLine(e);
  return new PdfError(`${tool} 未能生成 PDF：${why}`);
}
