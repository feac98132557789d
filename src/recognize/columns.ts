/**
 * What each grid column holds: classification code parts, a name, a project name, or amounts; and, for amount
 * columns, the role the profile gives their header.
 */
import { parseAmount } from '../model/amount.js';
import type { Column, TextColumn } from '../model/disclosure.js';
import { TEXT_COLUMNS } from '../profiles/index.js';
import type { ColumnSpec, TableSpec, TextColumnSpec } from '../profiles/types.js';
import type { Grid } from './grid.js';
import { matches, norm } from './normalize.js';
import { TOTAL_TEXT } from './total-words.js';

export type ColumnUse =
  | { use: 'code'; level: 0 | 1 | 2 | 'joined' }
  | { use: 'name' }
  | { use: 'project' }
  /** The budget unit a row belongs to (预算单位 | 科目编码 | 科目名称): names the unit's own line, not a 科目. */
  | { use: 'unit' }
  | { use: 'amount'; column: Column }
  /** Words the header vocabulary names (项目简介, 资金性质): kept as the row's texts. */
  | { use: 'text'; column: TextColumn }
  | { use: 'ignore' };

export interface ColumnPlan {
  uses: ColumnUse[];
  /** First grid column of the expenditure side (two-sided tables). */
  sideSplit?: number;
  /** Width of each block of an expenditure side whose list runs on in further blocks (see table.ts). */
  panelWidth?: number;
}

/** The block of the side a grid column is in: 0 for the first (and for every column of a side of one block). */
export function panelOf(plan: ColumnPlan, c: number): number {
  if (plan.panelWidth === undefined || plan.sideSplit === undefined || c < plan.sideSplit) return 0;
  return Math.floor((c - plan.sideSplit) / plan.panelWidth);
}

export function panelCount(plan: ColumnPlan, width: number): number {
  return panelOf(plan, width - 1) + 1;
}

const LEVEL_HEADER: Record<string, 0 | 1 | 2> = { 类: 0, 款: 1, 项: 2 };

function inner(path: string[]): string {
  return path[path.length - 1] ?? '';
}

type Stats = { text: number; number: number; digits: number; totals: number };
const STATS = new WeakMap<Grid, Stats[]>();

/** Per-column counts of cell kinds, computed once per grid. */
function cellStats(grid: Grid, c: number): Stats {
  let all = STATS.get(grid);
  if (!all) {
    all = Array.from({ length: grid.width }, (_, i) => countColumn(grid, i));
    STATS.set(grid, all);
  }
  return all[c];
}

function countColumn(grid: Grid, c: number): Stats {
  let text = 0;
  let totals = 0;
  let number = 0;
  let digits = 0;
  for (const row of grid.body) {
    const t = norm(row.texts[c] ?? '');
    // "…" marks rows a template leaves out: no content of any kind.
    if (t === '' || /^[…⋯.·]+$/u.test(t)) continue;
    if (TOTAL_TEXT.test(t)) totals++;
    else if (/^\d{2,3}$/u.test(t)) digits++;
    // dashes and zeros count as numbers
    else if (parseAmount(t)) number++;
    else text++;
  }
  return { text, number, digits, totals };
}

/** Text columns in order; in a two-sided table the second one starts the expenditure side. */
export function findTextColumns(grid: Grid): number[] {
  const out: number[] = [];
  for (let c = 0; c < grid.width; c++) {
    const h = inner(grid.headers[c]);
    if (h in LEVEL_HEADER) continue;
    const s = cellStats(grid, c);
    if (s.text > 0 && s.text >= s.number) out.push(c);
  }
  return out;
}

/**
 * A header that names the lines of a list (项目, 科目名称, 支出功能分类科目（按大类）): where the body prints nothing
 * in the column (a table printed empty), the header alone says it holds names, not amounts.
 */
export function isLabelHeader(path: string[]): boolean {
  return path.some((p) => /名称/u.test(p)) || /科目(\(.*\))?$|^项目$/u.test(inner(path));
}

