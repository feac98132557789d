/**
 * The rendered table model shared by the text, HTML and XLSX writers: a header as a grid of merged cells
 * (what Word and Excel draw) and body rows of printed cells, all of the table's width. Number, title, header and
 * named lines come from the profile's printed form of the table (profiles/national-printed.ts); the renderer
 * computes the body.
 */
import type { PrintedCell, PrintedTable } from '../profiles/types.js';

export type HeaderCell = PrintedCell;

export interface RenderedTable {
  /** "表1". */
  label: string;
  title: string;
  /** Header rows; a cell covers colSpan columns of its row and rowSpan rows down. */
  header: HeaderCell[][];
  /** Body rows of printed cells, each `width` long. */
  rows: string[][];
  width: number;
  /** Body columns that hold amounts (right-aligned, numeric in Excel). */
  amountColumns: number[];
  /** Sentence printed under the table (空表说明). */
  note?: string;
}

export const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/** As wide as the header's first row covers. */
export const widthOf = (p: PrintedTable) => (p.header[0] ?? []).reduce((n, c) => n + (c.colSpan ?? 1), 0);

/**
 * The printed table with its body. The amounts are its last columns; a two-sided table's income side is a name
 * and one amount, its expenditure side a name and the rest.
 */
export function printedTable(
  p: PrintedTable,
  rows: string[][],
  twoSided = false,
  note?: string,
): RenderedTable {
  const width = widthOf(p);
  const amountColumns = twoSided ? [1, ...range(3, width)] : range(width - p.amounts.length, width);
  return {
    label: p.number,
    title: p.title,
    header: p.header,
    rows,
    width,
    amountColumns,
    ...(note === undefined ? {} : { note }),
  };
}

/** A named line's printed label; the template and the renderer must agree on every key. */
export function lineLabel(p: PrintedTable, key: string): string {
  const line = p.lines?.find((l) => l.key === key);
  if (!line) throw new Error(`${p.number} has no line ${key}`);
  return line.label;
}

/** The template's named lines in print order (but those of `except`), each with its value from the renderer. */
export function namedLines<T>(
  p: PrintedTable,
  values: Record<string, T>,
  except: string[] = [],
): [string, T][] {
  return (p.lines ?? [])
    .filter(({ key }) => !except.includes(key))
    .map(({ key, label }) => {
      if (!(key in values)) throw new Error(`${p.number}: no value for line ${key}`);
      return [label, values[key]];
    });
}

/** Each amount column's value, in print order, from the renderer's values by column role. */
export function byRole<T>(p: PrintedTable, values: Record<string, T>): T[] {
  return p.amounts.map((role) => {
    if (!(role in values)) throw new Error(`${p.number}: no value for column ${role}`);
    return values[role];
  });
}

/** Where each header cell sits: [row, col] of its top-left grid position. */
export interface PlacedCell {
  cell: HeaderCell;
  row: number;
  col: number;
}

/** Place header cells on the grid, skipping positions covered by a rowSpan from above. */
export function placeHeader(header: HeaderCell[][]): PlacedCell[] {
  const taken = new Set<string>();
  const placed: PlacedCell[] = [];
  header.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (taken.has(`${row},${col}`)) col++;
      placed.push({ cell, row, col });
      for (let r = 0; r < (cell.rowSpan ?? 1); r++)
        for (let c = 0; c < (cell.colSpan ?? 1); c++) taken.add(`${row + r},${col + c}`);
      col += cell.colSpan ?? 1;
    }
  });
  return placed;
}

/**
 * Header rows as Word copies them to text: a merged cell once, and a vertically merged cell again as an empty
 * cell in each row it continues into (so an upper row can have fewer cells than the data rows).
 */
export function headerLines(header: HeaderCell[][]): string[][] {
  const placed = placeHeader(header);
  return header.map((_, row) => {
    const line: { col: number; text: string }[] = [];
    for (const p of placed) {
      const rs = p.cell.rowSpan ?? 1;
      if (p.row === row) line.push({ col: p.col, text: p.cell.text });
      else if (p.row < row && row < p.row + rs) line.push({ col: p.col, text: '' });
    }
    return line.sort((a, b) => a.col - b.col).map((c) => c.text);
  });
}
