/**
 * Body rows → typed rows: classification code, name, kind (item / total / of-which), outline depth and parent,
 * and amounts per column. Two-sided tables give two logical rows per printed row.
 */
import { parseAmount } from '../model/amount.js';
import { type Cell, type CodeScheme, formatCode, type Row, type RowKind } from '../model/disclosure.js';
import { ARABIC_ITEM, ARABIC_PAREN_ITEM, CN_ITEM_ANY_STOP, CN_PAREN_ITEM } from '../model/numbering.js';
import { type ColumnPlan, panelOf } from './columns.js';
import type { Grid } from './grid.js';
import { displayText, norm } from './normalize.js';
import { mendOcrName } from './ocr-names.js';
import { SUBTOTAL_NAME, TOTAL_NAME } from './total-words.js';

const NUMBERING: [RegExp, number][] = [
  [CN_ITEM_ANY_STOP, 1],
  [ARABIC_ITEM, 2],
  [ARABIC_PAREN_ITEM, 3],
  [CN_PAREN_ITEM, 2],
];
const OF_WHICH = /^其中[:：]?/u;
// A budget unit's name ("135 苏州市应急管理局", "深圳市…局（本级）"): no 类 of either classification ends so.
const UNIT_NAME = /(局|委员会|委|办公室|办|院|中心|所|站|队|馆|学校|校|厅|处|本级|[(（]本级[)）])$/u;

function isUnitName(name: string): boolean {
  const n = norm(name);
  return n.length >= 4 && UNIT_NAME.test(n);
}
/** A cell that only names a total: in any label column it makes the row a total line (合计, 总计) or a 小计. */
const TOTAL_LABEL = /^(合计|总计|小计)$/u;
// A code printed in the name cell: "2080505 机关事业单位…" or "50101-工资奖金津补贴" (北京).
const CODE_IN_NAME = /^(\d{3}(?:\s?\d{2}){0,2})(?!\d)\s*(?:[-－—]\s*)?(.*)$/su;

interface Part {
  side?: 'income' | 'expenditure';
  /** The block of its side the part was printed in (a list run on in further columns, see ColumnPlan). */
  panel: number;
  codeParts: string[];
  joinedCode?: string;
  /** The second code printed beside the first (政府经济 beside 部门经济), after the first name column. */
  pair?: string[];
  /** Codes printed in later name cells ("30101-基本工资" beside "50101-工资奖金津补贴"). */
  namedPairs?: string[];
  named?: boolean;
  name: string;
  /** The budget unit printed in a unit column (预算单位). */
  unit?: string;
  project?: string;
  /** Cells of the text columns (项目简介, 资金性质), by column key. */
  texts?: Record<string, string>;
  /** A total word printed outside the name column (合计 under 单位编码 or 序号): the line's name if it has none. */
  totalLabel?: string;
  cells: Record<string, Cell>;
}

function numberingDepth(name: string): { depth?: number; rest: string } {
  for (const [re, depth] of NUMBERING) {
    const m = re.exec(name);
    if (m) return { depth, rest: name.slice(m[0].length) };
  }
  return { rest: name };
}

function splitParts(grid: Grid, row: Grid['body'][number], plan: ColumnPlan): Part[] {
  const parts = new Map<string, Part>();
  const partFor = (c: number): Part => {
    const side = plan.sideSplit === undefined ? undefined : c < plan.sideSplit ? 'income' : 'expenditure';
    const panel = panelOf(plan, c);
    const key = `${side ?? ''}:${panel}`;
    let p = parts.get(key);
    if (!p) {
      p = { side, panel, codeParts: ['', '', ''], name: '', cells: {} };
      parts.set(key, p);
    }
    return p;
  };
  plan.uses.forEach((use, c) => {
    const text = row.texts[c] ?? '';
    const p = partFor(c);
    if (use.use === 'code') {
      const t = norm(text);
      // Words in a code column (合计 spanning code and name) are the line's name.
      if (t !== '' && !/\d/u.test(t)) {
        if (p.name === '') p.name = text;
        return;
      }
      const digits = t.replace(/\D/gu, '');
      if (p.named) {
        p.pair ??= ['', '', ''];
        p.pair[use.level === 'joined' ? 0 : use.level] = digits;
      } else if (use.level === 'joined') p.joinedCode = digits;
      else p.codeParts[use.level] = digits;
    } else if (use.use === 'name') {
      if (p.named) {
        const m = CODE_IN_NAME.exec(norm(text));
        if (m && norm(text) !== '') p.namedPairs = [...(p.namedPairs ?? []), m[1].replace(/\s/gu, '')];
      }
      p.name = p.name === '' ? text : p.name;
      p.named = true;
    } else if (use.use === 'project') p.project = text;
    else if (
      TOTAL_LABEL.test(norm(text)) &&
      (use.use === 'unit' || use.use === 'ignore' || use.use === 'text')
    )
      p.totalLabel ??= text;
    else if (use.use === 'text' && norm(text) !== '')
      p.texts = { ...p.texts, [use.column.key]: displayText(text) };
    else if (use.use === 'unit') p.unit = text;
    else if (use.use === 'amount') {
      const amount = parseAmount(text);
      if (amount)
        p.cells[use.column.key] = {
          amount,
          text,
          prov: row.raw.cells.find((x) => x.col === c)?.prov ?? row.raw.prov,
        };
    }
  });
  void grid;
  for (const p of parts.values()) {
    // 合计 printed in the code (单位编码) column of a row whose name cell is blank: the row is the total line.
    if (p.totalLabel && norm(p.name) === '' && norm(p.project ?? '') === '') p.name = p.totalLabel;
    // A list without a name column (指导性目录 一级 | 二级 | 三级) is named by its first text.
    const firstText = Object.values(p.texts ?? {})[0];
    if (norm(p.name) === '' && norm(p.project ?? '') === '' && firstText) p.name = firstText;
  }
  return mergeNamelessBlocks([...parts.values()]);
}

