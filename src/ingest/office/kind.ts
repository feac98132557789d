/**
 * What an office file that gongkai reads through LibreOffice holds, by its bytes: an OLE compound file by its
 * stream names (WordDocument: Word 97–2003 .doc and WPS 文字 .wps; Workbook/Book: Excel .xls and WPS 表格 .et),
 * an ODF package by its mimetype entry. The answer is the format LibreOffice converts it to.
 */
import { strFromU8, unzipSync } from 'fflate';

export type Target = 'docx' | 'xlsx';

const utf16 = (s: string) => Buffer.from(s, 'utf16le');

export function oleTarget(bytes: Uint8Array): Target | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.includes(utf16('WordDocument'))) return 'docx';
  if (b.includes(utf16('Workbook')) || b.includes(utf16('Book'))) return 'xlsx';
  return undefined;
}

export function zipTarget(bytes: Uint8Array): Target | undefined {
  let mimetype = '';
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'mimetype' && f.originalSize < 200 });
    mimetype = files.mimetype ? strFromU8(files.mimetype) : '';
  } catch {
    return undefined;
  }
  if (/opendocument\.text/u.test(mimetype)) return 'docx';
  if (/opendocument\.spreadsheet/u.test(mimetype)) return 'xlsx';
  return undefined;
}
