/**
 * The central departments' nine tables (中央部门预算: 部门收支总表 … 国有资本经营预算支出表) are read by the national
 * profile from their structure: each lands on its kind, every identity holds on a consistent page, and one changed
 * amount anywhere — the year before's 执行数 and 三公 figures included — is named and, where the identities can tell,
 * localized to its cell.
 */
import { describe, expect, it } from 'vitest';
import { readDocumentBytes } from '../src/ingest/index.js';
import { checkRaw } from '../src/pipeline/check.js';
import { amountCells, type CellChange, centralBudgetPage, printedAmount } from './kits/central-set.js';
import { sweepChanges } from './kits/change-sweep.js';

async function check(change?: CellChange) {
  const raw = await readDocumentBytes('central.html', new TextEncoder().encode(centralBudgetPage(change)));
  return checkRaw(raw, 'central.html').report;
}

describe('the central 9-table set', () => {
  it('lands every table on its kind and finds nothing on a consistent page', async () => {
    const report = await check();
    expect(report.tables.map((t) => t.kind)).toEqual([
      'income-expenditure-summary',
      'income-summary',
      'expenditure-summary',
      'fiscal-summary',
      'general-budget-expenditure',
      'general-budget-basic',
      'three-public',
      'gov-fund-expenditure',
      'state-capital-expenditure',
    ]);
    expect(report.findings).toEqual([]);
    expect(report.summary.identities.failed).toBe(0);
    expect(report.summary.identities.held).toBeGreaterThan(180);
  });

  it('reads the 三公 table year by year: the 执行数 group sums its own items', async () => {
    const report = await check();
    const t = report.tables.find((x) => x.kind === 'three-public')!;
    expect(t.columns.map((c) => c.role)).toEqual([
      'prior-total',
      'prior-part',
      'prior-total',
      'prior-part',
      'prior-part',
      'prior-part',
      'total',
      'overseas',
      'vehicle',
      'vehicle-purchase',
      'vehicle-operation',
      'reception',
    ]);
  });

  it('names every changed amount, and localizes most to their cell', async () => {
    const cells = amountCells();
    const { missed, exact } = await sweepChanges(cells, printedAmount, check);
    expect(missed).toEqual([]);
    expect(exact / cells.length).toBeGreaterThanOrEqual(0.8);
  }, 120_000);
});