/**
 * A later block's amounts printed without a code or name of their own belong to the line of the block before (the
 * closing "公用经费合计", its label spanning the blocks and its amount in the last).
 */
function mergeNamelessBlocks(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const before = out.filter((q) => q.side === p.side && q.panel < p.panel).pop();
    const nameless = norm(p.name) === '' && p.codeParts.every((d) => d === '') && !p.joinedCode;
    const unfilled = (q: Part) =>
      Object.values(q.cells).every((c) => c.amount.blank === 'empty' || c.amount.blank === 'dash');
    if (p.panel > 0 && nameless && before && unfilled(before) && !unfilled(p)) {
      before.cells = { ...before.cells, ...p.cells };
      continue;
    }
    out.push(p);
  }
  return out;
}

function hasContent(p: Part): boolean {
  return (
    norm(p.name) !== '' ||
    (p.project !== undefined && norm(p.project) !== '') ||
    norm(p.unit ?? '') !== '' ||
    Object.keys(p.texts ?? {}).length > 0 ||
    p.codeParts.some((d) => d !== '') ||
    (p.joinedCode ?? '') !== '' ||
    Object.values(p.cells).some((c) => !c.amount.blank || c.amount.blank === 'zero')
  );
}

export interface RowParseState {
  lastClass: Record<string, string>;
  /** The 类+款 digits of the last coded row, for 项 rows that print only their own two digits. */
  lastItem: Record<string, string>;
  /** Rows whose depth comes from printed numbering (一、 1. (1)). */
  numbered: Set<number>;
  rows: Row[];
}

function resolveCode(
  p: Part,
  scheme: CodeScheme | undefined,
  state: RowParseState,
  side: string,
): { code?: string; name: string } {
  let name = displayText(p.name);
  let code = p.joinedCode;
  // A 款 printed as its own two digits in the code column ("208", then "05"): under the 类 above it.
  if (code && /^\d{2}$/u.test(code) && state.lastClass[side]) code = state.lastClass[side] + code;
  if (!code && p.codeParts.some((d) => d !== '')) {
    const [cls, item, sub] = p.codeParts;
    // 款 rows sometimes print only the 款 digits, 项 rows only the 项 digits: the rest is implied by the rows above.
    if (cls === '' && item === '' && sub !== '') code = (state.lastItem[side] ?? '') + sub;
    else code = (cls !== '' ? cls : (state.lastClass[side] ?? '')) + item + (item !== '' ? sub : '');
  }
  if (!code) {
    const m = CODE_IN_NAME.exec(norm(p.name) === '' ? '' : p.name.trim());
    if (m && scheme) {
      code = m[1].replace(/\s/gu, '');
      name = displayText(m[2]);
    }
  }
  // 政府收支分类 codes start 1 (收入), 2 (支出功能), 3 or 5 (经济分类): "015" and "262001" are units' codes.
  if (code && !/^[1-5]\d{2}(\d{2}){0,2}$/u.test(code)) code = undefined;
  if (code) state.lastClass[side] = code.slice(0, 3);
  if (code && code.length >= 5) state.lastItem[side] = code.slice(0, 5);
  return { code, name };
}

/** The second code of a row, its missing 类 (or 类+款) taken from the row above as for the first. */
function pairCode(p: Part, state: RowParseState, side: string): string | undefined {
  if (p.namedPairs && p.namedPairs.length > 0) return p.namedPairs.join('/');
  if (!p.pair || p.pair.every((d) => d === '')) return undefined;
  const [cls, item, sub] = p.pair;
  const key = `pair:${side}`;
  let code: string;
  if (cls === '' && item === '' && sub !== '') code = (state.lastItem[key] ?? '') + sub;
  else code = (cls !== '' ? cls : (state.lastClass[key] ?? '')) + item + (item !== '' ? sub : '');
  if (!/^\d{3}(\d{2}){0,2}$/u.test(code)) return undefined;
  state.lastClass[key] = code.slice(0, 3);
  if (code.length >= 5) state.lastItem[key] = code.slice(0, 5);
  return code;
}

function kindOf(name: string, code: string | undefined): RowKind {
  const n = norm(name);
  if (!code && TOTAL_NAME.test(n)) return 'total';
  if (OF_WHICH.test(n)) return 'of-which';
  return 'item';
}

