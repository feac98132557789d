/**
 * A sheet's cells → blocks. A disclosure sheet is a title, the 编制部门/单位 line, then the table (header rows with
 * merged cells, body rows) and perhaps a note: rows with one filled cell merged across, or a title 表N, and the
 * 编制部门/单位 rows are paragraphs and cut the sheet into parts; in each part the rows from the first to the last
 * row of two or more filled cells are a table (a body row whose amounts are blank keeps its place), with the
 * short one-cell rows right under it (合计 of an empty table), the rows around them paragraphs. Two blank rows also end a table, so several tables on one sheet stay apart.
 */

import { CN } from '../../model/numbering.js';
import type { RawBlock, RawCell, RawRow } from '../../model/raw.js';
import { splitLabel } from '../title-label.js';
import type { SheetCell } from './cells.js';

const META = /^(编制|单位[:：]|金额单位|预算单位|填报|报送|部门[:：（(])/u;
const TITLE = new RegExp(`^表[\\d${CN}]+`, 'u');

type Kind = 'blank' | 'title' | 'meta' | 'single' | 'multi';

function kindOf(cells: SheetCell[], width: number): Kind {
  const filled = cells.filter((c) => c.text !== '');
  if (filled.length === 0) return 'blank';
  if (filled.every((c) => META.test(c.text))) return 'meta';
  if (filled.length === 1) {
    const [c] = filled;
    return TITLE.test(c.text) || (width > 2 && c.colSpan >= Math.max(2, width / 2)) ? 'title' : 'single';
  }
  return 'multi';
}

function cellLike(cells: SheetCell[]): boolean {
  const text = cells.find((c) => c.text !== '')?.text ?? '';
  return text.length <= 30 && !/[。；;]/u.test(text);
}

function paragraphs(cells: SheetCell[], sheet: string): RawBlock[] {
  const text = cells
    .filter((c) => c.text !== '')
    .map((c) => c.text)
    .join('          ');
  // A cell's own line breaks are lines of text, as Word's are.
  return text
    .split('\n')
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))
    .filter((line) => line !== '')
    .flatMap(splitLabel)
    .map((t) => ({ type: 'paragraph', text: t, prov: { sheet, row: cells[0].row } }));
}

function table(rows: SheetCell[][], sheet: string): RawBlock {
  const left = Math.min(...rows.flatMap((r) => r.map((c) => c.col)));
  const raw: RawRow[] = rows.map((cells) => ({
    cells: cells.map(
      (c): RawCell => ({
        text: c.text,
        col: c.col - left,
        colSpan: c.colSpan,
        rowSpan: c.rowSpan,
        prov: { sheet, row: c.row, cell: c.address },
      }),
    ),
    prov: { sheet, row: cells[0].row },
  }));
  return { type: 'table', rows: raw, gridded: true, prov: { sheet, row: rows[0][0].row } };
}

export function sheetBlocks(sheet: string, rows: Map<number, SheetCell[]>): RawBlock[] {
  const numbers = [...rows.keys()].sort((a, b) => a - b);
  const width = Math.max(0, ...[...rows.values()].flatMap((r) => r.map((c) => c.col + c.colSpan - 1)));
  const out: RawBlock[] = [];
  let part: { cells: SheetCell[]; kind: Kind }[] = [];
  const flush = () => {
    const first = part.findIndex((p) => p.kind === 'multi');
    let last = part.map((p) => p.kind).lastIndexOf('multi');
    // The table's last rows may hold one filled cell (合计 of a table printed empty): short, no sentence.
    while (first >= 0 && part[last + 1]?.kind === 'single' && cellLike(part[last + 1].cells)) last++;
    part.forEach((p, i) => {
      if (first >= 0 && i === first)
        out.push(
          table(
            part
              .slice(first, last + 1)
              .filter((q) => q.kind !== 'blank')
              .map((q) => q.cells),
            sheet,
          ),
        );
      if (first >= 0 && i >= first && i <= last) return;
      if (p.kind !== 'blank') out.push(...paragraphs(p.cells, sheet));
    });
    part = [];
  };
  let previous = 0;
  for (const n of numbers) {
    const cells = rows.get(n) ?? [];
    const kind = kindOf(cells, width);
    // Rows left out by the reader are blank rows: two of them (or more) end the part.
    if (n - previous > 2) flush();
    previous = n;
    if (kind === 'title' || kind === 'meta') {
      flush();
      out.push(...paragraphs(cells, sheet));
      continue;
    }
    if (kind === 'blank') {
      const tail = part.slice(-1)[0];
      if (tail?.kind === 'blank') flush();
      else part.push({ cells, kind });
      continue;
    }
    part.push({ cells, kind });
  }
  flush();
  return out;
}
