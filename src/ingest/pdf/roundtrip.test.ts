import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { CONVERT_SKIP, canConvert, officeToPdf } from '../../../test/kits/office-pdf.js';
import type { RawTable } from '../../model/raw.js';
import { readPdf } from './index.js';

/** A budget-like table: two header rows (a merged 支出预算 cell over three columns), coded rows, a total. */
const HEADER1 = ['科目编码', '科目名称', '支出预算', '', ''];
const HEADER2 = ['', '', '合计', '基本支出', '项目支出'];
const BODY = [
  ['201', '一般公共服务支出', '1,234.50', '1,000.00', '234.50'],
  ['20103', '政府办公厅（室）及相关机构事务', '1,234.50', '1,000.00', '234.50'],
  ['2010301', '行政运行', '1,000.00', '1,000.00', ''],
  ['2010350', '事业运行', '234.50', '', '234.50'],
  ['05', '代码单元格', '0.00', '', ''],
  ['', '合计', '1,234.50', '1,000.00', '234.50'],
];

async function writeXlsx(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('表3');
  sheet.columns = [{ width: 10 }, { width: 30 }, { width: 12 }, { width: 12 }, { width: 12 }];
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  for (const values of [HEADER1, HEADER2, ...BODY]) sheet.addRow(values);
  sheet.mergeCells('C1:E1');
  sheet.mergeCells('A1:A2');
  sheet.mergeCells('B1:B2');
  const thin = { style: 'thin' as const };
  sheet.eachRow((row) => {
    for (let c = 1; c <= 5; c++) {
      const cell = row.getCell(c);
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      // Text cells: "05" and "1,234.50" must come back exactly as typed.
      cell.numFmt = '@';
    }
  });
  await book.xlsx.writeFile(path);
}

const work = mkdtempSync(join(tmpdir(), 'gongkai-rt-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!canConvert)(`XLSX → PDF (LibreOffice) → readPdf round trip ${CONVERT_SKIP}`, () => {
  it('gives back every cell, the merged header spans and the grid', async () => {
    const xlsx = join(work, 'budget.xlsx');
    await writeXlsx(xlsx);
    const pdf = officeToPdf(xlsx, work);
    expect(existsSync(pdf)).toBe(true);
    const doc = await readPdf(pdf);
    const tables = doc.blocks.filter((b): b is RawTable => b.type === 'table');
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table.gridded).toBe(true);
    expect(table.rows).toHaveLength(2 + BODY.length);
    const head = table.rows[0].cells.map((c) => [c.text, c.col, c.colSpan, c.rowSpan]);
    expect(head).toEqual([
      ['科目编码', 0, 1, 2],
      ['科目名称', 1, 1, 2],
      ['支出预算', 2, 3, 1],
    ]);
    expect(table.rows[1].cells.map((c) => [c.text, c.col])).toEqual([
      ['合计', 2],
      ['基本支出', 3],
      ['项目支出', 4],
    ]);
    BODY.forEach((values, i) => {
      const row = table.rows[2 + i];
      expect(row.cells.map((c) => c.text)).toEqual(values);
      expect(row.cells.map((c) => c.col)).toEqual([0, 1, 2, 3, 4]);
      expect(row.prov.page).toBe(1);
    });
  });
});
