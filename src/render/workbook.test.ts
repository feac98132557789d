/**
 * The fill-in workbook: `render --template` writes it, a finance office fills it, `render 填好的.xlsx` reads it —
 * and the disclosure is the one the same data gives as JSON. The filling here is done as a user would: by the
 * printed headers and labels, finding each code's row or adding one.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type BudgetData,
  budgetTemplate,
  exampleBudgetData,
  loadBudgetData,
  randomBudgetData,
  renderDisclosureText,
  TEMPLATE_SHEETS,
} from './index.js';
import {
  ECONOMIC_COLUMNS,
  INFO_ROWS,
  ITEM_COLUMNS,
  PRIOR_ROWS,
  PROJECT_COLUMNS,
  THREE_PUBLIC_ROWS,
  unitFundsRow,
} from './workbook-schema.js';

const work = mkdtempSync(join(tmpdir(), 'gongkai-workbook-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Row = Record<string, string | number | undefined>;

/**
 * Put a row's values under the headers of a sheet, on the row whose first cell is `key` (added when absent, or
 * always for a new project).
 */
function fillRow(sheet: ExcelJS.Worksheet, key: string, values: Row, add = false): void {
  const header = new Map<string, number>();
  sheet.getRow(1).eachCell((c, col) => header.set(String(c.value), col));
  let row: ExcelJS.Row | undefined;
  if (!add)
    sheet.eachRow((r, n) => {
      if (n > 1 && !row && String(r.getCell(1).value ?? '') === key) row = r;
    });
  row ??= sheet.addRow([key]);
  for (const [label, v] of Object.entries(values)) {
    if (v === undefined) continue;
    // A user types numbers into amount cells; Excel stores them as numbers.
    row.getCell(header.get(label) as number).value =
      typeof v === 'string' && /^\d+(\.\d+)?$/u.test(v) ? Number(v) : v;
  }
}

function setLabelled(sheet: ExcelJS.Worksheet, label: string, value: string | number | undefined, col = 2) {
  if (value === undefined) return;
  sheet.eachRow((r) => {
    if (r.getCell(1).value === label)
      r.getCell(col).value =
        typeof value === 'string' && /^\d+(\.\d+)?$/u.test(value) ? Number(value) : value;
  });
}

const label = (cols: readonly (readonly [string, string])[], key: string) =>
  (cols.find(([k]) => k === key) as [string, string])[1];

async function fill(data: BudgetData): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await budgetTemplate()) as unknown as ArrayBuffer);
  const sheet = (name: string) => book.getWorksheet(name) as ExcelJS.Worksheet;
  const info = sheet(TEMPLATE_SHEETS.info);
  setLabelled(info, INFO_ROWS.department, data.department);
  setLabelled(info, INFO_ROWS.year, data.year);
  setLabelled(info, INFO_ROWS.unit, data.unit);
  if (data.administrative === false) setLabelled(info, INFO_ROWS.administrative, '否');
  for (const [line, v] of Object.entries(data.unitFundsSources ?? {}))
    setLabelled(info, unitFundsRow(line as never), v);
  if (data.unitFundsSource && !data.unitFundsSources) {
    const total = data.items.reduce((s, i) => s + Number(i.unitFunds ?? 0) * 100, 0);
    if (total > 0) setLabelled(info, unitFundsRow(data.unitFundsSource), (total / 100).toFixed(2));
  }
  const col = (k: string) => label(ITEM_COLUMNS, k);
  for (const i of data.items)
    fillRow(sheet(TEMPLATE_SHEETS.items), i.code, {
      [col('basic')]: i.generalBudget?.basic,
      [col('project')]: i.generalBudget?.project,
      [col('upperTransfer')]: i.upperTransfer,
      [col('govFund')]: i.govFund,
      [col('stateCapital')]: i.stateCapital,
      [col('specialAccount')]: i.specialAccount,
      [col('unitFunds')]: i.unitFunds,
      [col('fiscalCarryover')]: i.fiscalCarryover,
      [col('nonFiscalCarryover')]: i.nonFiscalCarryover,
      [col('priorGeneralBudget')]: i.priorGeneralBudget,
    });
  for (const e of data.economic)
    fillRow(sheet(TEMPLATE_SHEETS.economic), e.code, {
      ...(e.name ? { [label(ECONOMIC_COLUMNS, 'name')]: e.name } : {}),
      [label(ECONOMIC_COLUMNS, 'personnel')]: e.personnel,
      [label(ECONOMIC_COLUMNS, 'operating')]: e.operating,
    });
  for (const p of data.projects) {
    const row: Row = { [label(PROJECT_COLUMNS, 'name')]: p.name };
    for (const [c, v] of Object.entries(p.amounts)) row[label(PROJECT_COLUMNS, c)] = v;
    fillRow(sheet(TEMPLATE_SHEETS.projects), p.code, row, true);
  }
  for (const [k, l] of THREE_PUBLIC_ROWS) {
    setLabelled(sheet(TEMPLATE_SHEETS.threePublic), l, data.threePublic[k]);
    setLabelled(sheet(TEMPLATE_SHEETS.threePublic), l, data.prior?.threePublic?.[k], 3);
  }
  const prior = {
    ...data.prior,
    finalBudget: data.prior?.final?.budget,
    finalActual: data.prior?.final?.actual,
  };
  for (const [k, l] of PRIOR_ROWS)
    setLabelled(sheet(TEMPLATE_SHEETS.prior), l, prior[k as keyof typeof prior] as string | undefined);
  const file = join(work, `filled-${data.department}-${data.year}-${Math.random()}.xlsx`);
  writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
  return file;
}

describe('render --template and a filled workbook', () => {
  it('the template has a sheet per part of the data, with headers and the code and name rows to fill', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await budgetTemplate()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(Object.values(TEMPLATE_SHEETS));
    const items = book.getWorksheet(TEMPLATE_SHEETS.items) as ExcelJS.Worksheet;
    expect(items.getRow(1).getCell(1).value).toBe('功能分类科目编码（项）');
    expect(items.getRow(2).values).toEqual([undefined, '2010301', '行政运行']);
    expect(items.rowCount).toBeGreaterThan(30);
  });

  it('data → template filled → render gives the disclosure of the same data as JSON (example and 20 random)', async () => {
    const all = [exampleBudgetData(), ...Array.from({ length: 20 }, (_, k) => randomBudgetData(k + 1))];
    for (const data of all) {
      // The 说明's wording (growth phrasing, asides) is a JSON-only option; the figures are all in the workbook.
      delete data.style;
      const json = join(work, 'data.json');
      writeFileSync(json, JSON.stringify(data));
      const fromJson = renderDisclosureText(await loadBudgetData(json));
      const fromBook = renderDisclosureText(await loadBudgetData(await fill(data)));
      expect(fromBook).toBe(fromJson);
    }
  }, 120_000);

  it('a workbook without its sheets is named, in Chinese; input is told apart by content, not by name', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1');
    const bad = join(work, 'bad.xlsx');
    writeFileSync(bad, Buffer.from(await book.xlsx.writeBuffer()));
    await expect(loadBudgetData(bad)).rejects.toThrow(/缺少工作表“基本信息”/u);
    const jsonNamedXlsx = join(work, 'data-really-json.xlsx');
    writeFileSync(jsonNamedXlsx, JSON.stringify(exampleBudgetData()));
    expect((await loadBudgetData(jsonNamedXlsx)).department).toBe(exampleBudgetData().department);
  });
});
