/**
 * Reader for text copied out of Word (the seed's format): paragraphs, and tables whose cells are TAB lines.
 */
import type { RawBlock, RawDocument, RawRow, RawTable } from '../../model/raw.js';
import type { CellCount } from '../limits.js';
import { cleanCell, type PhysicalRow, tokenize } from './lines.js';
import { mergeSplitRows } from './rows.js';

function toRawRow(r: PhysicalRow): RawRow {
  return {
    cells: r.cells.map((c, col) => ({
      text: cleanCell(c.text)
        .split('\n')
        .map((s) => cleanCell(s))
        .join('\n'),
      col,
      colSpan: 1,
      rowSpan: 1,
      prov: c.lineEnd > c.line ? { line: c.line, lineEnd: c.lineEnd } : { line: c.line },
    })),
    prov: { line: r.line },
  };
}

function toTable(rows: PhysicalRow[]): RawTable {
  const merged = mergeSplitRows(rows);
  const last = merged[merged.length - 1];
  return {
    type: 'table',
    rows: merged.map(toRawRow),
    gridded: false,
    prov: { line: merged[0].line, lineEnd: last.cells[last.cells.length - 1]?.lineEnd ?? last.line },
  };
}

/** Parse the Word-copied text format. Pure: no I/O. `cells`, when given, counts the tables' cells against a limit. */
export function parseWordText(text: string, path = '<text>', cells?: CellCount): RawDocument {
  const blocks: RawBlock[] = [];
  let pending: PhysicalRow[] = [];
  const flush = () => {
    if (pending.length > 0) blocks.push(toTable(pending));
    pending = [];
  };
  for (const t of tokenize(text.replace(/^\uFEFF/u, ''))) {
    if (t.type === 'row') {
      cells?.add(t.row.cells.length, `第 ${t.row.line} 行`);
      pending.push(t.row);
      continue;
    }
    flush();
    const clean = cleanCell(t.text);
    if (clean !== '') blocks.push({ type: 'paragraph', text: clean, prov: { line: t.line } });
  }
  flush();
  return { source: { path, format: 'text' }, blocks, warnings: [] };
}
