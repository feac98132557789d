import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RawParagraph, RawTable } from '../../model/raw.js';
import { readDocumentBytes } from '../index.js';

async function bytesOf(fill: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Rewrite one part of a package (for the attacks exceljs would never write). */
function patch(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(edit(strFromU8(files[part])));
  return zipSync(files);
}

const tables = (blocks: { type: string }[]) => blocks.filter((b): b is RawTable => b.type === 'table');
const grid = (t: RawTable) => t.rows.map((r) => r.cells.map((c) => [c.text, c.col, c.colSpan, c.rowSpan]));

function budgetSheet(book: ExcelJS.Workbook, name: string, total: ExcelJS.CellValue): void {
  const s = book.addWorksheet(name);
  s.getCell('A1').value = `${name}　一般公共预算支出情况表`;
  s.mergeCells('A1:D1');
  s.getCell('A2').value = '编制部门（单位）：示例局';
  s.getCell('D2').value = '单位：万元';
  s.getCell('A3').value = '科目编码';
  s.mergeCells('A3:A4');
  s.getCell('B3').value = '科目名称';
  s.mergeCells('B3:B4');
  s.getCell('C3').value = '支出';
  s.mergeCells('C3:D3');
  s.getCell('C4').value = '基本支出';
  s.getCell('D4').value = '项目支出';
  s.addRow(['05', '行政运行', 1234.5, 0.1]);
  s.addRow(['06', '一般行政管理事务', 1000, 0.2]);
  s.addRow(['', '合计', total, { formula: 'D5+D6', result: 0.30000000000000004 }]);
  for (const a of ['C5', 'C6', 'C7']) s.getCell(a).numFmt = '#,##0.00';
}

describe('readXlsx', () => {
  it('reads sheets in order, merged cells once with their spans, numbers as their format prints them', async () => {
    const bytes = await bytesOf((b) => {
      budgetSheet(b, '表5', { formula: 'SUM(C5:C6)', result: 2234.5 });
      b.addWorksheet('说明').addRow(['一、收支预算总体情况说明']);
      b.addWorksheet('草稿', { state: 'hidden' }).addRow(['不读']);
    });
    const doc = await readDocumentBytes('book.txt', bytes);
    expect(doc.source.format).toBe('xlsx');
    const paragraphs = doc.blocks.filter((b): b is RawParagraph => b.type === 'paragraph').map((p) => p.text);
    expect(paragraphs).toEqual([
      '表5',
      '一般公共预算支出情况表',
      '编制部门（单位）：示例局          单位：万元',
      '一、收支预算总体情况说明',
    ]);
    const [t] = tables(doc.blocks);
    expect(grid(t)).toEqual([
      [
        ['科目编码', 0, 1, 2],
        ['科目名称', 1, 1, 2],
        ['支出', 2, 2, 1],
      ],
      [
        ['基本支出', 2, 1, 1],
        ['项目支出', 3, 1, 1],
      ],
      [
        ['05', 0, 1, 1],
        ['行政运行', 1, 1, 1],
        ['1,234.50', 2, 1, 1],
        ['0.1', 3, 1, 1],
      ],
      [
        ['06', 0, 1, 1],
        ['一般行政管理事务', 1, 1, 1],
        ['1,000.00', 2, 1, 1],
        ['0.2', 3, 1, 1],
      ],
      [
        ['', 0, 1, 1],
        ['合计', 1, 1, 1],
        ['2,234.50', 2, 1, 1],
        ['0.3', 3, 1, 1],
      ],
    ]);
    expect(t.rows[2].cells[2].prov).toEqual({ sheet: '表5', row: 5, cell: 'C5' });
    expect(doc.warnings.map((w) => w.code)).toEqual(['xlsx-hidden-sheet']);
  });

  it('warns where a sum formula’s saved result disagrees with its cells, or is missing', async () => {
    const stale = await readDocumentBytes(
      's.xlsx',
      await bytesOf((b) => budgetSheet(b, '表5', { formula: 'SUM(C5:C6)', result: 2243.5 })),
    );
    expect(stale.warnings).toEqual([
      expect.objectContaining({
        code: 'xlsx-formula-stale',
        message: expect.stringContaining(
          '工作表“表5”C7：公式 =SUM(C5:C6) 保存的结果 2,243.50 与所加各格之和 2,234.50 不符',
        ),
        prov: { sheet: '表5', cell: 'C7' },
      }),
    ]);
    // The saved result is what Excel shows and what was published: it is what is checked.
    expect(tables(stale.blocks)[0].rows[4].cells[2].text).toBe('2,243.50');
    const missing = await readDocumentBytes(
      'm.xlsx',
      await bytesOf((b) => budgetSheet(b, '表5', { formula: 'SUM(C5:C6)' } as ExcelJS.CellFormulaValue)),
    );
    expect(missing.warnings.map((w) => w.code)).toEqual(['xlsx-formula-no-value']);
    expect(tables(missing.blocks)[0].rows[4].cells[2].text).toBe('2,234.50');
  });

  it('refuses a DTD, a sheet declaring a million rows, and a broken package', async () => {
    const ok = await bytesOf((b) => budgetSheet(b, '表5', 1));
    const dtd = patch(ok, 'xl/worksheets/sheet1.xml', (x) =>
      x.replace('?>', '?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'),
    );
    await expect(readDocumentBytes('d.xlsx', dtd)).rejects.toThrow(/DTD/u);
    const long = patch(ok, 'xl/worksheets/sheet1.xml', (x) =>
      x.replace(/<dimension ref="[^"]*"\/>/u, '<dimension ref="A1:D1000000"/>'),
    );
    await expect(readDocumentBytes('l.xlsx', long)).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('1000000 行'),
    });
    // Found by the fuzz: one merge of 600 million rows kept the spreadsheet library loading until the time limit.
    const merged = patch(ok, 'xl/worksheets/sheet1.xml', (x) =>
      x.replace(/<mergeCell ref="[^"]*"\/>/u, '<mergeCell ref="D599671753:D5"/>'),
    );
    await expect(readDocumentBytes('m.xlsx', merged)).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining('合并单元格 D599671753:D5 超出 100000 行'),
    });
    // Found by the fuzz: a sheet numbered 1751115152 kept the spreadsheet library walking its sheet list.
    const numbered = patch(ok, 'xl/workbook.xml', (x) => x.replace(/sheetId="1"/u, 'sheetId="1751115152"'));
    await expect(readDocumentBytes('n.xlsx', numbered)).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining('工作表编号 sheetId="1751115152" 超出 100000'),
    });
    // Found by the fuzz: a column format from column 99999999 made the library build a hundred million columns.
    const columns = patch(ok, 'xl/worksheets/sheet1.xml', (x) =>
      x.replace(/<sheetData/u, '<cols><col min="99999999" max="1" width="12"/></cols><sheetData'),
    );
    await expect(readDocumentBytes('c.xlsx', columns)).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining('列格式 min="99999999" 超出 Excel 的 16384 列'),
    });
    // And when the bad number is the second attribute (the fuzz again: max="99999999", out of memory).
    const wide = patch(ok, 'xl/worksheets/sheet1.xml', (x) =>
      x.replace(/<sheetData/u, '<cols><col min="2" max="99999999" width="12"/></cols><sheetData'),
    );
    await expect(readDocumentBytes('w.xlsx', wide)).rejects.toMatchObject({
      message: expect.stringContaining('列格式 max="99999999" 超出 Excel 的 16384 列'),
    });
    // Found by the fuzz: a merge from row -1193912973 made the library fill a billion cells (out of memory).
    const negative = patch(ok, 'xl/worksheets/sheet1.xml', (x) =>
      x.replace(/<mergeCell ref="[^"]*"\/>/u, '<mergeCell ref="F-1193912973:F5"/>'),
    );
    await expect(readDocumentBytes('m.xlsx', negative)).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringContaining('合并单元格 F-1193912973:F5 不是有效的区域'),
    });
    const broken = patch(ok, 'xl/workbook.xml', () => '<workbook');
    await expect(readDocumentBytes('b.xlsx', broken)).rejects.toMatchObject({ code: 'corrupt' });
  });
});
