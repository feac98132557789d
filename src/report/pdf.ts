/**
 * The HTML report printed to PDF by headless Chromium (DESIGN §8: playwright-core and the system's chromium; no
 * browser is downloaded). The page's print styles apply: every reason written under its table, no side panel.
 * GONGKAI_CHROMIUM names another Chromium; without one, printing is refused with what to install.
 */
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The flags DESIGN §8 measured: headless, no sandbox (containers), nothing fetched in the background. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.GONGKAI_CHROMIUM || DEFAULT_CHROMIUM;
}

/** Why printing cannot work here, in Chinese, or undefined when Chromium is there. */
export function chromiumMissing(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = chromiumPath(env);
  if (existsSync(path)) return undefined;
  return `无法生成 PDF：找不到 Chromium（${path}）。请安装（Debian/Ubuntu：apt-get install -y chromium fonts-noto-cjk），或用环境变量 GONGKAI_CHROMIUM 指定其路径`;
}

export interface PrintJob {
  html: string;
  /** Called with the PDF's bytes. */
  write(pdf: Buffer): Promise<void>;
}

/** Print each page in one browser: A4 landscape (the tables are wide), backgrounds kept (the marked cells). */
export async function printPdfs(jobs: PrintJob[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath(env), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // The report is self-contained; a request out would be a bug, never a wait.
    await page.route(/^(?!data:|about:)/, (route) => route.abort());
    for (const job of jobs) {
      await page.setContent(job.html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        landscape: true,
        printBackground: true,
        margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' },
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate:
          '<div style="width:100%;font-size:8px;text-align:center;color:#666"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      });
      await job.write(pdf);
    }
  } finally {
    await browser.close();
  }
}
