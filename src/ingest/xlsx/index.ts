/**
 * XLSX (Excel 2007+, WPS 表格 saving as .xlsx) → RawDocument: every visible sheet in workbook order, each read by
 * ./sheet.ts into paragraphs and gridded tables; cells as Excel prints them (./print.ts), formulas by their cached
 * values with a warning where one is missing or disagrees with the cells it sums (./formulas.ts).
 *
 * The package is checked before exceljs sees it: declared sizes capped (zip bombs), no XML part may declare a DTD
 * (entity expansion), and a sheet's declared dimension may not exceed MAX_ROWS (a million-row sheet is refused in
 * one line instead of filling memory).
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { IngestWarning, RawBlock, RawDocument } from '../../model/raw.js';
import { IngestError } from '../errors.js';
import { CellCount, type ReadLimits } from '../limits.js';
import { MAX_PART_BYTES, packageEntries } from '../ooxml/zip.js';
import { sheetCells } from './cells.js';
import { colNumber } from './formulas.js';
import { sheetBlocks } from './sheet.js';

/** Most rows a sheet may declare (a disclosure table has hundreds). */
export const MAX_ROWS = 100_000;

const MB = 1024 * 1024;

/**
 * Refuse what exceljs should never be given: too much to inflate, a DTD, a sheet far too long, merges over the
 * cell limit (their positions are counted here, once: ./cells.ts counts the cells outside merges).
 */
function vet(bytes: Uint8Array, name: string, cells: CellCount): void {
  const sizes = packageEntries(bytes, name);
  let total = 0;
  for (const [entry, size] of sizes) if (entry.endsWith('.xml') || entry.endsWith('.rels')) total += size;
  if (total > MAX_PART_BYTES) {
    throw new IngestError(
      'too-large',
      name,
      `${name}：工作簿解压后过大（超过 ${MAX_PART_BYTES / MB} MB），可能是压缩炸弹或超大工作表，拒绝读取`,
    );
  }
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels') });
  } catch (e) {
    throw new IngestError('corrupt', name, `${name}：文件已损坏，无法解压（${(e as Error).message}）`);
  }
  for (const [entry, data] of Object.entries(parts)) {
    const head = strFromU8(data.subarray(0, 4096), true);
    if (/<!DOCTYPE|<!ENTITY/iu.test(head)) {
      throw new IngestError(
        'corrupt',
        name,
        `${name}：${entry} 含有 DTD 或实体声明（Office 文件从不需要，可能是 XML 实体攻击），拒绝读取`,
      );
    }
    if (entry.startsWith('xl/worksheets/')) {
      const xml = strFromU8(data, true);
      vetColumns(xml, entry, name);
      countMerges(xml, entry, name, cells);
    }
    if (entry === 'xl/workbook.xml') vetSheetIds(strFromU8(data, true), name);
    const dim = /<dimension\s+ref="[A-Z]+\d+:[A-Z]+(\d+)"/u.exec(head);
    if (dim && Number(dim[1]) > MAX_ROWS) {
      throw new IngestError(
        'too-large',
        name,
        `${name}：${entry} 有 ${dim[1]} 行，超过上限 ${MAX_ROWS} 行（公开表格不会这么长），拒绝读取`,
      );
    }
  }
}

/** Excel's last column, XFD. */
const MAX_COLUMN = 16_384;

/**
 * The spreadsheet library makes one column object for every column up to a column format's last: a fuzzed
 * <col min="99999999"> made a hundred million of them, past the time limit. A column beyond XFD is damage.
 */
function vetColumns(xml: string, entry: string, name: string): void {
  for (const col of xml.matchAll(/<col\b[^>]*>/gu)) {
    for (const [, attr, value] of col[0].matchAll(/\s(min|max)="(\d+)"/gu)) {
      if (Number(value) > MAX_COLUMN) {
        throw new IngestError(
          'corrupt',
          name,
          `${name}：${entry} 的列格式 ${attr}="${value}" 超出 Excel 的 ${MAX_COLUMN} 列（文件可能已损坏），拒绝读取`,
        );
      }
    }
  }
}

/** The largest sheet number (sheetId) accepted: Excel numbers sheets 1, 2, 3… as they are added. */
const MAX_SHEET_ID = 100_000;

