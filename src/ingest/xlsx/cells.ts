/**
 * A worksheet → its cells as printed, merged cells once at their top-left with their spans, formulas by their
 * cached values (checked against the cells they sum, ./formulas.ts).
 */
import ExcelJS from 'exceljs';
import type { IngestWarning } from '../../model/raw.js';
import type { CellCount } from '../limits.js';
import { colNumber, sameSum, sumCells, sumOf } from './formulas.js';
import { printNumber, printValue } from './print.js';

export interface SheetCell {
  text: string;
  row: number;
  col: number;
  colSpan: number;
  rowSpan: number;
  address: string;
}

function parseRange(ref: string): { r0: number; c0: number; r1: number; c1: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/u.exec(ref.toUpperCase());
  if (!m) return undefined;
  return { c0: colNumber(m[1]), r0: Number(m[2]), c1: colNumber(m[3]), r1: Number(m[4]) };
}

/** The number a cell holds for a sum: a number, or a formula's cached number; text and blanks add nothing. */
function numeric(cell: ExcelJS.Cell): number | undefined {
  const v = cell.value;
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'result' in v && typeof v.result === 'number') return v.result;
  return undefined;
}

function formulaText(
  ws: ExcelJS.Worksheet,
  cell: ExcelJS.Cell,
  sheet: string,
  warnings: IngestWarning[],
): string {
  const formula = cell.formula;
  const result = cell.result;
  const where = `工作表“${sheet}”${cell.address}`;
  const refs = formula ? sumCells(formula) : undefined;
  const parts = refs?.flatMap(([r, c]) => {
    const n = numeric(ws.getCell(r, c));
    return n === undefined ? [] : [n];
  });
  if (result === undefined || result === null) {
    if (parts) {
      const value = sumOf(parts);
      warnings.push({
        code: 'xlsx-formula-no-value',
        message: `${where}：公式 =${formula} 没有保存计算结果（文件保存时未计算），按所加各格之和 ${printNumber(value, cell.numFmt)} 读取`,
        prov: { sheet, cell: cell.address },
      });
      return printNumber(value, cell.numFmt);
    }
    warnings.push({
      code: 'xlsx-formula-no-value',
      message: `${where}：公式 =${formula ?? ''} 没有保存计算结果（文件保存时未计算），该格按空白读取`,
      prov: { sheet, cell: cell.address },
    });
    return '';
  }
  if (typeof result === 'number' && parts && !sameSum(result, parts)) {
    warnings.push({
      code: 'xlsx-formula-stale',
      message: `${where}：公式 =${formula} 保存的结果 ${printNumber(result, cell.numFmt)} 与所加各格之和 ${printNumber(sumOf(parts), cell.numFmt)} 不符（文件保存后数据被改过而未重新计算？），按保存的结果（Excel 显示的数）读取`,
      prov: { sheet, cell: cell.address },
    });
  }
  return printValue(result as ExcelJS.CellValue, cell.numFmt);
}

/**
 * Rows of the sheet (1-based row number → its cells left to right), empty cells left out. Each cell outside a merge
 * counts against the document's cell limit (merges were counted before the file was loaded).
 */
export function sheetCells(
  ws: ExcelJS.Worksheet,
  warnings: IngestWarning[],
  count: CellCount,
): Map<number, SheetCell[]> {
  const sheet = ws.name;
  const spans = new Map<string, { colSpan: number; rowSpan: number }>();
  const covered = new Set<string>();
  for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
    const r = parseRange(ref);
    if (!r) continue;
    spans.set(`${r.r0},${r.c0}`, { colSpan: r.c1 - r.c0 + 1, rowSpan: r.r1 - r.r0 + 1 });
    for (let y = r.r0; y <= r.r1; y++)
      for (let x = r.c0; x <= r.c1; x++) if (y !== r.r0 || x !== r.c0) covered.add(`${y},${x}`);
  }
  const rows = new Map<number, SheetCell[]>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (covered.has(`${r},${c}`)) return;
      const text = (
        cell.type === ExcelJS.ValueType.Formula
          ? formulaText(ws, cell, sheet, warnings)
          : printValue(cell.value, cell.numFmt)
      ).replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
      const merged = spans.get(`${r},${c}`);
      if (!merged) count.add(1, `工作表“${sheet}”${cell.address}`);
      const span = merged ?? { colSpan: 1, rowSpan: 1 };
      cells.push({ text, row: r, col: c, ...span, address: cell.address });
    });
    rows.set(r, cells);
  });
  // A merged cell whose top-left is empty in the row loop still covers its area: keep spans of empty masters.
  return rows;
}