/** A column that prints only total words (合计) and nothing else: the label column of a table printed empty. */
function totalsOnly(s: Stats): boolean {
  return s.totals > 0 && s.text + s.number + s.digits === 0;
}

/** The text column the header vocabulary names, unless the column holds mostly figures. */
function textRole(path: string[], s: Stats): TextColumnSpec | undefined {
  if (s.number + s.digits > s.text) return undefined;
  return roleFor(path, TEXT_COLUMNS);
}

function roleFor<S extends { header: string }>(path: string[], specs: S[]): S | undefined {
  const innerLabel = inner(path);
  const joined = path.join('/');
  // A spec that names a header path ("合计/预算数", "上年结转结余/小计") is more specific than one naming the inner
  // label: budget and actual groups (预算数 | 决算数 under each item) share their inner labels.
  const specific = specs.find((s) => s.header.includes('/') && matches(s.header, joined));
  if (specific) return specific;
  // "基本支出/小计" is the 基本支出 column: a subtotal takes its meaning from the header above it.
  if (/^(小计|合计)$/u.test(innerLabel) && path.length > 1) {
    const parent = roleFor(path.slice(0, -1), specs);
    if (parent) return parent;
  }
  return specs.find((s) => matches(s.header, innerLabel)) ?? specs.find((s) => matches(s.header, joined));
}

function uniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}#${i}`;
  taken.add(key);
  return key;
}

/**
 * A column under another year's group (2021年 beside 2022年 in a 2022 table): that year's figures, not this
 * table's, whatever its inner header says.
 */
function otherYear(path: string[], year: number | undefined): boolean {
  const m = /^(\d{4})年/u.exec(path[0] ?? '');
  return year !== undefined && m !== null && path.length > 1 && Number(m[1]) !== year;
}

/**
 * Columns that compare with the year before (中央: 2023年执行数 | 2024年预算数 | 2024年预算数比2023年执行数 增减额 |
 * 增减%): the prior year's figures and the change, each its group's total or a part of it. Every table gains them;
 * the profile's identities say 增减 = 预算 − 执行 (rates are ignored, see isRateHeader).
 */
function comparisonRole(path: string[], year: number | undefined): string | undefined {
  const group = path[0] ?? '';
  const inner = path[path.length - 1] ?? '';
  const isTotal = path.length === 1 || /^(合计|小计|总计)$/u.test(inner);
  if (/增减额?$|增加额$/u.test(inner) || /比.*(增减|变动)|增减(变化)?(情况)?$/u.test(group))
    return isTotal || /增减额?$|增加额$/u.test(inner) ? 'change-total' : 'change-part';
  if (otherYear(path, year) || /执行数?$|上年(预算)?数$/u.test(group))
    return isTotal ? 'prior-total' : 'prior-part';
  return undefined;
}

/**
 * The role a comparison column has inside its group: the group's own header path names it as the profile names the
 * current columns (2023年执行数/公务用车购置及运行费/小计 → vehicle); the group's lone column is its total.
 */
function mirrored(path: string[], compared: string, specs: ColumnSpec[], c: number): Column['mirrors'] {
  const group = compared.startsWith('prior') ? 'prior' : 'change';
  if (path.length === 1) return { group, role: 'total' };
  return { group, role: roleFor(path.slice(1), specs)?.role ?? `col${c}` };
}

/** A column of rates (增减%, 增长率, 占比): no sum of its cells means anything. */
function isRateHeader(path: string[]): boolean {
  return /[%％]|(增长|比)率|增幅|比重|占比/u.test(path.join('/'));
}

/** A unit column: headed 预算单位/单位名称 and printed before the column of codes or 科目 names. */
function isUnitColumn(header: string, c: number, textCols: number[], uses: ColumnUse[]): boolean {
  return (
    /^(预算)?单位(名称)?$/u.test(header) &&
    uses.every((u) => u.use === 'ignore') &&
    textCols.some((t) => t > c)
  );
}

