/**
 * Titles read by OCR with a character taken for a look-alike (支 → 文 in bold print) still name their table; text
 * from a text layer is never changed.
 */
import { describe, expect, it } from 'vitest';
import type { RawDocument, RawRow } from '../model/raw.js';
import { recognize } from './index.js';
import { mendOcrTitle, mendOcrTitleRows } from './ocr-title.js';

const row = (ocr: boolean, ...texts: string[]): RawRow => ({
  cells: texts.map((text, col) => ({ text, col, colSpan: 1, rowSpan: 1, prov: ocr ? { ocr: {} } : {} })),
  prov: ocr ? { ocr: {} } : {},
});

describe('OCR’d table titles', () => {
  it('puts back the look-alikes that make a reading name a table, fewest first', () => {
    expect(mendOcrTitle('2025年部门财务收文预算总表')).toBe('2025年部门财务收支预算总表');
    expect(mendOcrTitle('2025年部门一般公共预算文出功能分类预算表')).toBe(
      '2025年部门一般公共预算支出功能分类预算表',
    );
    expect(mendOcrTitle('2024年部门收人文出决算总表')).toBe('2024年部门收入支出决算总表');
    expect(mendOcrTitle('2026 年度一般公共预算 “王公”经费支出预算表')).toBe(
      '2026 年度一般公共预算 “三公”经费支出预算表',
    );
    expect(mendOcrTitle('2026 年度政府性基金预算拨称支出预算表')).toBe(
      '2026 年度政府性基金预算拨款支出预算表',
    );
  });

  it('puts back a bracket lost from a title the layouts print', () => {
    expect(mendOcrTitle('部门单位) 收入总体情况表')).toBe('部门(单位)收入总体情况表');
    expect(mendOcrTitle('2024年部门(单位收支总体情况表')).toBe('2024年部门(单位)收支总体情况表');
    expect(mendOcrTitle('部门(单位)收入总体情况表')).toBe('部门(单位)收入总体情况表');
  });

  it('leaves a reading alone that names a table, is no title, or names none even when mended', () => {
    expect(mendOcrTitle('2025年部门收入预算总表')).toBe('2025年部门收入预算总表');
    expect(mendOcrTitle('关于文件的说明')).toBe('关于文件的说明');
    expect(mendOcrTitle('人员文化程度统计表')).toBe('人员文化程度统计表');
  });

  it('mends OCR’d cells of a title printed inside the grid, not the text layer’s', () => {
    const rows = [row(true, '部门财务收文预算总表'), row(false, '部门财务收文预算总表')];
    const [ocr, text] = mendOcrTitleRows(rows);
    expect(ocr.cells[0].text).toBe('部门财务收支预算总表');
    expect(text.cells[0].text).toBe('部门财务收文预算总表');
  });

  it('recognizes a table under an OCR’d title, and not under the same text from a text layer', () => {
    const doc = (ocr: boolean): RawDocument => ({
      source: { path: 'x.pdf', format: 'pdf' },
      warnings: [],
      blocks: [
        { type: 'paragraph', text: '2025年部门收文预算总表', prov: ocr ? { ocr: {} } : {} },
        {
          type: 'table',
          gridded: true,
          prov: ocr ? { ocr: {} } : {},
          rows: [
            row(ocr, '项目', '收入', '支出'),
            row(ocr, '一、一般公共预算拨款', '10.00', '一、一般公共服务支出', '10.00'),
            row(ocr, '收入总计', '10.00', '支出总计', '10.00'),
          ],
        },
      ],
    });
    expect(recognize(doc(true)).tables.map((t) => t.title)).toEqual(['2025年部门收支预算总表']);
    expect(recognize(doc(false)).tables).toEqual([]);
  });
});
