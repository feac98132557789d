/**
 * The document in the text form of a Word file copied as text (the seed's format): a table cell is a line
 * starting with TAB, a blank line ends a table row, paragraphs are plain lines.
 */
import { GLOSSARY, type RenderedDocument } from './national.js';
import { headerLines, type RenderedTable } from './table.js';

function tableText(t: RenderedTable, doc: RenderedDocument): string[] {
  const rows = [...headerLines(t.header), ...t.rows];
  return [
    t.label,
    '',
    t.title,
    '',
    `编制部门（单位）：${doc.department}          单位：${doc.unit}`,
    ...rows.flatMap((r) => [...r.map((c) => `\t${c}`), '']),
    ...(t.note ? [t.note, ''] : []),
  ];
}

export function renderText(doc: RenderedDocument): string {
  const lines = [
    `${doc.department}${doc.year}年部门预算`,
    '',
    `第一部分  ${doc.department}概况`,
    '',
    `${doc.department}的主要职能、机构设置及人员情况以部门网站公布的内容为准。`,
    '',
    `第二部分  ${doc.year}年部门（单位）预算公开表`,
    '',
    ...doc.tables.flatMap((t) => tableText(t, doc)),
    `第三部分  ${doc.year}年部门（单位）预算情况说明`,
    '',
    ...doc.narrative.flatMap((s) => [s.heading, '', ...s.paragraphs, '']),
    '第四部分  名词解释',
    '',
    ...GLOSSARY,
    '',
  ];
  return `${lines.join('\n')}\n`;
}
