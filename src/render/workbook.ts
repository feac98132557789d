/**
 * Structured data from Excel: `gongkai render --template` writes the fill-in workbook (a sheet per part of the
 * data, headers, the code and name rows to fill), and a filled one is read back into BudgetData — what a finance
 * office types in Excel instead of JSON. Blank cells are zero; a row with no amount is left out.
 */
import ExcelJS from 'exceljs';
import { ECONOMIC_LINES, FUNCTION_SECTIONS } from './names.js';
import type {
  BudgetData,
  EconomicLine,
  FunctionItem,
  Project,
  ThreePublic,
  UnitFundsSource,
} from './types.js';
import { BudgetDataError } from './validate.js';
import {
  ECONOMIC_COLUMNS,
  INFO_ROWS,
  ITEM_COLUMNS,
  PRIOR_ROWS,
  PROJECT_CLASSES,
  PROJECT_COLUMNS,
  SHEETS,
  THREE_PUBLIC_COLUMNS,
  THREE_PUBLIC_ROWS,
  UNIT_FUNDS_LINES,
  unitFundsRow,
} from './workbook-schema.js';

const NOTE = '金额单位与“基本信息”一致，最多两位小数；空白即为零；没有金额的行不生成。';

function addSheet(book: ExcelJS.Workbook, name: string, header: string[], rows: string[][]): void {
  const sheet = book.addWorksheet(name);
  sheet.addRow(header).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.columns.forEach((col, k) => {
    col.width = k < 2 ? 28 : 16;
    // Codes are text: Excel would otherwise show 2010301 as a number and drop nothing, but 30101 sorts oddly.
    if (k === 0) col.numFmt = '@';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The fill-in workbook of the national layout. */
export async function budgetTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'gongkai';
  addSheet(
    book,
    SHEETS.info,
    ['项目', '内容'],
    [
      ...Object.values(INFO_ROWS).map((label) => [label, '']),
      ...UNIT_FUNDS_LINES.map((line) => [unitFundsRow(line), '']),
    ],
  );
  const items = FUNCTION_SECTIONS.flatMap((s) => s.items.map(([code, name]) => [code, name]));
  addSheet(
    book,
    SHEETS.items,
    ITEM_COLUMNS.map(([, h]) => h),
    items,
  );
  addSheet(
    book,
    SHEETS.economic,
    ECONOMIC_COLUMNS.map(([, h]) => h),
    ECONOMIC_LINES.map(([c, n]) => [c, n]),
  );
  addSheet(
    book,
    SHEETS.projects,
    PROJECT_COLUMNS.map(([, h]) => h),
    [],
  );
  addSheet(
    book,
    SHEETS.threePublic,
    THREE_PUBLIC_COLUMNS,
    THREE_PUBLIC_ROWS.map(([, label]) => [label]),
  );
  addSheet(
    book,
    SHEETS.prior,
    ['项目', '金额'],
    PRIOR_ROWS.map(([, label]) => [label]),
  );
  book.getWorksheet(SHEETS.info)?.addRow([]);
  book.getWorksheet(SHEETS.info)?.addRow([NOTE]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A cell's value as text: numbers as JavaScript prints them, formulas by their saved result, rich text joined. */
function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date) return '';
  if ('result' in v) return text(v.result as ExcelJS.CellValue);
  if ('richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('text' in v) return String(v.text).trim();
  return '';
}

/** An amount: blank or zero is left out (zero), anything else passes as text to the data's validation. */
const amount = (v: ExcelJS.CellValue): string | undefined => {
  const s = text(v).replace(/[,，\s]/gu, '');
  return s === '' || Number(s) === 0 ? undefined : s;
};

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly book: ExcelJS.Workbook) {}

  sheet(name: string): ExcelJS.Worksheet | undefined {
    const s = this.book.getWorksheet(name);
    if (!s) this.problems.push(`缺少工作表“${name}”（请用 gongkai render --template 生成的模板填写）`);
    return s;
  }

  /** Body rows as objects keyed by the schema's keys, found by header text (columns may be moved). */
  table<K extends string>(
    name: string,
    columns: readonly (readonly [K, string])[],
  ): Record<K, ExcelJS.CellValue>[] {
    const sheet = this.sheet(name);
    if (!sheet) return [];
    const header = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, col) => header.set(text(cell.value), col));
    const at = new Map<K, number>();
    for (const [key, label] of columns) {
      const col = header.get(label);
      if (col === undefined) this.problems.push(`工作表“${name}”缺少列“${label}”`);
      else at.set(key, col);
    }
    const out: Record<K, ExcelJS.CellValue>[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      out.push(
        Object.fromEntries(
          columns.map(([key]) => [key, at.has(key) ? row.getCell(at.get(key)!).value : null]),
        ) as Record<K, ExcelJS.CellValue>,
      );
    }
    return out;
  }

  /** Label → value of a two-column sheet (基本信息, 上年数), and of 三公经费 by its columns. */
  labelled(name: string, col = 2): Map<string, ExcelJS.CellValue> {
    const sheet = this.sheet(name);
    const out = new Map<string, ExcelJS.CellValue>();
    sheet?.eachRow((row) => out.set(text(row.getCell(1).value), row.getCell(col).value));
    return out;
  }
}

