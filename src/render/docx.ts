/**
 * The document as a Word file, the way a finance office publishes it: the same paragraphs as the text form, each
 * table a real Word table (merged header cells as gridSpan/vMerge, borders, amounts right-aligned), landscape A4.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { GLOSSARY, type RenderedDocument } from './national.js';
import type { RenderedTable } from './table.js';

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };

function para(text: string, opts: { bold?: boolean; center?: boolean; heading?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, bold: opts.bold, font: FONT })],
    alignment: opts.center ? AlignmentType.CENTER : undefined,
    heading: opts.heading ? HeadingLevel.HEADING_1 : undefined,
  });
}

function cell(
  text: string,
  o: { colSpan?: number; rowSpan?: number; bold?: boolean; right?: boolean },
): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: [new TextRun({ text, bold: o.bold, font: FONT, size: 18 })],
        alignment: o.right ? AlignmentType.RIGHT : o.bold ? AlignmentType.CENTER : undefined,
      }),
    ],
    columnSpan: (o.colSpan ?? 1) > 1 ? o.colSpan : undefined,
    rowSpan: (o.rowSpan ?? 1) > 1 ? o.rowSpan : undefined,
  });
}

function table(t: RenderedTable): Table {
  const amount = new Set(t.amountColumns);
  const head = t.header.map(
    (cells) =>
      new TableRow({
        tableHeader: true,
        children: cells.map((c) => cell(c.text, { colSpan: c.colSpan, rowSpan: c.rowSpan, bold: true })),
      }),
  );
  const body = t.rows.map(
    (r) => new TableRow({ children: r.map((text, k) => cell(text, { right: amount.has(k) })) }),
  );
  return new Table({
    rows: [...head, ...body],
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: Array.from({ length: t.width }, (_, k) =>
      amount.has(k) ? 1100 : k < 3 && t.width > 5 ? 600 : 2400,
    ),
  });
}

function tableBlocks(t: RenderedTable, doc: RenderedDocument): (Paragraph | Table)[] {
  return [
    para(t.label),
    para(t.title, { bold: true, center: true }),
    para(`编制部门（单位）：${doc.department}          单位：${doc.unit}`),
    table(t),
    ...(t.note ? [para(t.note)] : []),
  ];
}

export async function renderDocx(doc: RenderedDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    para(`${doc.department}${doc.year}年部门预算`, { bold: true, center: true }),
    para(`第一部分  ${doc.department}概况`, { heading: true }),
    para(`${doc.department}的主要职能、机构设置及人员情况以部门网站公布的内容为准。`),
    para(`第二部分  ${doc.year}年部门（单位）预算公开表`, { heading: true }),
    ...doc.tables.flatMap((t) => tableBlocks(t, doc)),
    para(`第三部分  ${doc.year}年部门（单位）预算情况说明`, { heading: true }),
    ...doc.narrative.flatMap((s) => [para(s.heading, { bold: true }), ...s.paragraphs.map((p) => para(p))]),
    para('第四部分  名词解释', { heading: true }),
    ...GLOSSARY.map((g) => para(g)),
  ];
  const file = new Document({
    creator: 'gongkai',
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(file);
}
