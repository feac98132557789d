/**
 * Render: structured budget data → a disclosure consistent by construction (the reverse of checking).
 */
import { readFile } from 'node:fs/promises';
import { nationalTables } from './national.js';
import { renderText } from './text.js';
import type { BudgetData } from './types.js';
import { validateBudgetData } from './validate.js';

export { exampleBudgetData } from './example.js';
export { amountCells, type Mutation, mutate } from './mutate.js';
export { nationalTables, type RenderedTable } from './national.js';
export { randomBudgetData } from './random.js';
export { renderText as renderTablesText } from './text.js';
export type { BudgetData, EconomicLine, FunctionItem, Project } from './types.js';
export { validateBudgetData } from './validate.js';

export class RenderError extends Error {}

export function renderDisclosureText(data: BudgetData, options: { zeroAsBlank?: boolean } = {}): string {
  const problems = validateBudgetData(data);
  if (problems.length > 0) throw new RenderError(`数据不一致，无法生成公开表：\n- ${problems.join('\n- ')}`);
  return renderText(data, nationalTables(data, options.zeroAsBlank ?? true));
}

export async function loadBudgetData(path: string): Promise<BudgetData> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new RenderError(`${path}：无法读取或不是合法的 JSON（${(e as Error).message}）`);
  }
  const d = data as BudgetData;
  if (
    !d ||
    typeof d !== 'object' ||
    !Array.isArray(d.items) ||
    !Array.isArray(d.economic) ||
    !Array.isArray(d.projects) ||
    !d.threePublic
  ) {
    throw new RenderError(
      `${path}：缺少 items、economic、projects 或 threePublic 字段（格式见 examples/example-budget.json）`,
    );
  }
  return d;
}