function info(
  r: Reader,
): Pick<BudgetData, 'department' | 'year' | 'unit' | 'administrative' | 'unitFundsSources'> {
  const m = r.labelled(SHEETS.info);
  const year = Number(text(m.get(INFO_ROWS.year) ?? null));
  const admin = text(m.get(INFO_ROWS.administrative) ?? null);
  const sources = Object.fromEntries(
    UNIT_FUNDS_LINES.flatMap((line): [UnitFundsSource, string][] => {
      const v = amount(m.get(unitFundsRow(line)) ?? null);
      return v === undefined ? [] : [[line, v]];
    }),
  );
  return {
    department: text(m.get(INFO_ROWS.department) ?? null),
    year,
    unit: text(m.get(INFO_ROWS.unit) ?? null) as BudgetData['unit'],
    ...(admin === '否' ? { administrative: false } : {}),
    ...(Object.keys(sources).length > 0 ? { unitFundsSources: sources } : {}),
  };
}

/** Keep only the fields that hold something, so the data reads as a JSON file with omitted zeros would. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function items(r: Reader): FunctionItem[] {
  return r.table(SHEETS.items, ITEM_COLUMNS).flatMap((row) => {
    const a = (k: keyof typeof row) => amount(row[k]);
    const basic = a('basic');
    const project = a('project');
    const item = defined<FunctionItem>({
      code: text(row.code),
      generalBudget: basic || project ? defined({ basic, project }) : undefined,
      upperTransfer: a('upperTransfer'),
      govFund: a('govFund'),
      stateCapital: a('stateCapital'),
      specialAccount: a('specialAccount'),
      unitFunds: a('unitFunds'),
      fiscalCarryover: a('fiscalCarryover'),
      nonFiscalCarryover: a('nonFiscalCarryover'),
    });
    if (Object.keys(item).length === 1) return [];
    const prior = text(row.priorGeneralBudget).replace(/[,，\s]/gu, '');
    return [prior === '' ? item : { ...item, priorGeneralBudget: prior }];
  });
}

function economic(r: Reader): EconomicLine[] {
  return r.table(SHEETS.economic, ECONOMIC_COLUMNS).flatMap((row) => {
    const line = defined<EconomicLine>({
      code: text(row.code),
      personnel: amount(row.personnel),
      operating: amount(row.operating),
    });
    return Object.keys(line).length === 1 ? [] : [line];
  });
}

function projects(r: Reader): Project[] {
  return r.table(SHEETS.projects, PROJECT_COLUMNS).flatMap((row) => {
    const amounts = defined(Object.fromEntries(PROJECT_CLASSES.map((c) => [c, amount(row[c])])));
    if (text(row.name) === '' && Object.keys(amounts).length === 0) return [];
    return [{ code: text(row.code), name: text(row.name), amounts }];
  });
}

function threePublic(r: Reader, col: number): ThreePublic | undefined {
  const m = r.labelled(SHEETS.threePublic, col);
  const out = defined(
    Object.fromEntries(THREE_PUBLIC_ROWS.map(([k, label]) => [k, amount(m.get(label) ?? null)])),
  );
  return Object.keys(out).length === 0 ? undefined : out;
}

function prior(r: Reader, lastYearThree: ThreePublic | undefined): BudgetData['prior'] {
  const m = r.labelled(SHEETS.prior);
  const v = Object.fromEntries(
    PRIOR_ROWS.map(([k, label]) => [k, text(m.get(label) ?? null).replace(/[,，\s]/gu, '') || undefined]),
  ) as Record<(typeof PRIOR_ROWS)[number][0], string | undefined>;
  const { finalBudget, finalActual, ...rest } = v;
  const out = defined({
    ...rest,
    threePublic: lastYearThree,
    final: finalBudget && finalActual ? { budget: finalBudget, actual: finalActual } : undefined,
  });
  return Object.keys(out).length === 0 ? undefined : out;
}

/** A filled workbook → BudgetData (validated by the caller as JSON data is); a missing sheet or column is named. */
export async function readBudgetWorkbook(bytes: Uint8Array, path: string): Promise<BudgetData> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    throw new BudgetDataError([`${path} 不是可读的 Excel 工作簿：${(e as Error).message}`]);
  }
  const r = new Reader(book);
  const data: BudgetData = defined({
    ...info(r),
    items: items(r),
    economic: economic(r),
    projects: projects(r),
    threePublic: threePublic(r, 2) ?? {},
    prior: prior(r, threePublic(r, 3)),
  });
  if (r.problems.length > 0) throw new BudgetDataError(r.problems);
  return data;
}
