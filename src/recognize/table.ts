/**
 * One RawTable → a typed Table, given the table spec its title matched.
 */

import type { CodeScheme, Row, Table } from '../model/disclosure.js';
import type { RawTable } from '../model/raw.js';
import type { Unit } from '../model/rounding.js';
import type { TableSpec } from '../profiles/types.js';
import { markBlocks } from './blocks.js';
import { codeClassLines } from './class-lines.js';
import { panelCount, planColumns } from './columns.js';
import type { TableContext } from './context.js';
import { buildGrid } from './grid.js';
import { matches, norm } from './normalize.js';
import { assignRowRoles } from './roles.js';
import { parseRow, type RowParseState } from './rows.js';
import { nameColumns, splitHeader } from './views.js';

/** Two-sided tables: the expenditure side starts at the second column of item names in the body. */
function findSideSplit(raw: RawTable, titleRows: number, spec: TableSpec): number | undefined {
  if (spec.shape !== 'two-sided') return undefined;
  const { header, body } = splitHeader(raw, titleRows);
  const probe = buildGrid(raw, header, body);
  const cols = nameColumns(raw, titleRows);
  if (cols.length < 2) return undefined;
  // A code column printed before the second name column belongs to that side (基本支出决算表: 编码 | 名称 | 决算数 twice).
  let split = cols[1];
  while (split - 1 > cols[0] && isCodeColumn(probe.body.map((r) => norm(r.texts[split - 1] ?? '')))) split--;
  return split;
}

/**
 * A side whose list runs on in further column blocks (基本支出决算表: 人员经费 | 公用经费 | 公用经费 continued, each
 * block 编码 | 名称 | 决算数): the width of one block of the expenditure side, where a later name column starts a block
 * as wide as the first, after an amount column of its own. Undefined where the side is one block — two code columns
 * before one set of amounts (部门经济 | 政府经济) are one block.
 */
function findPanelWidth(raw: RawTable, titleRows: number, split: number | undefined): number | undefined {
  if (split === undefined) return undefined;
  const { header, body } = splitHeader(raw, titleRows);
  const probe = buildGrid(raw, header, body, split);
  const cols = nameColumns(raw, titleRows).filter((c) => c >= split);
  if (cols.length < 2) return undefined;
  const codes = (c: number) => isCodeColumn(probe.body.map((r) => norm(r.texts[c] ?? '')));
  let next = cols[1];
  while (next - 1 > cols[0] && codes(next - 1)) next--;
  const width = next - split;
  const offset = cols[0] - split;
  const amountBetween = Array.from({ length: next - cols[0] - 1 }, (_, i) => cols[0] + 1 + i).some(
    (c) => !codes(c),
  );
  if (!amountBetween || width < 2 || (probe.width - split) % width !== 0) return undefined;
  for (let start = split; start < probe.width; start += width)
    if (!cols.includes(start + offset)) return undefined;
  return width;
}

const FUNCTION_CODE = /^2\d{2}(\d{2}){0,2}$/u;
const ECONOMIC_CODE = /^[35]\d{2}(\d{2}){0,2}$/u;

/**
 * The classification the rows print: the layout's, unless nearly all of at least three codes are of the other
 * (湖南's 一般公共预算基本支出表 keys its rows by 功能科目 and prints the 经济分类 as columns). One or two codes of
 * the other kind among the layout's are misprints (code-scheme-mismatch); a whole table of them is the table's way.
 */
function printedScheme(rows: Row[], declared: CodeScheme | undefined): CodeScheme | undefined {
  if (!declared) return declared;
  const codes = rows.flatMap((r) => (r.code ? [r.code] : []));
  const other = declared === 'function' ? ECONOMIC_CODE : FUNCTION_CODE;
  const theirs = codes.filter((c) => other.test(c)).length;
  if (codes.length < 3 || theirs * 10 < codes.length * 9) return declared;
  const scheme: CodeScheme = declared === 'function' ? 'economic' : 'function';
  for (const r of rows) if (r.code) r.codeScheme = scheme;
  return scheme;
}

