/**
 * The document as a PDF, the way a finance office publishes it: the Word rendering converted by LibreOffice
 * (`soffice --headless --convert-to pdf`: real tables, CJK fonts embedded), or, where LibreOffice is not
 * installed, the HTML rendering printed by headless Chromium. LibreOffice is found as the readers find it
 * (`soffice` on the PATH, or the one GONGKAI_SOFFICE names), run in a private folder with its own profile so that
 * parallel runs do not collide; Chromium is GONGKAI_CHROMIUM or the usual Debian/Ubuntu names.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
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

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: TIMEOUT_MS, maxBuffer: 1 << 22 }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
}

const missing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';

export const sofficeCommand = () => process.env.GONGKAI_SOFFICE || 'soffice';

/**
 * Convert office files to PDF in one LibreOffice run (its start-up is most of the cost, so a batch is converted
 * together); each `x.docx` becomes `outDir/x.pdf`. Rejects with code ENOENT when LibreOffice is not installed.
 */
export async function officeToPdf(files: string[], outDir: string): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), 'gongkai-soffice-'));
  try {
    await run(sofficeCommand(), [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/u, '.pdf')));
}

const CHROMIUM = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Print an HTML file to PDF with headless Chromium (the flags of DESIGN §8); false when none is installed. */
async function chromiumPdf(html: string, pdf: string, dir: string): Promise<boolean> {
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-quic',
    '--no-first-run',
    '--disable-component-update',
    '--disable-sync',
    '--no-pdf-header-footer',
    `--user-data-dir=${join(dir, 'chromium')}`,
    `--print-to-pdf=${pdf}`,
    `file://${html}`,
  ];
  const named = process.env.GONGKAI_CHROMIUM;
  for (const cmd of named ? [named] : CHROMIUM) {
    try {
      await run(cmd, flags);
      return true;
    } catch (e) {
      if (!missing(e)) throw e;
    }
  }
  return false;
}

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
      if (!missing(e)) throw conversionFailed('LibreOffice', e);
    }
    const html = join(dir, 'disclosure.html');
    await writeFile(html, renderHtml(doc).replace('</head>', `${PRINT_CSS}</head>`));
    const pdf = join(dir, 'disclosure.pdf');
    try {
      if (await chromiumPdf(html, pdf, dir)) return await readFile(pdf);
    } catch (e) {
      throw conversionFailed('Chromium', e);
    }
    throw new PdfError(INSTALL);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function conversionFailed(tool: string, e: unknown): PdfError {
  const err = e as Error & { killed?: boolean };
  const why = err.killed ? `${TIMEOUT_MS / 1000} 秒内未完成` : (err.message ?? String(e)).split('\n')[0];
  return new PdfError(`${tool} 未能生成 PDF：${why}`);
}
