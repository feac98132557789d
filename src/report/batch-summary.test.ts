import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/kits/reports.js';
import { displayWidth, renderBatchSummary } from './batch-summary.js';
import { SCHEMA_VERSION } from './types.js';

describe('renderBatchSummary', () => {
  it('is a table of file, tables, errors, warnings and status, with totals and the time taken', () => {
    const text = renderBatchSummary(
      {
        schemaVersion: SCHEMA_VERSION,
        documents: [
          sampleReport(),
          {
            schemaVersion: SCHEMA_VERSION,
            file: '坏.pdf',
            error: { code: 'corrupt', message: '文件 坏.pdf：文件已损坏' },
          },
        ],
      },
      { millis: 2345 },
    );
    expect(text.split('\n')).toEqual([
      '批量检查汇总',
      '文件                              表格  错误  警告  状态',
      '示例局 2024 预算 "公开" <版>.txt     1     3     2  有错误',
      '坏.pdf                               -     -     -  无法读取：文件已损坏',
      '共 2 个文件：检查 1 个，无法读取 1 个；表格 1 张，错误 3，警告 2，用时 2.3 秒。',
      '',
    ]);
  });

  it('counts a Chinese character as two columns', () => {
    expect(displayWidth('表1 ab')).toBe(6);
    expect(displayWidth('（１）')).toBe(6);
  });
});
