/**
 * Group physical rows into tables and repair rows that a line break inside a cell cut in two.
 */
import type { PhysicalRow } from './lines.js';

/** The most common row width among rows of at least three cells (ties: the wider). */
export function modalWidth(rows: PhysicalRow[]): number {
  const counts = new Map<number, number>();
  for (const r of rows) {
    if (r.cells.length >= 3) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [w, c] of counts) {
    if (c > bestCount || (c === bestCount && w > best)) {
      best = w;
      bestCount = c;
    }
  }
  return best;
}

/**
 * Once the table has shown its full width, a short row followed by a row that completes it to exactly that
 * width is one row cut by a line break at the end of a cell. Header rows above the first full-width row are
 * legitimately short (merged cells in Word) and are left alone.
 */
export function mergeSplitRows(rows: PhysicalRow[]): PhysicalRow[] {
  const width = modalWidth(rows);
  if (width === 0) return rows;
  const out: PhysicalRow[] = [];
  let seenFull = false;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const next = rows[i + 1];
    if (seenFull && next && r.cells.length < width && r.cells.length + next.cells.length === width) {
      out.push({ cells: [...r.cells, ...next.cells], line: r.line });
      i++;
      continue;
    }
    if (r.cells.length === width) seenFull = true;
    out.push(r);
  }
  return out;
}
