/**
 * The rendered table model shared by the text, HTML and XLSX writers: a header as a grid of merged cells
 * (what Word and Excel draw) and body rows of printed cells, all of the table's width.
 */

export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

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

export const h = (text: string, colSpan = 1, rowSpan = 1): HeaderCell => ({ text, colSpan, rowSpan });

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
