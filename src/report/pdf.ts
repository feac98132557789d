/**
 * The HTML report printed to PDF by headless Chromium (the system's chromium, the flags of DESIGN §8; nothing is
 * downloaded, no browser library is shipped). The page's print styles apply: every reason written under its
 * table, no side panel. GONGKAI_CHROMIUM names another Chromium; without one, printing is refused with what to
 * install.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** A report of a few hundred findings prints in seconds; a stuck browser must not hold a batch for ever. */
const TIMEOUT_MS = 180_000;

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.GONGKAI_CHROMIUM || DEFAULT_CHROMIUM;
}

/** Why printing cannot work here, in Chinese, or undefined when Chromium is there. */
export function chromiumMissing(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = chromiumPath(env);
  if (existsSync(path)) return undefined;
  return `无法生成 PDF：找不到 Chromium（${path}）。请安装（Debian/Ubuntu：apt-get install -y chromium fonts-noto-cjk），或用环境变量 GONGKAI_CHROMIUM 指定其路径`;
}

/** Landscape A4 (the tables are wide), the browser's own header and footer off; the marked cells keep colour. */
const PRINT_CSS = '<style>@page{size:A4 landscape;margin:10mm}</style>';

export interface PrintJob {
  html: string;
  /** Called with the PDF's bytes. */
  write(pdf: Buffer): Promise<void>;
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: TIMEOUT_MS, maxBuffer: 1 << 22 }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
}

/** Print each page with headless Chromium, in a private folder with its own profile (parallel runs do not collide). */
export async function printPdfs(jobs: PrintJob[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'gongkai-report-pdf-'));
  try {
    for (const [i, job] of jobs.entries()) {
      const html = join(dir, `${i}.html`);
      const pdf = join(dir, `${i}.pdf`);
      await writeFile(html, job.html.replace('</head>', `${PRINT_CSS}</head>`));
      await run(chromiumPath(env), [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
        '--no-pdf-header-footer',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--print-to-pdf=${pdf}`,
        `file://${html}`,
      ]);
      await job.write(await readFile(pdf));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
