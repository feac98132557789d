/**
 * Header rows → one header path per grid column, and body rows → cell texts per grid column.
 * Gridded sources (PDF, DOCX, XLSX) carry spans. Text copied out of Word loses them: an upper header row then
 * has fewer cells than the data rows, and its cells are laid over the lower row by structure (see alignLevel).
 */

import { CN_ITEM_ANY_STOP } from '../model/numbering.js';
import type { RawRow, RawTable } from '../model/raw.js';
import { norm } from './normalize.js';
import { TOTAL_WORD } from './total-words.js';

export interface Grid {
  width: number;
  /** Header text path per column, outer to inner, normalized. */
  headers: string[][];
  /** Body rows: text per column ('' when empty), with the raw row for provenance. */
  body: { texts: string[]; raw: RawRow }[];
}

interface Span {
  text: string;
  start: number;
  end: number;
}

const CODE_CELL = /^\d{2,3}(\d{2}){0,2}$|^\d{3}(\s\d{2}){1,2}$/u;
const AMOUNT_CELL = /^[-+]?\d[\d,]*\.\d+$/u;

const COLUMN_MARK = /^(栏次|栏号|\*+|[甲乙丙丁]|—+|-+)$/u;

/**
 * A row that numbers the columns under the header ("栏次 | 1 | 2 | 3 …", "** 1 2 … 17"): part of the header,
 * never a line of figures. Its numbers run 1, 2, 3 … (or on from the first) without gaps; or it prints only marks.
 */
export function isColumnNumberRow(row: RawRow): boolean {
  const texts = row.cells.map((c) => norm(c.text)).filter((t) => t !== '');
  // "** | ** | ** | **": a table that numbers none of its columns marks every one (西安 专项业务经费支出表).
  if (texts.length >= 2 && texts.every((t) => /^\*+$/u.test(t))) return true;
  const numbers = texts.filter((t) => !COLUMN_MARK.test(t));
  // A row that says 栏次 may number as few as one column per side (决算 收支总表: 栏次 | 1 | 栏次 | 2).
  const marked = texts.some((t) => /^(栏次|栏号)$/u.test(t));
  if (numbers.length < (marked ? 1 : 3) || !numbers.every((t) => /^\d{1,2}$/u.test(t))) return false;
  return numbers.every((t, i) => i === 0 || Number(t) === Number(numbers[i - 1]) + 1);
}

/** The first body row: one with a code, an amount, a total word, an outline number, or nothing at all. */
export function isBodyRow(row: RawRow): boolean {
  const texts = row.cells.map((c) => norm(c.text));
  if (texts.every((t) => t === '')) return true;
  if (
    texts.some(
      (t) => CODE_CELL.test(t) || AMOUNT_CELL.test(t) || /^\d{3}\D/u.test(t) || CN_ITEM_ANY_STOP.test(t),
    )
  )
    return true;
  // The total line of a table printed empty (空表, blank templates): "合计" and nothing else.
  const filled = texts.filter((t) => t !== '');
  if (filled.length === 1 && TOTAL_WORD.test(filled[0])) return true;
  // A total line in a table of whole numbers: "合计 | 14 | 14".
  return (
    texts.some((t) => TOTAL_WORD.test(t) && t.length <= 4) && texts.some((t) => /^\d+(\.\d+)?$/u.test(t))
  );
}

function modalWidth(rows: RawRow[]): number {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [w, c] of counts) if (c > bestCount || (c === bestCount && w > best)) [best, bestCount] = [w, c];
  return best;
}

/** Units of a lower level: each blank span alone; each run of adjacent non-blank spans together. */
function units(level: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of level) {
    const last = out[out.length - 1];
    if (s.text !== '' && last && last.text !== '' && last.end === s.start - 1) {
      out[out.length - 1] = { text: `${last.text}|${s.text}`, start: last.start, end: s.end };
    } else out.push({ ...s });
  }
  return out;
}

/**
 * Lay an upper header row (without spans) over the level below it. Word drops the merged cells' spans: a blank
 * below means the upper cell covered it (a vertical merge); a run of labels below sits under one upper cell.
 * Returns undefined when the counts do not fit: the row is then kept out of the column paths.
 */
function alignLevel(upper: string[], lower: Span[], width: number, sideSplit?: number): Span[] | undefined {
  const u = units(lower);
  if (u.length === upper.length) return upper.map((text, i) => ({ text, start: u[i].start, end: u[i].end }));
  if (sideSplit !== undefined && upper.length === 2) {
    return [
      { text: upper[0], start: 0, end: sideSplit - 1 },
      { text: upper[1], start: sideSplit, end: width - 1 },
    ];
  }
  return undefined;
}

function griddedLevel(row: RawRow, width: number): Span[] {
  const spans: Span[] = [];
  for (const c of row.cells) {
    if (c.col >= width) continue;
    spans.push({ text: norm(c.text), start: c.col, end: Math.min(width - 1, c.col + c.colSpan - 1) });
  }
  return spans;
}

function headerPaths(levels: (Span[] | undefined)[], width: number): string[][] {
  const paths: string[][] = Array.from({ length: width }, () => []);
  for (const level of levels) {
    if (!level) continue;
    for (const s of level) {
      if (s.text === '') continue;
      for (let c = s.start; c <= s.end && c < width; c++) {
        const p = paths[c];
        if (p[p.length - 1] !== s.text) p.push(s.text);
      }
    }
  }
  return paths;
}

function bodyTexts(row: RawRow, width: number, gridded: boolean): string[] {
  const texts = Array.from({ length: width }, () => '');
  row.cells.forEach((c, i) => {
    const col = gridded ? c.col : i;
    if (col < width) texts[col] = c.text;
  });
  return texts;
}

/** Build the grid. `sideSplit` (two-sided tables) is the first column of the expenditure side. */
export function buildGrid(
  table: RawTable,
  headerRows: RawRow[],
  bodyRows: RawRow[],
  sideSplit?: number,
): Grid {
  const width = table.gridded
    ? Math.max(...table.rows.map((r) => r.cells.reduce((m, c) => Math.max(m, c.col + c.colSpan), 0)))
    : Math.max(modalWidth(bodyRows.length > 0 ? bodyRows : headerRows), 1);
  let levels: (Span[] | undefined)[];
  if (table.gridded) levels = headerRows.map((r) => griddedLevel(r, width));
  else {
    levels = [];
    let below: Span[] | undefined;
    for (let i = headerRows.length - 1; i >= 0; i--) {
      const texts = headerRows[i].cells.map((c) => norm(c.text));
      let level: Span[] | undefined;
      if (!below || texts.length >= width) {
        level = texts.slice(0, width).map((text, c) => ({ text, start: c, end: c }));
      } else level = alignLevel(texts, below, width, sideSplit);
      levels.unshift(level);
      if (level) below = level;
    }
  }
  return {
    width,
    headers: headerPaths(levels, width),
    body: bodyRows.map((raw) => ({ texts: bodyTexts(raw, width, table.gridded), raw })),
  };
}
