import { describe, expect, it } from 'vitest';
import { parseWordText } from './index.js';

const cells = (...c: string[]) => c.map((x) => `\t${x}`).join('\n');

describe('parseWordText', () => {
  it('reads paragraphs and tables with line provenance', () => {
    const doc = parseWordText(
      ['标题', '', cells('a', 'b', 'c'), '', cells('1', '2', '3'), '', '说明。'].join('\n'),
    );
    expect(doc.blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    const t = doc.blocks[1];
    if (t.type !== 'table') throw new Error('expected a table');
    expect(t.gridded).toBe(false);
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(t.rows[1].cells[2].prov).toEqual({ line: 9 });
  });

  it('mends a row cut in two by a line break at the end of a cell', () => {
    const text = [
      cells('项目', '金额', '科目', '金额'),
      '',
      cells('1.甲', '1.00', '201 一', '2.00'),
      '',
      cells('2.乙'),
      '',
      cells('3.00', '202 二', '4.00'),
      '',
    ].join('\n');
    const t = parseWordText(text).blocks[0];
    if (t.type !== 'table') throw new Error('expected a table');
    expect(t.rows.map((r) => r.cells.length)).toEqual([4, 4, 4]);
    expect(t.rows[2].cells.map((c) => c.text)).toEqual(['2.乙', '3.00', '202 二', '4.00']);
  });

  it('keeps a cell text continued on a plain line (with and without a blank line before it)', () => {
    const text = [
      cells('合计', '1', '2', '3', '4'),
      '',
      cells('公务用车购置及运行费'),
      '',
      '（小计）',
      cells('14', '14', '', ''),
      '',
      cells('目标', '目标1：甲'),
      '目标2：乙',
      '',
    ].join('\n');
    const t = parseWordText(text).blocks[0];
    if (t.type !== 'table') throw new Error('expected a table');
    expect(t.rows[1].cells.map((c) => c.text)).toEqual([
      '公务用车购置及运行费\n（小计）',
      '14',
      '14',
      '',
      '',
    ]);
    expect(t.rows[2].cells[1].text).toBe('目标1：甲\n目标2：乙');
    expect(t.rows[2].cells[1].prov).toEqual({ line: 16, lineEnd: 17 });
  });

  it('ends a table at a note that follows a complete row', () => {
    const text = [cells('合计', '', ''), '', '', '本表为空表。', cells('表9', ''), ''].join('\n');
    const kinds = parseWordText(text).blocks.map((b) => b.type);
    expect(kinds).toEqual(['table', 'paragraph', 'table']);
  });

  it('strips U+3000 and trailing spaces from cells', () => {
    const t = parseWordText(cells('1986.59\u3000', '  201 一般公共服务支出 ', '\u3000')).blocks[0];
    if (t.type !== 'table') throw new Error('expected a table');
    expect(t.rows[0].cells.map((c) => c.text)).toEqual(['1986.59', '201 一般公共服务支出', '']);
  });
});
