import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { realReport, sampleReport } from '../../test/kits/reports.js';
import { type BatchReport, SCHEMA_VERSION } from './types.js';
import { exportXlsxIndex } from './xlsx-index.js';

describe('the batch index as a workbook', () => {
  it('lists the documents as the HTML index does (unreadable first, then by errors), and every finding', async () => {
    const real = realReport();
    const sample = sampleReport();
    const batch: BatchReport = {
      schemaVersion: SCHEMA_VERSION,
      documents: [
        real,
        sample,
        {
          schemaVersion: SCHEMA_VERSION,
          file: '坏.pdf',
          error: { code: 'unreadable', message: '文件已损坏' },
        },
      ],
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await exportXlsxIndex(batch, { [sample.file]: '002-a.html' })) as unknown as ArrayBuffer,
    );
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '问题清单']);
    const summary = book.getWorksheet('汇总')!;
    const col = (c: number) => [2, 3, 4].map((r) => summary.getRow(r).getCell(c).value);
    const errors = (d: typeof real) => d.summary.findings.error;
    const [first, second] = errors(sample) >= errors(real) ? [sample, real] : [real, sample];
    expect(col(1)).toEqual(['坏.pdf', first.file, second.file]);
    expect(summary.getRow(2).getCell(9).value).toBe('无法读取：文件已损坏');
    expect(col(7).slice(1)).toEqual([errors(first), errors(second)]);
    const link = [2, 3, 4].map((r) => summary.getRow(r).getCell(10).value).find((v) => v);
    expect(link).toMatchObject({ text: '002-a.html', hyperlink: '002-a.html' });
    const issues = book.getWorksheet('问题清单')!;
    const listed = (issues.getColumn(1).values as unknown[]).slice(2);
    const noInfo = (d: typeof real) => d.findings.filter((f) => f.severity !== 'info').length;
    expect(listed).toHaveLength(noInfo(real) + noInfo(sample));
    const messages = (issues.getColumn(10).values as unknown[]).slice(2);
    expect(messages).toContain(real.findings.find((f) => f.severity === 'error')?.message);
  });
});
