/**
 * Render: structured budget data → a disclosure consistent by construction (the reverse of checking), as text in
 * the Word-copied format, as HTML, as an Excel workbook, as a Word document or as a PDF.
 */
import { readFile } from 'node:fs/promises';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { nationalDocument, type RenderedDocument } from './national.js';
import { renderPdf } from './pdf.js';
import type { RenderedTable } from './table.js';
import { renderText } from './text.js';
import type { BudgetData, RenderOptions } from './types.js';
import { BudgetDataError } from './validate.js';
import { readBudgetWorkbook } from './workbook.js';
import { renderXlsx } from './xlsx.js';

export { exampleBudgetData } from './example.js';
export { amountCells, type Mutation, mutate } from './mutate.js';
export { nationalDocument, nationalTables, type RenderedDocument } from './national.js';
export { officeToPdf, PdfError } from './pdf.js';
export { type RandomOptions, randomBudgetData } from './random.js';
export { type HeaderCell, headerLines, placeHeader, type RenderedTable } from './table.js';
export type {
  BudgetData,
  EconomicClass,
  EconomicLine,
  FunctionItem,
  Money,
  PriorYear,
  Project,
  RenderOptions,
  ThreePublic,
} from './types.js';
export { BudgetDataError, toLedger, validateBudgetData } from './validate.js';
export { budgetTemplate, readBudgetWorkbook } from './workbook.js';
export { SHEETS as TEMPLATE_SHEETS } from './workbook-schema.js';
export { BudgetDataError as RenderError };

export type RenderFormat = 'text' | 'html' | 'xlsx' | 'docx' | 'pdf';

export function renderDisclosure(data: BudgetData, format: 'text' | 'html', options?: RenderOptions): string;
export function renderDisclosure(
  data: BudgetData,
  format: 'xlsx' | 'docx' | 'pdf',
  options?: RenderOptions,
): Promise<Buffer>;
export function renderDisclosure(
  data: BudgetData,
  format: RenderFormat,
  options?: RenderOptions,
): string | Promise<Buffer>;
export function renderDisclosure(
  data: BudgetData,
  format: RenderFormat,
  options: RenderOptions = {},
): string | Promise<Buffer> {
  return renderAs(nationalDocument(data, options), format);
}

function renderAs(doc: RenderedDocument, format: RenderFormat): string | Promise<Buffer> {
  if (format === 'text') return renderText(doc);
  if (format === 'html') return renderHtml(doc);
  if (format === 'docx') return renderDocx(doc);
  if (format === 'pdf') return renderPdf(doc);
  return renderXlsx(doc);
}

/** The given tables (e.g. with a deliberate misprint) rendered in any format. */
export function renderTables(
  data: BudgetData,
  tables: RenderedTable[],
  format: RenderFormat,
): string | Promise<Buffer> {
  return renderAs({ ...nationalDocument(data), tables }, format);
}

/** The text rendering (the seed's Word-copied format). */
export function renderDisclosureText(data: BudgetData, options: RenderOptions = {}): string {
  return renderDisclosure(data, 'text', options);
}

/** The text rendering with the given tables in place of the computed ones (e.g. mutated for a property test). */
export function renderTablesText(data: BudgetData, tables: RenderedTable[]): string {
  return renderText({ ...nationalDocument(data), tables });
}

/**
 * Read and validate structured data: a BudgetData JSON file, or a filled workbook of `gongkai render --template`
 * (told apart by content: a workbook is a zip). Every problem is reported in Chinese.
 */
export async function loadBudgetData(path: string): Promise<BudgetData> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new BudgetDataError([
      `无法读取 ${path}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`,
    ]);
  }
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    const data = await readBudgetWorkbook(bytes, path);
    nationalDocument(data);
    return data;
  }
  const text = bytes.toString('utf8');
  let data: BudgetData;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (e) {
    throw new BudgetDataError([
      `${path} 不是合法的 JSON：${(e as Error).message}（格式见 examples/example-budget.json）`,
    ]);
  }
  nationalDocument(data);
  return data;
}
