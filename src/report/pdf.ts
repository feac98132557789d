/**
 * The HTML report printed to PDF by headless Chromium (the system's chromium, the flags of DESIGN §8; nothing is
 * downloaded, no browser library is shipped; src/programs runs it). The page's print styles apply: every reason
 * written under its table, no side panel. GONGKAI_CHROMIUM names another Chromium; without one, printing is
 * refused with what to install.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPrint, chromiumSought, findChromium } from '../programs/chromium.js';

/** A report of a few hundred findings prints in seconds; a stuck browser must not hold a batch for ever. */
const TIMEOUT_MS = 180_000;

/** Why printing cannot work here, in Chinese, or undefined when Chromium is there. */
export function chromiumMissing(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (findChromium(env)) return undefined;
  return `无法生成 PDF：找不到 Chromium（${chromiumSought(env)}）。请安装（Debian/Ubuntu：apt-get install -y chromium fonts-noto-cjk），或用环境变量 GONGKAI_CHROMIUM 指定其路径`;
}

/** Landscape A4 (the tables are wide), the browser's own header and footer off; the marked cells keep colour. */
const PRINT_CSS = '<style>@page{size:A4 landscape;margin:10mm}</style>';

export interface PrintJob {
  html: string;
  /** Called with the PDF's bytes. */
  write(pdf: Buffer): Promise<void>;
}

/** Print each page with headless Chromium, in a private folder with its own profile (parallel runs do not collide). */
export async function printPdfs(jobs: PrintJob[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const chromium = findChromium(env);
  if (!chromium) throw new Error(chromiumMissing(env));
  const dir = await mkdtemp(join(tmpdir(), 'gongkai-report-pdf-'));
  try {
    for (const [i, job] of jobs.entries()) {
      const html = join(dir, `${i}.html`);
      const pdf = join(dir, `${i}.pdf`);
      await writeFile(html, job.html.replace('</head>', `${PRINT_CSS}</head>`));
      await chromiumPrint(chromium, html, pdf, join(dir, 'profile'), TIMEOUT_MS);
      await job.write(await readFile(pdf));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
