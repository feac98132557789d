/**
 * The document as a Word file, the way a finance office publishes it: the same paragraphs as the text form, each
 * table a real Word table on its own landscape A4 page (merged header cells as gridSpan/vMerge, header rows
 * repeated on continuation pages, rows never split, amounts right-aligned), with fixed column widths fitted to the
 * content so that a code or an amount never wraps when the document is printed or converted to PDF.
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
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { columnWidths, PAGE } from './docx-widths.js';
import { frameOf, GLOSSARY, type Part, type RenderedDocument } from './national.js';
import type { RenderedTable } from './table.js';

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };

interface ParaOptions {
  bold?: boolean;
  center?: boolean;
  heading?: boolean;
  size?: number;
  pageBreak?: boolean;
}

function para(text: string, o: ParaOptions = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, bold: o.bold, font: FONT, size: o.size })],
    alignment: o.center ? AlignmentType.CENTER : undefined,
    heading: o.heading ? HeadingLevel.HEADING_1 : undefined,
    pageBreakBefore: o.pageBreak,
    keepNext: true,
  });
}

function cell(
  text: string,
  o: { colSpan?: number; rowSpan?: number; bold?: boolean; right?: boolean; size: number },
): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: [new TextRun({ text, bold: o.bold, font: FONT, size: o.size })],
        alignment: o.right ? AlignmentType.RIGHT : o.bold ? AlignmentType.CENTER : undefined,
      }),
    ],
    columnSpan: (o.colSpan ?? 1) > 1 ? o.colSpan : undefined,
    rowSpan: (o.rowSpan ?? 1) > 1 ? o.rowSpan : undefined,
  });
}

function table(t: RenderedTable): Table {
  const amount = new Set(t.amountColumns);
  const { widths, size } = columnWidths(t);
  const head = t.header.map(
    (cells) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: cells.map((c) =>
          cell(c.text, { colSpan: c.colSpan, rowSpan: c.rowSpan, bold: true, size }),
        ),
      }),
  );
  const body = t.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.map((text, k) => cell(text, { right: amount.has(k), size })),
      }),
  );
  return new Table({
    rows: [...head, ...body],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: PAGE.cellPadding, right: PAGE.cellPadding },
  });
}

function tableBlocks(t: RenderedTable, doc: RenderedDocument): (Paragraph | Table)[] {
  return [
    para(t.label, { pageBreak: true }),
    para(t.title, { bold: true, center: true, size: 32 }),
    para(`${frameOf(doc).preparedBy}          单位：${doc.unit}`),
    table(t),
    ...(t.note ? [para(t.note)] : []),
  ];
}

export async function renderDocx(doc: RenderedDocument): Promise<Buffer> {
  const f = frameOf(doc);
  const part = ([n, title]: Part) => `${n}  ${title}`;
  const children: (Paragraph | Table)[] = [
    para(f.title, { bold: true, center: true, size: 36 }),
    para(part(f.overview), { heading: true }),
    para(f.overviewText),
    para(part(f.tables), { heading: true }),
    ...doc.tables.flatMap((t) => tableBlocks(t, doc)),
    para(part(f.narrative), { heading: true, pageBreak: true }),
    ...doc.narrative.flatMap((s) => [para(s.heading, { bold: true }), ...s.paragraphs.map((p) => para(p))]),
    para(part(f.glossary), { heading: true }),
    ...GLOSSARY.map((g) => para(g)),
  ];
  const file = new Document({
    creator: 'gongkai',
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(file);
}