/** Codes, but for a summary line's label (公用经费合计) spanning into it. */
function isCodeColumn(texts: string[]): boolean {
  const filled = texts.filter((t) => t !== '');
  const codes = filled.filter((t) => /^\d{3}(\d{2}){0,2}$/u.test(t)).length;
  return codes > 0 && filled.every((t) => /^\d{3}(\d{2}){0,2}$/u.test(t) || /(合计|总计)$/u.test(t));
}

/**
 * The decimals the table prints: the most of any figure read from a text layer; of figures read by OCR, the
 * decimals most of them show — OCR may read a digit too many ("13,252.602" for 13,252.62), and one such reading
 * must not make every figure of the document's unit look less rounded than it is.
 */
function precisionOf(rows: Row[]): number {
  let p = 0;
  const ocr = new Map<number, number>();
  for (const r of rows) {
    for (const c of Object.values(r.cells)) {
      if (c.amount.blank) continue;
      if (c.prov.ocr) ocr.set(c.amount.decimals, (ocr.get(c.amount.decimals) ?? 0) + 1);
      else p = Math.max(p, c.amount.decimals);
    }
  }
  let most = 0;
  for (const [decimals, n] of ocr)
    if (n > (ocr.get(most) ?? 0) || (n === ocr.get(most) && decimals > most)) most = decimals;
  return Math.min(Math.max(p, most), 4);
}

export function buildTable(
  raw: RawTable,
  ctx: TableContext,
  spec: TableSpec,
  id: string,
  title: string,
  unit: Unit,
): Table {
  const sideSplit = findSideSplit(raw, ctx.titleRows, spec);
  const { header, body } = splitHeader(raw, ctx.titleRows);
  const grid = buildGrid(raw, header, body, sideSplit);
  const year = /(\d{4})\s*年/u.exec(title)?.[1];
  const panelWidth = findPanelWidth(raw, ctx.titleRows, sideSplit);
  const plan = planColumns(grid, spec, sideSplit, year ? Number(year) : undefined, panelWidth);
  const state: RowParseState = { lastClass: {}, lastItem: {}, numbered: new Set(), rows: [] };
  // A list continued in a further block is read down each block in turn: its rows follow the first block's.
  for (let panel = 0; panel < panelCount(plan, grid.width); panel++)
    for (const b of grid.body) parseRow(grid, b, plan, spec.codeScheme, state, panel);
  const scheme = printedScheme(state.rows, spec.codeScheme);
  codeClassLines(state.rows, state.numbered, scheme);
  markBlocks(state.rows);
  assignRowRoles(state.rows, spec.rowRoles);
  const keys = new Set<string>();
  const columns = plan.uses.flatMap((u) => {
    if (u.use !== 'amount' || keys.has(u.column.key)) return [];
    keys.add(u.column.key);
    return [u.column];
  });
  const textColumns = plan.uses.flatMap((u) => (u.use === 'text' ? [u.column] : []));
  return {
    id,
    kind: spec.kind,
    label: ctx.label ?? title,
    title,
    unit,
    precision: precisionOf(state.rows),
    columns,
    ...(textColumns.length > 0 ? { textColumns } : {}),
    rows: state.rows,
    ...(scheme !== spec.codeScheme ? { codeScheme: scheme } : {}),
    notes: [],
    prov: raw.prov,
  };
}

/** The spec whose title pattern matches the table's context texts (the longest matching text wins ties). */
export function matchSpec(
  texts: string[],
  specs: TableSpec[],
  titleKey: (t: string) => string,
): { spec: TableSpec; title: string } | undefined {
  for (const text of texts.slice().reverse()) {
    const key = titleKey(text);
    // A title names a table ("…情况表", "…预算表（一级项目）"); a sentence that mentions 三公 is not one.
    if (key.length < 4 || key.length > 60 || !/表(\(.*\))?$/u.test(key)) continue;
    const spec = specs.find((s) => !s.viewOf && matches(s.title, key) && !matches(s.notTitle, key));
    if (spec) return { spec, title: norm(text) };
  }
  return undefined;
}
