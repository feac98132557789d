/**
 * A table's context: the label (表5), title, unit and compiling department printed above it or in its first rows.
 */

import { TABLE_LABEL } from '../model/numbering.js';
import type { RawRow } from '../model/raw.js';
import type { Unit } from '../model/rounding.js';
import { norm } from './normalize.js';

export interface TableContext {
  label?: string;
  texts: string[];
  unit?: Unit;
  department?: string;
  /** Leading rows of the table that belong to the title block, not the header. */
  titleRows: number;
}

const LABEL = TABLE_LABEL;
const UNIT = /单位[:：]?(万元|千元|亿元|元)/u;
// 编制部门：X / 编制单位(盖章)：X, and as other layouts print it: 部门名称：X (深圳), 单位名称：X (广州), 部门（单位）：X (烟台).
const DEPARTMENT =
  /(?:编制(?:部门|单位)(?:[(（][^)）]*[)）])?|(?:预算)?(?:部门|单位)名称|^部门[(（]单位[)）])[:：]([^:：]+?)(?:[:：]|单位[:：]|$)/u;

/** A row is part of the title block when it has at most two non-empty cells and carries no amount. */
function isTitleRow(row: RawRow): boolean {
  const texts = row.cells.map((c) => norm(c.text)).filter((t) => t !== '');
  if (texts.length === 0 || texts.length > 3) return false;
  const joined = texts.join('');
  if (/\d+\.\d/u.test(joined) && !UNIT.test(joined)) return false;
  return LABEL.test(texts[0]) || UNIT.test(joined) || /编制/u.test(joined) || /表$/u.test(joined);
}

const isBlankRow = (row: RawRow) => row.cells.every((c) => norm(c.text) === '');

export function readContext(before: string[], rows: RawRow[]): TableContext {
  let titleRows = 0;
  let blank = 0;
  while (titleRows < rows.length && titleRows - blank < 4) {
    // A title block ruled into the table's grid may keep a blank row between its title and its unit line.
    if (
      isBlankRow(rows[titleRows]) &&
      titleRows > 0 &&
      rows[titleRows + 1] &&
      isTitleRow(rows[titleRows + 1])
    ) {
      blank++;
      titleRows++;
    } else if (isTitleRow(rows[titleRows])) titleRows++;
    else break;
  }
  const texts = [
    ...before.map(norm),
    ...rows.slice(0, titleRows).flatMap((r) => r.cells.map((c) => norm(c.text))),
  ].filter((t) => t !== '');
  const ctx: TableContext = { texts, titleRows };
  for (const t of texts) {
    const label = LABEL.exec(t);
    if (label) ctx.label = t;
    const unit = UNIT.exec(t);
    if (unit) ctx.unit = unit[1] as Unit;
    const dep = DEPARTMENT.exec(t);
    if (dep && dep[1].length > 1) ctx.department = dep[1].replace(/单位$/u, '');
  }
  return ctx;
}

/**
 * A unit line printed on the title's own line ("收入决算表　单位：万元"), with the compiling unit before it
 * ("收入总体情况表单位名称：广州市…局单位：万元").
 */
const UNIT_SUFFIX = /((编制(部门|单位)|(单位|部门)名称)[:：].*)?单位[:：]?(万元|千元|亿元|元)$/u;

/** The title as printed, without a unit (or 编制部门) printed on the same line. */
export function titleText(text: string): string {
  const t = norm(text);
  const stripped = t.replace(UNIT_SUFFIX, '');
  return stripped.length >= 4 ? stripped : t;
}

/** Strip what varies between printings of one title: the year, 部门/单位, quotes, a unit on the same line. */
export function titleKey(text: string): string {
  return titleText(text)
    .replace(/^\d{4}年(度)?/u, '')
    .replace(/部门[(（]单位[)）]|单位[(（]部门[)）]/gu, '')
    .replace(/^(部门|单位)/u, '')
    .replace(/[“”"'‘’]/gu, '');
}
