/**
 * A Word table (w:tbl) → a gridded RawTable. Word describes merges per cell: w:gridBefore skips grid columns at a
 * row's start, w:gridSpan widens a cell, w:vMerge="restart" opens a vertical merge that following rows continue
 * with an empty w:vMerge cell (old files also merge across with w:hMerge). A merged cell appears once, at its
 * top-left grid position, with its spans (what the PDF reader gives for the same table).
 *
 * A table inside a cell is read as a table of its own, after the one holding it; a table that only frames other
 * tables (one cell per row, as some offices lay out a page) is replaced by what it holds.
 */
import type { RawBlock, RawCell, RawRow, RawTable } from '../../model/raw.js';
import { child, isElement, type XmlElement } from '../ooxml/xml.js';
import type { Counters, ReadBlocks } from './counters.js';

function intVal(el: XmlElement | undefined, fallback: number): number {
  const v = Number.parseInt(el?.attrs['w:val'] ?? '', 10);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** Rows and cells may sit inside content controls or custom XML; flatten those. */
function unwrap(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === name) out.push(c);
    else if (
      c.name === 'w:sdt' ||
      c.name === 'w:sdtContent' ||
      c.name === 'w:customXml' ||
      c.name === 'w:ins'
    )
      out.push(...unwrap(c, name));
  }
  return out;
}

type Merge = 'restart' | 'continue' | undefined;

function merge(el: XmlElement | undefined): Merge {
  if (!el) return undefined;
  return el.attrs['w:val'] === 'restart' ? 'restart' : 'continue';
}

interface CellContent {
  text: string;
  blocks: RawBlock[];
}

/** A cell's paragraphs are its text (lines joined by '\n'); its tables are returned as blocks. */
function cellContent(tc: XmlElement, n: Counters, readBlocks: ReadBlocks): CellContent {
  const blocks = readBlocks(tc, n);
  const lines = blocks
    .filter((b) => b.type === 'paragraph')
    .map((b) => (b.type === 'paragraph' ? b.text : ''));
  return { text: lines.join('\n'), blocks };
}

/** A table; its cells' content read by `readBlocks` (body.ts's: a cell holds paragraphs and tables as a body does). */
export function readTable(tbl: XmlElement, n: Counters, readBlocks: ReadBlocks): RawBlock[] {
  const table = ++n.table;
  const nested: RawBlock[] = [];
  const rows: RawRow[] = [];
  /** Open vertical merges: grid column → the cell that started it. */
  const open = new Map<number, RawCell>();
  const rowContents: CellContent[][] = [];
  unwrap(tbl, 'w:tr').forEach((tr, r) => {
    const trPr = child(tr, 'w:trPr');
    let col = intVal(child(trPr, 'w:gridBefore'), 0);
    const cells: RawCell[] = [];
    const contents: CellContent[] = [];
    const continued = new Set<number>();
    for (const tc of unwrap(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const span = intVal(child(tcPr, 'w:gridSpan'), 1);
      // Every grid position once: a cell's span in its row (a vertical merge's rows each count their own).
      n.cells.add(span, `第 ${table} 个表格`);
      const v = merge(child(tcPr, 'w:vMerge'));
      const h = merge(child(tcPr, 'w:hMerge'));
      const content = cellContent(tc, n, readBlocks);
      const last = cells[cells.length - 1];
      if (h === 'continue' && last && last.col + last.colSpan === col) {
        last.colSpan += span;
        col += span;
        continue;
      }
      const above = open.get(col);
      if (v === 'continue' && above && above.colSpan === span) {
        above.rowSpan++;
        continued.add(col);
        nested.push(...content.blocks.filter((b) => b.type === 'table'));
        col += span;
        continue;
      }
      const cell: RawCell = {
        text: content.text,
        col,
        colSpan: span,
        rowSpan: 1,
        prov: { table, row: r + 1 },
      };
      cells.push(cell);
      contents.push(content);
      if (v === 'restart') {
        open.set(col, cell);
        continued.add(col);
      }
      col += span;
    }
    for (const k of [...open.keys()]) if (!continued.has(k)) open.delete(k);
    rows.push({ cells, prov: { table, row: r + 1 } });
    rowContents.push(contents);
  });
  const inner = rowContents.flat().flatMap((c) => c.blocks.filter((b) => b.type === 'table'));
  if (inner.length > 0 && rows.every((r) => r.cells.length <= 1)) {
    // A frame around the real content: read what it holds in order, not a one-column table.
    return rowContents.flat().flatMap((c) => c.blocks);
  }
  const out: RawTable = { type: 'table', rows, gridded: true, prov: { table } };
  return rows.length > 0 ? [out, ...inner, ...nested] : [...inner, ...nested];
}
