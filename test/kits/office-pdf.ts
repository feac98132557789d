/**
 * LibreOffice as the tests' PDF producer (the office suite real publishers use). Test-only.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { sofficeArgs } from '../../src/programs/soffice.js';

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/** Without a CJK font LibreOffice prints Chinese as empty boxes, and the PDF has no Chinese text to read back. */
function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8', timeout: 30_000 }).trim() !== '';
  } catch {
    return false;
  }
}

export const canConvert = hasSoffice() && hasCjkFont();

export const CONVERT_SKIP =
  '(skipped: needs soffice and a CJK font, e.g. apt install libreoffice-calc-nogui fonts-noto-cjk)';

/** Convert an office file to PDF in its folder (a private profile there, so parallel runs do not collide). */
export function officeToPdf(file: string, dir: string): string {
  execFileSync('soffice', sofficeArgs(`${dir}/profile`, 'pdf', dir, [file]), {
    stdio: 'ignore',
    // LibreOffice takes minutes on a loaded machine.
    timeout: 300_000,
  });
  return join(dir, file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/u, '.pdf'));
}
