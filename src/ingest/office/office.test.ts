import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkBytes, checkText, placeless } from '../../../test/kits/roundtrip.js';
import { nationalTables, randomBudgetData, renderTables } from '../../render/index.js';
import { readDocumentBytes } from '../index.js';

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

const work = mkdtempSync(join(tmpdir(), 'gongkai-office-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Save a rendering in an old format with LibreOffice, as an office still on Office 2003 or WPS would. */
function saveAs(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const input = join(work, `in.${from}`);
  writeFileSync(input, bytes);
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${work}/profile`,
      '--convert-to',
      to,
      '--outdir',
      work,
      input,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return new Uint8Array(readFileSync(join(work, `in.${to}`)));
}

describe.skipIf(!hasSoffice())('old binary Word/Excel through LibreOffice (skipped: needs soffice)', () => {
  const data = randomBudgetData(5);
  const tables = nationalTables(data);
  const text = checkText(renderTables(data, tables, 'text') as string);

  it('a .doc gives the findings of the text form', async () => {
    const doc = saveAs((await renderTables(data, tables, 'docx')) as Buffer, 'docx', 'doc');
    const report = await checkBytes('old.doc', doc);
    expect(report.warnings.map((w) => w.code)).toContain('converted-by-libreoffice');
    expect(placeless(report)).toEqual(placeless({ ...text, warnings: report.warnings }));
  }, 240_000);

  it('an .xls gives the findings of the text form', async () => {
    const xls = saveAs((await renderTables(data, tables, 'xlsx')) as Buffer, 'xlsx', 'xls');
    const report = await checkBytes('old.xls', xls);
    expect(placeless(report)).toEqual(placeless({ ...text, warnings: report.warnings }));
  }, 240_000);
});

describe('without LibreOffice', () => {
  const saved = process.env.GONGKAI_SOFFICE;
  afterEach(() => {
    if (saved === undefined) delete process.env.GONGKAI_SOFFICE;
    else process.env.GONGKAI_SOFFICE = saved;
  });

  it('an old Word file gets a one-line Chinese message saying what to install', async () => {
    process.env.GONGKAI_SOFFICE = '/nonexistent/soffice';
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from('WordDocument', 'utf16le'), 1024);
    await expect(readDocumentBytes('old.doc', ole)).rejects.toMatchObject({
      code: 'unsupported-format',
      message: expect.stringMatching(/^old\.doc：需要安装 LibreOffice/u),
    });
  });

  it('an OLE file that is neither Word nor Excel is named as such', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readDocumentBytes('deck.ppt', ole)).rejects.toThrow(/不是 Word、Excel 或 WPS/u);
  });
});
