/**
 * The document in the text form of a Word file copied as text (the seed's format): a table cell is a line
 * starting with TAB, a blank line ends a table row, paragraphs are plain lines.
 */
import { frameOf, GLOSSARY, type Part, type RenderedDocument } from './national.js';
import { headerLines, type RenderedTable } from './table.js';

function tableText(t: RenderedTable, doc: RenderedDocument): string[] {
  const rows = [...headerLines(t.header), ...t.rows];
  return [
    t.label,
    '',
    t.title,
    '',
    `${frameOf(doc).preparedBy}          单位：${doc.unit}`,
    ...rows.flatMap((r) => [...r.map((c) => `\t${c}`), '']),
    ...(t.note ? [t.note, ''] : []),
  ];
}

const part = ([n, title]: Part) => `${n}  ${title}`;

export function renderText(doc: RenderedDocument): string {
  const f = frameOf(doc);
  const lines = [
    f.title,
    '',
    part(f.overview),
    '',
    f.overviewText,
    '',
    part(f.tables),
    '',
    ...doc.tables.flatMap((t) => tableText(t, doc)),
    part(f.narrative),
    '',
    ...doc.narrative.flatMap((s) => [s.heading, '', ...s.paragraphs, '']),
    part(f.glossary),
    '',
    ...GLOSSARY,
    '',
  ];
  return `${lines.join('\n')}\n`;
}
