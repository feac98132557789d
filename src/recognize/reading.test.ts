/**
 * Abilities every layout gains from the real documents' ways of printing (see test/pdf-more-corpus.test.ts for
 * the documents): column-number rows, stacked units' blocks, rows cut by a page break, wrapped amounts, and
 * digits spread apart by justification.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { continuesAmount, joinWrapped } from '../ingest/pdf/text.js';
import type { Row } from '../model/disclosure.js';
import type { RawRow } from '../model/raw.js';
import { joinRows, restOfRow } from '../model/raw-rows.js';
import { markBlocks } from './blocks.js';
import { readContext } from './context.js';
import { isColumnNumberRow } from './grid.js';
import { normalizeNarrative } from './narrative/index.js';

const raw = (...texts: string[]): RawRow => ({
  cells: texts.map((text, col) => ({ text, col, colSpan: 1, rowSpan: 1, prov: {} })),
  prov: {},
});

const coded = (code: string): Row => ({
  index: 0,
  kind: 'item',
  code,
  name: code,
  label: code,
  cells: { total: { amount: { value: new Decimal(1), decimals: 0, printed: '1' }, text: '1', prov: {} } },
  prov: {},
});

describe('reading real layouts', () => {
  it('takes a row that numbers the columns for header, not figures', () => {
    expect(isColumnNumberRow(raw('**', '1', '2', '3', '4'))).toBe(true);
    expect(isColumnNumberRow(raw('栏次', '1', '2', '3'))).toBe(true);
    expect(isColumnNumberRow(raw('合计', '12', '7', '5'))).toBe(false);
    expect(isColumnNumberRow(raw('201', '1', '3', '4'))).toBe(false);
    // A table that numbers none of its columns marks each (西安 专项业务经费支出表).
    expect(isColumnNumberRow(raw('**', '**', '**', '**'))).toBe(true);
    expect(isColumnNumberRow(raw('**', '合计', '', ''))).toBe(false);
  });

  it('reads a title block ruled into the grid, a blank row between the title and the unit line', () => {
    const rows = [
      raw('表11', '', '', ''),
      raw('2019年部门综合预算财政拨款结转资金支出表', '', '', ''),
      raw('', '', '', ''),
      raw('', '', '', '单位：万元'),
      raw('预算单位代码', '预算单位名称', '预算项目名称', '金额'),
    ];
    const ctx = readContext([], rows);
    expect(ctx.titleRows).toBe(4);
    expect([ctx.label, ctx.unit]).toEqual(['表11', '万元']);
    expect(readContext([], [raw('', '', ''), raw('单位：元', '', '')]).titleRows).toBe(0);
  });

  it('reads ascending runs that repeat as blocks, and a single repeat as none', () => {
    const stacked = ['2010501', '2080505', '2210201', '2010501', '2080505', '2210201'].map(coded);
    expect(markBlocks(stacked)).toBe(2);
    expect(stacked.map((r) => r.block)).toEqual([1, 1, 1, 2, 2, 2]);
    const once = ['2010501', '2080505', '2010501'].map(coded);
    expect(markBlocks(once)).toBe(0);
    expect(once.every((r) => r.block === undefined)).toBe(true);
  });

  it('joins the rest of a row cut by a page break, and only with the digits as evidence', () => {
    const last = raw('杭州市机动', '14,549.64', '12,437.3');
    const rest = raw('车驾驶员考试服务中心', '', '6');
    expect(restOfRow(last, rest)).toBe(true);
    expect(joinRows(last, rest).cells.map((c) => c.text)).toEqual([
      '杭州市机动车驾驶员考试服务中心',
      '14,549.64',
      '12,437.36',
    ]);
    expect(restOfRow(last, raw('下一单位', '', ''))).toBe(false);
    expect(restOfRow(last, raw('下一单位', '3.00', ''))).toBe(false);
  });

  it('reads an amount wrapped in its cell as one amount', () => {
    expect(continuesAmount('370,219.2', '5')).toBe(true);
    expect(joinWrapped(['370,219.2', '5'])).toBe('370,219.25');
    expect(continuesAmount('行政运行', '5')).toBe(false);
    expect(joinWrapped(['12.00', '合计'])).toBe('12.00合计');
  });

  it('reads the digits of a justified line as one number', () => {
    expect(normalizeNarrative('2 0 2 6 年收入预算 1 5 4 , 7 2 8 . 0 9万元')).toBe(
      '2026 年收入预算 154728.09万元',
    );
    expect(normalizeNarrative('第 1 2 页')).toBe('第 1 2 页');
  });
});
