/**
 * A cell's value as Excel shows it: numbers through the decimals and thousands separator of the cell's number
 * format (what the reader of the published sheet sees, and what the text and PDF forms print), text as typed.
 */
import type ExcelJS from 'exceljs';

/** Digits after the point and grouping of the format's first (positive) section; undefined for General. */
function numberFormat(
  fmt: string | undefined,
): { decimals: number; group: boolean; percent: boolean } | undefined {
  if (!fmt || /^general$/iu.test(fmt) || fmt === '@') return undefined;
  const first = fmt
    .split(';')[0]
    .replace(/"[^"]*"|\[[^\]]*\]|\\./gu, '')
    .trim();
  if (!/[0#?]/u.test(first)) return undefined;
  const point = first.indexOf('.');
  const decimals = point < 0 ? 0 : (first.slice(point + 1).match(/[0#?]/gu) ?? []).length;
  return { decimals, group: /[0#?],[0#?]/u.test(first), percent: first.includes('%') };
}

function grouped(digits: string): string {
  const [int, frac] = digits.split('.');
  const g = int.replace(/\B(?=(\d{3})+$)/gu, ',');
  return frac === undefined ? g : `${g}.${frac}`;
}

/** A number as the format prints it. toFixed rounds the double the file holds, as Excel does on screen. */
export function printNumber(n: number, fmt: string | undefined): string {
  const f = numberFormat(fmt);
  if (!f) {
    // General: Excel keeps 15 significant digits, so a double's binary tail (0.30000000000000004) is not shown.
    const v = Number(n.toPrecision(15));
    return Math.abs(v) >= 1e21 ? v.toExponential() : String(v);
  }
  const v = f.percent ? n * 100 : n;
  const neg = v < 0 && Number(Math.abs(v).toFixed(f.decimals)) !== 0;
  const digits = Math.abs(v).toFixed(f.decimals);
  return `${neg ? '-' : ''}${f.group ? grouped(digits) : digits}${f.percent ? '%' : ''}`;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Printed text of a plain (non-formula) value; formulas are resolved by the caller to their value first. */
export function printValue(value: ExcelJS.CellValue, fmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return printNumber(value, fmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return printValue((value.result ?? null) as ExcelJS.CellValue, fmt);
  return '';
}