/** Outline parent for named lines: numbering depth, and 其中 groups (an of-which line continues until numbering). */
function placeInOutline(row: Row, state: RowParseState, numbered: number | undefined): void {
  // A subtotal (本年收入合计) closes the outline above it: it and the lines after it belong to no line before it.
  if (numbered === undefined && SUBTOTAL_NAME.test(norm(row.name))) return;
  const side = state.rows.filter((r) => r.side === row.side && r.kind !== 'total');
  let closed = -1;
  side.forEach((r, i) => {
    if (!r.code && SUBTOTAL_NAME.test(norm(r.name))) closed = i;
  });
  const before = side.slice(closed + 1).filter((r) => !r.code);
  const prev = before[before.length - 1];
  if (
    row.kind === 'of-which' ||
    (numbered === undefined && prev?.kind === 'of-which' && row.kind === 'item')
  ) {
    const parent = row.kind === 'of-which' ? prev : before.find((r) => r.index === prev?.parent);
    const owner =
      row.kind === 'of-which' && prev?.kind === 'of-which'
        ? before.find((r) => r.index === prev.parent)
        : parent;
    row.kind = 'of-which';
    if (owner) {
      row.parent = owner.index;
      row.depth = (owner.depth ?? 0) + 1;
    }
    return;
  }
  if (numbered !== undefined) {
    row.depth = numbered;
    state.numbered.add(row.index);
    const parent = [...before].reverse().find((r) => r.kind !== 'of-which' && (r.depth ?? 0) < numbered);
    if (parent) row.parent = parent.index;
    return;
  }
  // An unnumbered line belongs to the nearest numbered line above it (表4: "一、财政拨款" then "一般公共预算").
  const parent = [...before].reverse().find((r) => r.kind !== 'of-which' && state.numbered.has(r.index));
  if (parent) {
    row.parent = parent.index;
    row.depth = (parent.depth ?? 0) + 1;
  }
}

// "缴费支出2080506-机关事业单位职业年金": the last line of the row above's name, read into this row's cell.
const TAIL_BEFORE_CODE = /^(\p{Script=Han}{1,12})(\d{3}(?:\d{2}){0,2}[-－—].*)$/su;

/** A name cell that opens with the tail of the row above's wrapped name, then this row's "code-name". */
function moveWrappedTail(p: Part, state: RowParseState, side: string): void {
  const m = TAIL_BEFORE_CODE.exec(norm(p.name));
  const prev = state.rows[state.rows.length - 1];
  if (!m || !prev?.code || (prev.side ?? '') !== side) return;
  prev.name = displayText(prev.name + m[1]);
  prev.label = `${prev.label}${m[1]}`;
  p.name = m[2];
}

export function parseRow(
  grid: Grid,
  body: Grid['body'][number],
  plan: ColumnPlan,
  scheme: CodeScheme | undefined,
  state: RowParseState,
  panel = 0,
): void {
  for (const p of splitParts(grid, body, plan)) {
    if (p.panel !== panel || !hasContent(p)) continue;
    const side = p.side ?? '';
    if (scheme) moveWrappedTail(p, state, side);
    const resolved = resolveCode(p, scheme, state, side);
    // A name read by OCR may be one look-alike off the catalogue's or the layout's (ocr-names.ts).
    if (body.raw.prov.ocr) resolved.name = mendOcrName(resolved.name, resolved.code);
    const namedUnit = isUnitName(resolved.name) && (!resolved.code || resolved.code.length === 3);
    const code = namedUnit ? undefined : resolved.code;
    const unitLine = namedUnit || (!code && norm(resolved.name) === '' && norm(p.unit ?? '') !== '');
    const rawName = unitLine && !namedUnit ? displayText(p.unit ?? '') : resolved.name;
    const label0 = rawName !== '' ? rawName : displayText(p.project ?? '');
    const { depth, rest } = numberingDepth(norm(label0));
    const kind = kindOf(label0, code);
    const name = displayText(kind === 'of-which' ? rest.replace(OF_WHICH, '') : rest).replace(OF_WHICH, '');
    const row: Row = {
      index: state.rows.length,
      kind,
      name: code ? displayText(rawName) : name.replace(OF_WHICH, ''),
      label: code ? `${formatCode(code)} ${displayText(p.project || rawName)}`.trim() : displayText(label0),
      cells: p.cells,
      prov: body.raw.prov,
    };
    if (p.side) row.side = p.side;
    if (unitLine) row.unitLine = true;
    const pair = pairCode(p, state, side);
    if (code && pair) row.pairCode = pair;
    if (code) {
      row.code = code;
      if (scheme) row.codeScheme = scheme;
      row.depth = code.length === 3 ? 1 : code.length === 5 ? 2 : 3;
    } else if (kind !== 'total') placeInOutline(row, state, depth);
    if (p.project !== undefined && norm(p.project) !== '') row.texts = { project: displayText(p.project) };
    if (p.texts) row.texts = { ...row.texts, ...p.texts };
    if (kind === 'total' || (p.project && TOTAL_NAME.test(norm(p.project)) && !code)) row.kind = 'total';
    state.rows.push(row);
  }
}
