/**
 * A Word body (or a table cell, or a text box) → blocks in reading order. Paragraphs become RawParagraphs, one per
 * line (Word's line breaks are lines of the text copy too); tables become gridded RawTables (./table.ts). The text
 * boxes anchored in a paragraph follow it.
 */
import type { RawBlock } from '../../model/raw.js';
import { isElement, type XmlElement } from '../ooxml/xml.js';
import { cleanCell } from '../text/lines.js';
import type { Counters } from './counters.js';
import { alternative, paragraphText } from './inline.js';
import { readTable } from './table.js';

export type { Counters };

const WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo']);

export function readBlocks(container: XmlElement, n: Counters, out: RawBlock[] = []): RawBlock[] {
  for (const c of container.children) {
    if (!isElement(c)) continue;
    if (c.name === 'w:p') {
      const paragraph = ++n.paragraph;
      const { lines, boxes } = paragraphText(c);
      for (const line of lines) {
        const text = cleanCell(line);
        if (text !== '') out.push({ type: 'paragraph', text, prov: { paragraph } });
      }
      if (hasImage(c)) n.images++;
      for (const box of boxes) readBlocks(box, n, out);
    } else if (c.name === 'w:tbl') {
      out.push(...readTable(c, n, readBlocks));
    } else if (c.name === 'mc:AlternateContent') {
      const alt = alternative(c);
      if (alt) readBlocks(alt, n, out);
    } else if (WRAPPERS.has(c.name)) {
      readBlocks(c, n, out);
    }
  }
  return out;
}

/** A picture in the paragraph (a:blip in DrawingML, v:imagedata in VML). */
function hasImage(el: XmlElement): boolean {
  return el.children.some(
    (c) => isElement(c) && (c.name === 'a:blip' || c.name === 'v:imagedata' || hasImage(c)),
  );
}
