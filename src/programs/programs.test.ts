import { describe, expect, it } from 'vitest';
import { findChromium } from './chromium.js';
import { firstLine, notInstalled, runProgram, timedOut, whichProgram } from './run.js';
import { sofficeArgs } from './soffice.js';

describe('programs', () => {
  it('finds a command on the PATH or at its path, and not one that is not there', () => {
    expect(whichProgram('node', { PATH: process.env.PATH })).toMatch(/\/node$/u);
    expect(whichProgram(process.execPath)).toBe(process.execPath);
    expect(whichProgram('/nonexistent/soffice')).toBeUndefined();
    expect(whichProgram('node', { PATH: '/nonexistent' })).toBeUndefined();
  });

  it('a named Chromium that is not there is no Chromium (no fallback to another)', () => {
    expect(
      findChromium({ PATH: process.env.PATH, GONGKAI_CHROMIUM: '/nonexistent/chromium' }),
    ).toBeUndefined();
    expect(findChromium({ PATH: '/nonexistent' })).toBeUndefined();
  });

  it('tells a missing program, a run past its limit and a failing run apart', async () => {
    const missing = await runProgram('/nonexistent/soffice', [], 5_000).catch((e) => e);
    expect([notInstalled(missing), timedOut(missing)]).toEqual([true, false]);
    const slow = await runProgram(process.execPath, ['-e', 'setTimeout(() => {}, 10_000)'], 200).catch(
      (e) => e,
    );
    expect([notInstalled(slow), timedOut(slow)]).toEqual([false, true]);
    const failing = await runProgram(process.execPath, ['-e', 'process.exit(3)'], 5_000).catch((e) => e);
    expect([notInstalled(failing), timedOut(failing), firstLine(failing)]).toEqual([
      false,
      false,
      expect.stringMatching(/^Command failed/u),
    ]);
  });

  it('runs LibreOffice headless with a private profile, never the user’s', () => {
    expect(sofficeArgs('/tmp/p', 'pdf', '/tmp/out', ['/tmp/a.docx'])).toEqual([
      '--headless',
      '--norestore',
      '-env:UserInstallation=file:///tmp/p',
      '--convert-to',
      'pdf',
      '--outdir',
      '/tmp/out',
      '/tmp/a.docx',
    ]);
  });
});