export function planColumns(
  grid: Grid,
  spec: TableSpec,
  sideSplit?: number,
  year?: number,
  panelWidth?: number,
): ColumnPlan {
  const uses: ColumnUse[] = [];
  const textCols = findTextColumns(grid);
  const taken = new Set<string>();
  const texts = new Set<string>();
  const amountCols: number[] = [];
  for (let c = 0; c < grid.width; c++) {
    const path = grid.headers[c];
    const h = inner(path);
    const s = cellStats(grid, c);
    const text = textRole(path, s);
    // Row numbers (序号, 行次), remarks (备注), units' own codes (单位编码) and rates are neither amounts nor 科目 codes.
    if (/^(序号|行次|栏次|备注)$|单位(编码|代码)$/u.test(h) || isRateHeader(path))
      uses.push({ use: 'ignore' });
    else if (h in LEVEL_HEADER && s.text === 0) uses.push({ use: 'code', level: LEVEL_HEADER[h] });
    else if (/编码|代码/u.test(h) && s.text === 0 && s.digits + s.number > 0)
      uses.push({ use: 'code', level: 'joined' });
    else if (/编码|代码/u.test(h) && s.text === s.totals && s.digits + s.number > s.text) {
      // A code column whose total line prints 合计 in it (the label cell spans code and name).
      uses.push({ use: 'code', level: 'joined' });
    } else if (s.text + s.number + s.digits === 0 && path.some((p) => /编码|代码/u.test(p))) {
      // The columns of a table printed empty (空表) hold nothing to recognize them by, only their headers.
      uses.push({ use: 'code', level: 'joined' });
    } else if (text) {
      const key = uniqueKey(text.role, texts);
      uses.push({ use: 'text', column: { key, role: text.role, header: path, label: text.label } });
    } else if ((s.text + s.number + s.digits === 0 && isLabelHeader(path)) || totalsOnly(s)) {
      uses.push({ use: 'name' });
    } else if (isUnitColumn(h, c, textCols, uses)) {
      uses.push({ use: 'unit' });
    } else if (textCols.includes(c)) {
      const isProject = spec.shape === 'projects' && textCols.indexOf(c) > 0;
      uses.push(isProject ? { use: 'project' } : { use: 'name' });
    } else if (s.number > 0 || s.text === 0) {
      amountCols.push(c);
      uses.push({ use: 'ignore' });
    } else uses.push({ use: 'ignore' });
  }
  const plan: ColumnPlan = { uses, sideSplit, panelWidth };
  for (const c of amountCols) {
    // A later block's amounts are the first block's column continued: the same key, the same role.
    const first = c - panelOf(plan, c) * (panelWidth ?? 0);
    const same = uses[first];
    if (first !== c && same?.use === 'amount') {
      uses[c] = { use: 'amount', column: same.column };
      continue;
    }
    const side = sideSplit === undefined ? undefined : c < sideSplit ? 'income' : 'expenditure';
    const specs = spec.columns.filter((s) => s.side === side);
    const own = roleFor(grid.headers[c], specs);
    // A profile's own column groups (陕西 上年 | 当年 | 增减 under each 三公 item) come first.
    const compared = own?.header.includes('/') ? undefined : comparisonRole(grid.headers[c], year);
    const matched = compared ? { role: compared, header: '', label: '' } : own;
    const sameSide = amountCols.filter(
      (x) => (sideSplit === undefined ? true : x < sideSplit === c < sideSplit) && panelOf(plan, x) === 0,
    );
    const role = matched?.role ?? (sameSide.length === 1 ? 'amount' : `col${c}`);
    const key = uniqueKey(side ? `${side}.${role}` : role, taken);
    const column: Column = { key, role, header: grid.headers[c] };
    if (side) column.side = side;
    if (compared) column.mirrors = mirrored(grid.headers[c], compared, specs, c);
    uses[c] = { use: 'amount', column };
  }
  return plan;
}
