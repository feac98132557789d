/**
 * The table-cell limit (--max-cells): every reader counts its tables' grid positions as it lays them out and
 * refuses a document past the limit with the limit named — a normal document under a small limit, and hostile
 * spans, merges and rulings under the default one, before the reader's own work per position.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { docxOf, p, tc } from '../../test/kits/docx.js';
import { minimalPdf } from '../../test/kits/minimal-pdf.js';
import { readDocumentBytes } from './index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const tooMany = (where: string, max: number) =>
  expect.objectContaining({
    code: 'too-large',
    message: expect.stringMatching(
      new RegExp(
        `表格单元格过多（读到${where}时已超过 ${max} 个），上限 ${max} 个（可用 --max-cells 调整）`,
        'u',
      ),
    ),
  });

/** A table of `rows` × `cols` cells as Word copies it: each cell a TAB-led line, rows apart by a blank line. */
function textTable(rows: number, cols: number): string {
  const row = (r: number) => Array.from({ length: cols }, (_, c) => `\t${r}.${c}`).join('\n');
  return ['表1', ...Array.from({ length: rows }, (_, r) => row(r))].join('\n\n');
}

describe('the table-cell limit', () => {
  it('text: counts each row as it is read', async () => {
    const doc = utf8(textTable(10, 4));
    await expect(readDocumentBytes('t.txt', doc, { maxCells: 40 })).resolves.toBeDefined();
    await expect(readDocumentBytes('t.txt', doc, { maxCells: 39 })).rejects.toEqual(
      tooMany('第 \\d+ 行', 39),
    );
  });

  it('HTML: counts a span before its positions are taken, so spans of 1000 × 1000 are refused at once', async () => {
    const small = utf8(
      '<table><tr><td colspan="3">a</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>',
    );
    await expect(readDocumentBytes('s.html', small, { maxCells: 6 })).resolves.toBeDefined();
    await expect(readDocumentBytes('s.html', small, { maxCells: 5 })).rejects.toEqual(
      tooMany('第 1 个表格', 5),
    );
    const row = `<tr>${'<td rowspan="1000" colspan="1000">x</td>'.repeat(20)}</tr>`;
    const hostile = utf8(`<table>${row.repeat(1000)}</table>`);
    // Before the limit: 4 minutes, then "Set maximum size exceeded" (a bug, exit 3); now refused at the 2nd cell.
    await expect(readDocumentBytes('h.html', hostile)).rejects.toEqual(tooMany('第 1 个表格', 1000000));
  });

  it('DOCX: counts every grid column a cell spans (a gridSpan of two billion is refused)', async () => {
    const table = (pr: string) =>
      `<w:tbl><w:tr>${tc('a', pr)}${tc('b')}</w:tr><w:tr>${tc('1')}${tc('2')}${tc('3')}</w:tr></w:tbl>${p('说明')}`;
    const ok = docxOf(table('<w:gridSpan w:val="2"/>'));
    await expect(readDocumentBytes('d.docx', ok, { maxCells: 6 })).resolves.toBeDefined();
    await expect(readDocumentBytes('d.docx', ok, { maxCells: 5 })).rejects.toEqual(tooMany('第 1 个表格', 5));
    const hostile = docxOf(table('<w:gridSpan w:val="2000000000"/>'));
    await expect(readDocumentBytes('h.docx', hostile)).rejects.toEqual(tooMany('第 1 个表格', 1000000));
  });

  it('XLSX: counts merges before the workbook is loaded, and the other cells as they are read', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('表1');
    ws.mergeCells('A1:C1');
    ws.getCell('A1').value = '表1 收支总表';
    for (let r = 2; r <= 5; r++) for (let c = 1; c <= 3; c++) ws.getCell(r, c).value = r * c;
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    await expect(readDocumentBytes('x.xlsx', bytes, { maxCells: 15 })).resolves.toBeDefined();
    await expect(readDocumentBytes('x.xlsx', bytes, { maxCells: 14 })).rejects.toEqual(
      tooMany('工作表“表1”C5', 14),
    );
    await expect(readDocumentBytes('x.xlsx', bytes, { maxCells: 2 })).rejects.toEqual(
      tooMany('xl/worksheets/sheet1.xml 的合并单元格 A1:C1', 2),
    );
  });

  it('PDF: counts a page grid before its merged cells are found (1,100 rulings each way are refused at once)', async () => {
    const rulings = (n: number, step: number) => {
      const lines: string[] = ['0.5 w'];
      for (let i = 0; i < n; i++) {
        lines.push(`36 ${36 + i * step} m ${36 + (n - 1) * step} ${36 + i * step} l S`);
        lines.push(`${36 + i * step} 36 m ${36 + i * step} ${36 + (n - 1) * step} l S`);
      }
      return lines.join('\n');
    };
    const small = minimalPdf([{ content: `${rulings(5, 40)}\nBT /F1 10 Tf 40 40 Td (1) Tj ET` }]);
    await expect(readDocumentBytes('s.pdf', small, { maxCells: 16 })).resolves.toBeDefined();
    await expect(readDocumentBytes('s.pdf', small, { maxCells: 15 })).rejects.toEqual(tooMany('第 1 页', 15));
    const hostile = minimalPdf([{ content: `${rulings(1100, 3)}\nBT /F1 10 Tf 40 40 Td (1) Tj ET` }]);
    await expect(readDocumentBytes('h.pdf', hostile)).rejects.toEqual(tooMany('第 1 页', 1000000));
  });
});
