/**
 * Headless Chromium, the printer of HTML to PDF (the renderer where LibreOffice is missing, and the report's PDF
 * form): the system's browser — GONGKAI_CHROMIUM, or the usual Debian/Ubuntu names on the PATH —, nothing
 * downloaded, run with the flags of DESIGN §8 (no network, no first-run work, no page header or footer).
 */
import { runProgram, whichProgram } from './run.js';

export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The Chromium to run, or undefined when the named one (or, unnamed, every usual one) is not installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env.GONGKAI_CHROMIUM;
  if (named) return whichProgram(named, env);
  for (const name of CHROMIUM_NAMES) {
    const found = whichProgram(name, env);
    if (found) return found;
  }
  return undefined;
}

/** What was looked for, to name in a message saying Chromium is missing. */
export const chromiumSought = (env: NodeJS.ProcessEnv = process.env) =>
  env.GONGKAI_CHROMIUM || CHROMIUM_NAMES.join('、');

/** How gongkai runs Chromium (DESIGN §8): headless, no sandbox to set up, no network of its own, no first-run work. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** Print the HTML file `html` to `pdf`; the browser's profile goes in `profileDir` (private to this run). */
export function chromiumPrint(
  chromium: string,
  html: string,
  pdf: string,
  profileDir: string,
  timeoutMs: number,
): Promise<void> {
  const flags = [
    ...CHROMIUM_FLAGS,
    '--no-pdf-header-footer',
    `--user-data-dir=${profileDir}`,
    `--print-to-pdf=${pdf}`,
    `file://${html}`,
  ];
  return runProgram(chromium, flags, timeoutMs);
}
