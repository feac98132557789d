import { Decimal } from 'decimal.js';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { realReport, sampleReport } from '../../test/kits/reports.js';
import { tableDecimals } from './html-grid.js';
import type { DocumentReport } from './types.js';
import { exportXlsx, sheetName } from './xlsx.js';

async function readBack(report: DocumentReport): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await exportXlsx(report)) as unknown as ArrayBuffer);
  return book;
}

describe('exportXlsx', () => {
  it.each([
    ['sample', sampleReport],
    ['real', realReport],
  ])('keeps every amount of the %s report exactly', async (_, make) => {
    const report = make();
    const book = await readBack(report);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      ...report.tables.map((t) => sheetName(`${t.label} ${t.title}`, new Set())),
      '问题清单',
    ]);
    report.tables.forEach((table, i) => {
      const sheet = book.worksheets[i]!;
      const depth = Math.max(...table.columns.map((c) => c.header.length));
      const decimals = tableDecimals(table);
      for (const row of table.rows) {
        const xrow = sheet.getRow(depth + 1 + row.index);
        expect(`${xrow.getCell(1).value ?? ''} ${xrow.getCell(2).value}`.trim()).toBe(row.label.trim());
        table.columns.forEach((c, k) => {
          const cell = row.cells[c.key];
          const got = xrow.getCell(3 + k);
          if (!cell || cell.blank === 'empty') {
            expect(got.value).toBeNull();
            return;
          }
          expect(typeof got.value).toBe('number');
          expect(new Decimal(got.value as number).toFixed(decimals)).toBe(
            new Decimal(cell.value).toFixed(decimals),
          );
          expect(got.numFmt).toBe(decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');
        });
      }
    });
    const issues = book.getWorksheet('问题清单')!;
    expect(issues.getRow(1).values).toEqual([
      undefined,
      '规则',
      '级别',
      '表',
      '行',
      '栏',
      '应为',
      '实为',
      '相差',
      '说明',
    ]);
    expect(issues.rowCount).toBe(report.findings.length + 1);
  });

  it('merges header cells and puts the unit in the leaf headers', async () => {
    const sheet = (await readBack(sampleReport())).worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('编码');
    expect(sheet.getCell('C1').value).toBe('合计（万元）');
    expect(sheet.getCell('C2').isMerged).toBe(true);
    expect(sheet.getCell('D1').value).toBe('资金来源');
    expect(sheet.getCell('E1').isMerged).toBe(true);
    expect(sheet.getCell('D2').value).toBe('一般公共预算（万元）');
    expect(sheet.getCell('A4').value).toBe('210 11 02');
    expect(sheet.getCell('B4').value).toBe('事业单位医疗');
  });

  it('makes sheet names Excel accepts', () => {
    const taken = new Set<string>();
    expect(sheetName('表5 一般[公共]预算:支出*情况?表/附\\注', taken)).toBe(
      '表5 一般_公共_预算_支出_情况_表_附_注',
    );
    const long = '表7 一般公共预算项目支出情况表（按经济分类科目分列的明细表）';
    const a = sheetName(long, taken);
    const b = sheetName(long, taken);
    expect(a.length).toBeLessThanOrEqual(31);
    expect(b.length).toBeLessThanOrEqual(31);
    expect(a).not.toBe(b);
  });
});
