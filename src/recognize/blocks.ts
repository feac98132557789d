/**
 * Stacked blocks: some departments print one table with each unit's rows one after the other, without the units'
 * names (北京 预算05表: 2010501 行政运行 … 2210203 购房补贴, then 2010501 again for the next unit). Each run of
 * ascending codes is then one unit's block: codes repeat across blocks, never within one.
 *
 * The evidence must be structural and plain: at least two blocks of at least two rows, no code twice inside a
 * block, and at least two codes that repeat across blocks. A single repeated row stays a duplicate. Project
 * tables, which list a code once per project, have no blocks.
 */
import type { Row } from '../model/disclosure.js';

function runs(rows: Row[]): Row[][] {
  const out: Row[][] = [];
  let prev: string | undefined;
  for (const r of rows) {
    if (!r.code) continue;
    // The same code again with its second code (部门经济 30101 beside 50101, then beside 50501) goes on the run.
    if (prev === undefined || r.code < prev || (r.code === prev && !r.pairCode)) out.push([]);
    out[out.length - 1].push(r);
    prev = r.code;
  }
  return out;
}

function stacked(blocks: Row[][]): boolean {
  if (blocks.length < 2 || blocks.some((b) => b.length < 2)) return false;
  const inBlocks = new Map<string, number>();
  for (const b of blocks) for (const r of b) inBlocks.set(r.code!, (inBlocks.get(r.code!) ?? 0) + 1);
  return [...inBlocks.values()].filter((n) => n > 1).length >= 2;
}

/**
 * Units named in a unit column (预算单位): each unit's line starts its block. A table of one unit that prints no
 * 合计 has the unit's line as its total (深圳 支出总表: "深圳市…局（本级）" above the 科目).
 */
function markUnitBlocks(rows: Row[]): number {
  const units = rows.filter((r) => r.unitLine);
  if (units.length === 1 && units[0] === rows[0] && !rows.some((r) => r.kind === 'total')) {
    units[0].kind = 'total';
    return 0;
  }
  if (units.length < 2) return 0;
  let block = 0;
  for (const r of rows) {
    if (r.unitLine) block++;
    if (block > 0 && (r.code || r.unitLine)) r.block = block;
  }
  return block;
}

/** Give each coded row its block number when the table (each side of it) is stacked; returns the block count. */
export function markBlocks(rows: Row[]): number {
  if (rows.some((r) => r.unitLine)) return markUnitBlocks(rows);
  // A project table lists a code once per project by design: its repeats are not blocks.
  if (rows.some((r) => r.texts?.project)) return 0;
  let count = 0;
  for (const side of new Set(rows.map((r) => r.side))) {
    const blocks = runs(rows.filter((r) => r.side === side));
    if (!stacked(blocks)) continue;
    blocks.forEach((b, i) => {
      for (const r of b) r.block = i + 1;
    });
    count = Math.max(count, blocks.length);
  }
  return count;
}
