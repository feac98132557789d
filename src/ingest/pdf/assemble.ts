/** Pages → the document's blocks in reading order, stitching tables and paragraphs that run across pages. */
import type { RawBlock, RawParagraph } from '../../model/raw.js';
import type { PageTable } from './cells.js';
import type { PageContent, TextLine } from './page.js';
import { continues, pageMargins, toParagraph, typicalGap } from './paragraphs.js';
import { sameColumns, stitch } from './stitch.js';

type Item = { kind: 'line'; line: TextLine } | { kind: 'table'; table: PageTable };

function pageItems(page: PageContent): Item[] {
  const items: Item[] = [
    ...page.lines.map((line): Item => ({ kind: 'line', line })),
    ...page.tables.map((table): Item => ({ kind: 'table', table })),
  ];
  const top = (i: Item) => (i.kind === 'line' ? i.line.box[1] : i.table.box[1]);
  return items.sort((p, q) => top(p) - top(q));
}

export function assemble(pages: readonly PageContent[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let para: TextLine[] = [];
  let openTable: PageTable | null = null;
  let lastWasEndOfPage = false;
  const margins = new Map(pages.map((p) => [p.page, pageMargins(p.lines)]));
  const gaps = new Map(pages.map((p) => [p.page, typicalGap(p.lines)]));
  const flush = () => {
    if (para.length > 0) blocks.push(toParagraph(para) as RawParagraph);
    para = [];
  };
  for (const page of pages) {
    const items = pageItems(page);
    items.forEach((item, index) => {
      const firstOnPage = index === 0;
      if (item.kind === 'table') {
        flush();
        if (openTable && firstOnPage && lastWasEndOfPage && sameColumns(openTable, item.table)) {
          stitch(openTable, item.table);
        } else {
          openTable = item.table;
          blocks.push(item.table.table);
        }
      } else {
        openTable = null;
        const prev = para[para.length - 1];
        const crossPage = prev !== undefined && prev.page !== item.line.page;
        const ok =
          prev !== undefined &&
          (!crossPage || (firstOnPage && lastWasEndOfPage)) &&
          continues(
            prev,
            item.line,
            margins.get(prev.page) ?? null,
            margins.get(page.page) ?? null,
            gaps.get(page.page) ?? 0,
          );
        if (!ok) flush();
        para.push(item.line);
      }
      lastWasEndOfPage = index === items.length - 1;
    });
    if (items.length === 0) lastWasEndOfPage = false;
  }
  flush();
  return blocks;
}
