/**
 * An HTML <table> → a gridded RawTable. Cells are placed as a browser places them: each row's cells fill the
 * positions not taken by a rowspan from above, colspan/rowspan give the spans (rowspan="0" and spans past the
 * table's end are cut at its last row). A table inside a cell is a table of its own, after its container; a
 * table that only frames others (one cell per row) is replaced by what it holds.
 */
import type { RawBlock, RawCell, RawRow } from '../../model/raw.js';
import { type Counters, type Element, hidden, isElement, type ReadFlow, sourceLine } from './dom.js';

function span(el: Element, name: string): number {
  const v = Number.parseInt(el.attrs.find((a) => a.name === name)?.value ?? '1', 10);
  return Number.isFinite(v) && v >= 1 ? Math.min(v, 1000) : 1;
}

/** The rows of this table (not of tables nested in it): tr children of the table or of its thead/tbody/tfoot. */
function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  for (const c of table.childNodes) {
    if (!isElement(c) || hidden(c)) continue;
    if (c.tagName === 'tr') out.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot')
      for (const r of c.childNodes) if (isElement(r) && r.tagName === 'tr' && !hidden(r)) out.push(r);
  }
  return out;
}

/** A table on its grid; each cell's content read by `readFlow` (tree.ts's: a cell holds text and tables as a page does). */
export function readTable(table: Element, n: Counters, readFlow: ReadFlow): RawBlock[] {
  const number = ++n.table;
  const trs = rowsOf(table);
  const taken = new Set<string>();
  const rows: RawRow[] = [];
  const held: RawBlock[][] = [];
  trs.forEach((tr, r) => {
    const cells: RawCell[] = [];
    let col = 0;
    for (const td of tr.childNodes) {
      if (!isElement(td) || (td.tagName !== 'td' && td.tagName !== 'th') || hidden(td)) continue;
      while (taken.has(`${r},${col}`)) col++;
      const colSpan = span(td, 'colspan');
      const rowSpan = Math.min(span(td, 'rowspan'), trs.length - r);
      // Counted before its positions are marked taken: spans of 1000 × 1000 on many cells would fill memory.
      n.cells.add(colSpan * rowSpan, `第 ${number} 个表格`);
      const blocks = readFlow(td, n);
      held.push(blocks);
      const text = blocks
        .filter((b) => b.type === 'paragraph')
        .map((b) => (b.type === 'paragraph' ? b.text : ''))
        .join('\n');
      const line = sourceLine(td);
      cells.push({
        text,
        col,
        colSpan,
        rowSpan,
        prov: { table: number, row: r + 1, ...(line === undefined ? {} : { line }) },
      });
      for (let y = r; y < r + rowSpan; y++) for (let x = col; x < col + colSpan; x++) taken.add(`${y},${x}`);
      col += colSpan;
    }
    const line = sourceLine(tr);
    rows.push({ cells, prov: { table: number, row: r + 1, ...(line === undefined ? {} : { line }) } });
  });
  const inner = held.flat().filter((b) => b.type === 'table');
  if (inner.length > 0 && rows.every((r) => r.cells.length <= 1)) return held.flat();
  if (rows.length === 0) return inner;
  const line = sourceLine(table);
  return [
    { type: 'table', rows, gridded: true, prov: { table: number, ...(line === undefined ? {} : { line }) } },
    ...inner,
  ];
}