/**
 * The spreadsheet library files each sheet at the index of its number and then walks every index below it: a
 * fuzzed sheetId="1751115152" kept it walking past the time limit. A number beyond any workbook's is damage.
 */
function vetSheetIds(xml: string, name: string): void {
  for (const m of xml.matchAll(/<sheet\b[^>]*\ssheetId="(\d+)"/gu)) {
    if (Number(m[1]) > MAX_SHEET_ID) {
      throw new IngestError(
        'corrupt',
        name,
        `${name}：工作表编号 sheetId="${m[1]}" 超出 ${MAX_SHEET_ID}（文件可能已损坏），拒绝读取`,
      );
    }
  }
}

/**
 * A sheet's merges, before the spreadsheet library loads them (it visits every cell a merge covers): one beyond the
 * row limit is refused as damage — a fuzzed D5:D599671753 (600 million rows) kept the library loading until the
 * time limit — and every position they cover counts against the document's cell limit.
 */
function countMerges(xml: string, entry: string, name: string, cells: CellCount): void {
  for (const [, ref] of xml.matchAll(/<mergeCell\s+ref="([^"]*)"/gu)) {
    // A fuzzed F-1193912973:F5 (a negative row) made the library fill a billion cells: refs must be plain.
    const m = /^([A-Z]{1,3})([1-9]\d*):([A-Z]{1,3})([1-9]\d*)$/u.exec(ref);
    if (!m) {
      throw new IngestError(
        'corrupt',
        name,
        `${name}：${entry} 的合并单元格 ${ref} 不是有效的区域（文件可能已损坏），拒绝读取`,
      );
    }
    if (Math.max(Number(m[2]), Number(m[4])) > MAX_ROWS) {
      throw new IngestError(
        'corrupt',
        name,
        `${name}：${entry} 的合并单元格 ${ref} 超出 ${MAX_ROWS} 行（文件可能已损坏），拒绝读取`,
      );
    }
    const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
    const cols = Math.abs(colNumber(m[3]) - colNumber(m[1])) + 1;
    cells.add(rows * cols, `${entry} 的合并单元格 ${ref}`);
  }
}

function textChars(blocks: RawBlock[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.type === 'paragraph') n += b.text.length;
    else for (const r of b.rows) for (const c of r.cells) n += c.text.length;
  }
  return n;
}

export async function readXlsx(name: string, bytes: Uint8Array, limits: ReadLimits): Promise<RawDocument> {
  const cells = new CellCount(name, limits.maxCells);
  vet(bytes, name, cells);
  const book = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer-like "Buffer"; a copy of the bytes is one, and exceljs takes it.
    await book.xlsx.load(bytes.slice().buffer as Parameters<typeof book.xlsx.load>[0]);
  } catch (e) {
    throw new IngestError(
      'corrupt',
      name,
      `${name}：Excel 文件已损坏或不是标准格式，无法读取（${(e as Error).message}）`,
    );
  }
  const warnings: IngestWarning[] = [];
  const blocks: RawBlock[] = [];
  for (const ws of book.worksheets) {
    if (ws.state !== 'visible') {
      warnings.push({
        code: 'xlsx-hidden-sheet',
        message: `隐藏的工作表“${ws.name}”未读取`,
        prov: { sheet: ws.name },
      });
      continue;
    }
    if (ws.rowCount > MAX_ROWS) {
      throw new IngestError(
        'too-large',
        name,
        `${name}：工作表“${ws.name}”有 ${ws.rowCount} 行，超过上限 ${MAX_ROWS} 行`,
      );
    }
    blocks.push(...sheetBlocks(ws.name, sheetCells(ws, warnings, cells)));
  }
  const chars = textChars(blocks);
  if (chars > limits.maxTextChars) {
    throw new IngestError(
      'too-large',
      name,
      `${name}：文字过多（${chars} 个字符），上限 ${limits.maxTextChars} 个（可用 --max-text 调整）`,
    );
  }
  if (chars === 0) throw new IngestError('empty', name, `${name}：Excel 文件里没有内容`);
  return { source: { path: name, format: 'xlsx' }, blocks, warnings };
}
