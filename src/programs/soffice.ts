/**
 * LibreOffice, the converter both directions need: the readers turn old office files into DOCX/XLSX, the renderer
 * turns its Word rendering into the PDF a finance office publishes. `soffice` on the PATH, or the one
 * GONGKAI_SOFFICE names; each run headless, with a private profile so that parallel runs do not collide on the
 * user's.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runProgram } from './run.js';

export const sofficeCommand = (env: NodeJS.ProcessEnv = process.env) => env.GONGKAI_SOFFICE || 'soffice';

/** The arguments that convert `files` to format `to` in `outDir`, with the LibreOffice profile in `profile`. */
export function sofficeArgs(profile: string, to: string, outDir: string, files: string[]): string[] {
  return [
    '--headless',
    '--norestore',
    `-env:UserInstallation=file://${profile}`,
    '--convert-to',
    to,
    '--outdir',
    outDir,
    ...files,
  ];
}

/**
 * Convert files in one LibreOffice run (its start-up is most of the cost, so a batch goes together); each `x.ext`
 * becomes `outDir/x.<to>` (the paths returned; LibreOffice leaves out a file it could not open). Rejects as the run
 * failed: notInstalled, timedOut or otherwise (run.ts).
 */
export async function sofficeConvert(
  files: string[],
  to: string,
  outDir: string,
  timeoutMs: number,
): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), 'gongkai-soffice-'));
  try {
    await runProgram(sofficeCommand(), sofficeArgs(profile, to, outDir, files), timeoutMs);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/u, `.${to}`)));
}
