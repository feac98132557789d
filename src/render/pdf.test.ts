/**
 * `gongkai render --format pdf`: what a finance office publishes — read back by gongkai, the rendered PDF gives
 * the ten tables and no finding; its fonts are embedded; without any converter the error says what to install.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CONVERT_SKIP, canConvert } from '../../test/kits/office-pdf.js';
import { checkBytes } from '../../test/kits/roundtrip.js';
import { exampleBudgetData, PdfError, renderDisclosure } from './index.js';

/** Every font dictionary's program is in the file (FontFile, FontFile2 or FontFile3) and none is a Type 3 font. */
function fontsEmbedded(pdf: Buffer): boolean {
  const s = pdf.toString('latin1');
  const descriptors = s.match(/\/Type\s*\/FontDescriptor/gu)?.length ?? 0;
  const programs = s.match(/\/FontFile[23]?\b/gu)?.length ?? 0;
  return descriptors > 0 && programs === descriptors && !/\/Subtype\s*\/Type3/u.test(s);
}

describe.skipIf(!canConvert)(`render --format pdf through LibreOffice ${CONVERT_SKIP}`, () => {
  it('the example reads back with ten tables and no finding', async () => {
    for (const data of [exampleBudgetData()]) {
      const pdf = await renderDisclosure(data, 'pdf');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(fontsEmbedded(pdf)).toBe(true);
      const report = await checkBytes('r.pdf', new Uint8Array(pdf));
      expect(report.document.format).toBe('pdf');
      expect(report.tables).toHaveLength(10);
      expect(report.findings).toEqual([]);
    }
  }, 240_000);
});

describe('render --format pdf without a converter', () => {
  const saved = { soffice: process.env.GONGKAI_SOFFICE, chromium: process.env.GONGKAI_CHROMIUM };
  afterEach(() => {
    for (const [k, v] of [
      ['GONGKAI_SOFFICE', saved.soffice],
      ['GONGKAI_CHROMIUM', saved.chromium],
    ] as const)
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  });

  it('is one Chinese line naming what to install', async () => {
    process.env.GONGKAI_SOFFICE = '/nonexistent/soffice';
    process.env.GONGKAI_CHROMIUM = '/nonexistent/chromium';
    const made = renderDisclosure(exampleBudgetData(), 'pdf');
    await expect(made).rejects.toBeInstanceOf(PdfError);
    await expect(made).rejects.toThrow(
      /^生成 PDF 需要 LibreOffice 或 Chromium，两者都未安装：请安装 LibreOffice[^\n]*$/u,
    );
  });
});
