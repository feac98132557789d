/**
 * The document as an XLSX workbook: one sheet per table (title, 编制部门/单位 line, merged header cells, borders,
 * amounts as numbers with two decimals) and a 说明 sheet with the narrative.
 */
import ExcelJS from 'exceljs';
import { frameOf, type RenderedDocument } from './national.js';
import { placeHeader, type RenderedTable } from './table.js';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function addTable(book: ExcelJS.Workbook, t: RenderedTable, doc: RenderedDocument): void {
  const sheet = book.addWorksheet(t.label);
  sheet.getCell(1, 1).value = `${t.label}　${t.title}`;
  sheet.mergeCells(1, 1, 1, t.width);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.getCell(2, 1).value = frameOf(doc).preparedBy;
  sheet.getCell(2, t.width).value = `单位：${doc.unit}`;
  sheet.getCell(2, t.width).alignment = { horizontal: 'right' };
  const top = 3;
  for (const { cell, row, col } of placeHeader(t.header)) {
    const [r, c] = [top + row, 1 + col];
    sheet.getCell(r, c).value = cell.text;
    if ((cell.colSpan ?? 1) > 1 || (cell.rowSpan ?? 1) > 1)
      sheet.mergeCells(r, c, r + (cell.rowSpan ?? 1) - 1, c + (cell.colSpan ?? 1) - 1);
  }
  const bodyTop = top + t.header.length;
  for (let r = top; r < bodyTop; r++)
    for (let c = 1; c <= t.width; c++) {
      const cell = sheet.getCell(r, c);
      cell.border = THIN;
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  const amount = new Set(t.amountColumns);
  t.rows.forEach((cells, k) => {
    cells.forEach((text, c) => {
      const cell = sheet.getCell(bodyTop + k, c + 1);
      cell.border = THIN;
      if (amount.has(c) && text !== '') {
        // The printed text has two decimals; Number() of it is the nearest double, which prints back identically.
        cell.value = Number(text);
        cell.numFmt = '0.00';
      } else if (text !== '') cell.value = text;
    });
  });
  sheet.columns.forEach((col, c) => {
    col.width = amount.has(c) ? 14 : c < 3 && t.width > 5 ? 8 : 24;
  });
  if (t.note) sheet.getCell(bodyTop + t.rows.length + 1, 1).value = t.note;
}

export async function renderXlsx(doc: RenderedDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'gongkai';
  for (const t of doc.tables) addTable(book, t, doc);
  const notes = book.addWorksheet('说明');
  notes.getColumn(1).width = 120;
  for (const s of doc.narrative) {
    notes.addRow([s.heading]).font = { bold: true };
    for (const p of s.paragraphs) notes.addRow([p]).alignment = { wrapText: true };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
