/**
 * Row names read by OCR one character off a known name are put back: a 类 line keeps its code, a coded row its
 * catalogue name. A name that is known, too short, or as close to two names is left as read; a text layer's name
 * is never changed.
 */
import { describe, expect, it } from 'vitest';
import { oneEdit } from '../model/edit.js';
import type { RawDocument, RawRow } from '../model/raw.js';
import { recognize } from './index.js';
import { mendOcrHeaderRows, mendOcrName } from './ocr-names.js';

const row = (ocr: boolean, ...texts: string[]): RawRow => ({
  cells: texts.map((text, col) => ({ text, col, colSpan: 1, rowSpan: 1, prov: ocr ? { ocr: {} } : {} })),
  prov: ocr ? { ocr: {} } : {},
});

describe('OCR’d row names', () => {
  it('counts one edit: a character changed, added or lost', () => {
    expect(oneEdit('卫生健康文出', '卫生健康支出')).toBe(true);
    expect(oneEdit('应和急管理事务', '应急管理事务')).toBe(true);
    expect(oneEdit('应急管理事务', '应急管事务')).toBe(true);
    expect(oneEdit('卫生健康文出', '卫生健康文化出')).toBe(true);
    expect(oneEdit('卫生健康文出', '卫生文康支出')).toBe(false);
  });

  it('puts back the known name one edit away, keeping the line’s number', () => {
    expect(mendOcrName('三、卫生健康文出')).toBe('三、卫生健康支出');
    expect(mendOcrName('灾害防治及应和急管理支出')).toBe('灾害防治及应急管理支出');
    expect(mendOcrName('文出总计')).toBe('支出总计');
    // A coded row: the code's own names first.
    expect(mendOcrName('应和急管理事务', '22401')).toBe('应急管理事务');
    expect(mendOcrName('习有资本经营预算支出', '223')).toBe('国有资本经营预算支出');
  });

  it('leaves known, short, unknown and ambiguous readings as read', () => {
    expect(mendOcrName('一、一般公共服务支出')).toBe('一、一般公共服务支出');
    expect(mendOcrName('其他收入')).toBe('其他收入');
    expect(mendOcrName('文出')).toBe('文出');
    expect(mendOcrName('长沙文旅境外媒体宣传项目')).toBe('长沙文旅境外媒体宣传项目');
    expect(mendOcrName('12,345.00')).toBe('12,345.00');
  });

  it('mends the header words of an OCR’d table, not its body', () => {
    const rows = [
      row(true, '合计', '习有资本经营预算', '对附属单位补助文出'),
      row(true, '卫生健康文出', '1.00', '2.00'),
    ];
    const [header, body] = mendOcrHeaderRows(rows);
    expect(header.cells.map((c) => c.text)).toEqual(['合计', '国有资本经营预算', '对附属单位补助支出']);
    expect(body.cells[0].text).toBe('卫生健康文出');
  });

  it('mends the names of an OCR’d table only', () => {
    const doc = (ocr: boolean): RawDocument => ({
      source: { path: 'x.pdf', format: 'pdf' },
      warnings: [],
      blocks: [
        { type: 'paragraph', text: '2025年部门收支预算总表', prov: ocr ? { ocr: {} } : {} },
        {
          type: 'table',
          gridded: true,
          prov: ocr ? { ocr: {} } : {},
          rows: [
            row(ocr, '收入', '', '支出', ''),
            row(ocr, '项目', '预算数', '项目', '预算数'),
            row(ocr, '一、一般公共预算拨款', '30.00', '一、一般公共服务支出', '10.00'),
            row(ocr, '', '', '二、卫生健康文出', '20.00'),
            row(ocr, '收入总计', '30.00', '文出总计', '30.00'),
          ],
        },
      ],
    });
    const names = (ocr: boolean) => recognize(doc(ocr)).tables[0].rows.map((r) => r.name);
    expect(names(true)).toContain('卫生健康支出');
    expect(names(true)).toContain('支出总计');
    expect(names(false)).toContain('卫生健康文出');
  });
});
