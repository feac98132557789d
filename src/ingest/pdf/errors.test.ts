import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalPdf } from '../../../test/kits/minimal-pdf.js';
import { IngestError } from '../errors.js';
import { readLimits } from '../limits.js';
import { pageRanges, readPdf } from './index.js';

const work = mkdtempSync(join(tmpdir(), 'gongkai-pdf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function has(cmd: string): boolean {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const NO_OCR = readLimits({ maxOcrPages: 0 });

async function failure(path: string, bytes?: Uint8Array, limits = readLimits()): Promise<IngestError> {
  try {
    await readPdf(path, bytes, limits);
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('readPdf did not throw');
}

describe('readPdf errors', () => {
  it('reads a hand-written text PDF (the fixture itself is valid)', async () => {
    const doc = await readPdf('ok.pdf', minimalPdf([{ text: 'Budget 2025' }]));
    expect(doc.source).toEqual({ path: 'ok.pdf', format: 'pdf', pages: 1 });
    expect(doc.blocks).toMatchObject([{ type: 'paragraph', text: 'Budget 2025', prov: { page: 1 } }]);
    expect(doc.warnings).toEqual([]);
  });

  it('leaves a gigantic image undecoded instead of decoding it past the time limit (fuzz)', async () => {
    // A fuzzed minimal PDF: an image 2^31 pixels wide with 99999999 bits per component kept pdf.js busy for minutes.
    const pdf = Buffer.from(minimalPdf([{ text: 'Budget 2025' }, { image: true }]))
      .toString('latin1')
      .replace('/Width 2 ', '/Width 2147483648 ')
      .replace('/BitsPerComponent 8', '/BitsPerComponent 99999999');
    const doc = await readPdf('huge-image.pdf', new Uint8Array(Buffer.from(pdf, 'latin1')));
    expect(doc.blocks).toMatchObject([{ type: 'paragraph', text: 'Budget 2025' }]);
  });

  it('reports random bytes behind a %PDF header as corrupt', async () => {
    let seed = 7;
    const noise = Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed & 0xff;
    });
    const bytes = new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...noise]);
    const e = await failure('坏文件.pdf', bytes);
    expect(e.code).toBe('corrupt');
    expect(e.message).toContain('坏文件.pdf');
  });

  it('reports an empty file as empty and a missing file as not-found', async () => {
    expect((await failure('empty.pdf', new Uint8Array())).code).toBe('empty');
    expect((await failure(join(work, 'missing.pdf'))).code).toBe('not-found');
  });

  it('with OCR off, reports a document whose every page is an image as no-text-layer, naming the pages', async () => {
    const e = await failure(
      '扫描件.pdf',
      minimalPdf([{ image: true }, { image: true }, { image: true }]),
      NO_OCR,
    );
    expect(e.code).toBe('no-text-layer');
    expect(e.message).toBe(
      '文件 扫描件.pdf：第1–3页没有文字层（可能是扫描件），需要 OCR（已用 --no-ocr 关闭）',
    );
  });

  const mixed = () =>
    minimalPdf([{ text: 'Page one' }, { image: true }, { text: 'Page three' }, { image: true }]);

  it('with OCR off, reads the text pages of a partly scanned document and warns about the others', async () => {
    const doc = await readPdf('mixed.pdf', mixed(), NO_OCR);
    expect(doc.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual(['Page one', 'Page three']);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0].code).toBe('no-text-layer');
    expect(doc.warnings[0].message).toContain('第2、4页');
  });

  it('with OCR, says image pages without a table were not read (nothing to check there)', async () => {
    const scan = await readPdf('扫描件.pdf', minimalPdf([{ image: true }, { image: true }]));
    expect(scan.blocks).toEqual([]);
    expect(scan.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'scanned-no-tables',
        '文件 扫描件.pdf：第1–2页为扫描件，页面上没有表格，未做文字识别：不是预算/决算公开表格',
      ],
    ]);
    const doc = await readPdf('mixed.pdf', mixed());
    expect(doc.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual(['Page one', 'Page three']);
    expect(doc.warnings.map((w) => [w.code, w.message])).toEqual([
      ['scanned-no-tables', '文件 mixed.pdf：第2、4页为扫描件，页面上没有表格，未做文字识别'],
    ]);
  });

  it('refuses more scanned pages than --max-ocr-pages before reading any', async () => {
    const pages = Array.from({ length: 3 }, () => ({ image: true as const }));
    const e = await failure('多页扫描件.pdf', minimalPdf(pages), readLimits({ maxOcrPages: 2 }));
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('有 3 页扫描件，超过文字识别（OCR）上限 2 页');
  });

  it.skipIf(!has('qpdf'))(
    'reports a password-protected PDF as encrypted (skipped: qpdf not installed)',
    async () => {
      const plain = join(work, 'plain.pdf');
      const locked = join(work, 'locked.pdf');
      writeFileSync(plain, minimalPdf([{ text: 'Secret budget' }]));
      execFileSync('qpdf', ['--encrypt', 'user-pw', 'owner-pw', '256', '--', plain, locked]);
      const e = await failure(locked, new Uint8Array(readFileSync(locked)));
      expect(e.code).toBe('encrypted');
      expect(e.message).toContain('locked.pdf');
    },
  );

  it('formats page ranges', () => {
    expect(pageRanges([1, 2, 3, 5, 7, 8])).toBe('1–3、5、7–8');
  });
});
