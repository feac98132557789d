/**
 * Tables → the text format of a Word document copied as text (the seed's format): a cell is a line starting
 * with TAB, a blank line ends a row, paragraphs are plain lines.
 */
import type { RenderedTable } from './national.js';
import type { BudgetData } from './types.js';

function tableText(t: RenderedTable, d: BudgetData): string {
  const rows = [...t.header, ...t.rows].map((r) => `${r.map((c) => `\t${c}`).join('\n')}\n`).join('\n');
  const lines = [t.label, t.title, `编制部门（单位）：${d.department}          单位：${d.unit}`, rows];
  if (t.note) lines.push(t.note, '');
  return lines.join('\n');
}

export function renderText(d: BudgetData, tables: RenderedTable[]): string {
  return [
    `${d.department}${d.year}年部门预算`,
    '',
    `第二部分  ${d.year}年部门（单位）预算公开表`,
    '',
    ...tables.map((t) => tableText(t, d)),
  ].join('\n');
}
