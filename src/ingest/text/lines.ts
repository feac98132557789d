/**
 * Tokenize the Word-copied text format into physical rows and paragraphs.
 * Format: a table cell is a line beginning with TAB; a blank line ends a row; a plain line is a paragraph.
 * Irregularities handled here (all seen in real copies):
 * - a cell whose text ended in a line break: the row is cut in two by an extra blank line (merged in rows.ts);
 * - a cell with an internal line break: its second part is a plain line right after the cell line, or after one
 *   blank line when the row is still short of the table's width;
 * - stray U+3000 and trailing spaces in cells.
 */

export interface CellLine {
  text: string;
  line: number;
  lineEnd: number;
}

export interface PhysicalRow {
  cells: CellLine[];
  line: number;
}

export type Token = { type: 'row'; row: PhysicalRow } | { type: 'paragraph'; text: string; line: number };

/** Trim layout whitespace (ASCII, U+3000, NBSP) at both ends; keep internal characters. */
export function cleanCell(text: string): string {
  return text.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
}

export function tokenize(text: string): Token[] {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const tokens: Token[] = [];
  let row: PhysicalRow | undefined;
  let closedRow: PhysicalRow | undefined;
  let widest = 0;
  const lastCell = (r: PhysicalRow) => r.cells[r.cells.length - 1];
  const closeRow = () => {
    if (row && row.cells.length > 0) {
      tokens.push({ type: 'row', row });
      widest = Math.max(widest, row.cells.length);
      closedRow = row;
    }
    row = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const lineNo = i + 1;
    if (raw.startsWith('\t')) {
      row ??= { cells: [], line: lineNo };
      row.cells.push({ text: raw.slice(1), line: lineNo, lineEnd: lineNo });
      continue;
    }
    if (raw.trim() === '') {
      closeRow();
      continue;
    }
    if (row && row.cells.length > 0) {
      // A plain line straight after a cell line: the cell's text went on over a line break.
      const cell = lastCell(row);
      cell.text += `\n${raw}`;
      cell.lineEnd = lineNo;
      continue;
    }
    const nextIsCell = lines[i + 1]?.startsWith('\t') ?? false;
    if (
      closedRow &&
      tokens[tokens.length - 1]?.type === 'row' &&
      nextIsCell &&
      closedRow.cells.length < widest
    ) {
      // A short row, one blank line, a plain line, then cells again: the plain line is the rest of the short
      // row's last cell, and the row goes on.
      tokens.pop();
      const cell = lastCell(closedRow);
      cell.text += `\n${raw}`;
      cell.lineEnd = lineNo;
      row = closedRow;
      continue;
    }
    closedRow = undefined;
    widest = 0;
    tokens.push({ type: 'paragraph', text: raw, line: lineNo });
  }
  closeRow();
  return tokens;
}
