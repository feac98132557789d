/**
 * A Word paragraph's text: runs in order, w:tab as TAB, line breaks (w:br, w:cr) cutting it into lines (as Word
 * does when it copies the paragraph as text), deleted revisions and field codes left out, and the text boxes
 * anchored in it collected for the caller to read as blocks of their own.
 */
import { isElement, type XmlElement } from '../ooxml/xml.js';

export interface ParagraphText {
  lines: string[];
  boxes: XmlElement[];
}

/** Containers whose content is read as if it were inline (hyperlinks, inserted revisions, fields, controls). */
const TRANSPARENT = new Set([
  'w:hyperlink',
  'w:smartTag',
  'w:ins',
  'w:moveTo',
  'w:customXml',
  'w:fldSimple',
  'w:sdt',
  'w:sdtContent',
  'w:dir',
  'w:bdo',
]);

/** Revisions removed, properties, field instructions: no visible text. */
const SKIPPED = new Set([
  'w:del',
  'w:moveFrom',
  'w:pPr',
  'w:rPr',
  'w:sdtPr',
  'w:instrText',
  'w:delText',
  'w:delInstrText',
]);

/**
 * mc:AlternateContent carries the same content twice (modern shape and VML fallback): read the first choice only,
 * or the fallback when there is no choice.
 */
export function alternative(el: XmlElement): XmlElement | undefined {
  const kids = el.children.filter(isElement);
  return kids.find((k) => k.name === 'mc:Choice') ?? kids.find((k) => k.name === 'mc:Fallback');
}

/** Text boxes (w:txbxContent) anywhere below a drawing or VML shape. */
export function findBoxes(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  if (el.name === 'w:txbxContent') {
    out.push(el);
    return out;
  }
  if (el.name === 'mc:AlternateContent') {
    const alt = alternative(el);
    if (alt) findBoxes(alt, out);
    return out;
  }
  for (const c of el.children) if (isElement(c)) findBoxes(c, out);
  return out;
}

export function paragraphText(p: XmlElement): ParagraphText {
  const lines: string[] = [''];
  const boxes: XmlElement[] = [];
  const add = (s: string) => {
    lines[lines.length - 1] += s;
  };
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (!isElement(c) || SKIPPED.has(c.name)) continue;
      switch (c.name) {
        case 'w:t':
          add(c.children.filter((x): x is string => typeof x === 'string').join(''));
          break;
        case 'w:tab':
        case 'w:ptab':
          add('\t');
          break;
        case 'w:br':
        case 'w:cr':
          lines.push('');
          break;
        case 'w:noBreakHyphen':
          add('-');
          break;
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
          findBoxes(c, boxes);
          break;
        case 'mc:AlternateContent': {
          const alt = alternative(c);
          if (alt) walk(alt);
          break;
        }
        default:
          if (
            c.name === 'w:r' ||
            c.name === 'mc:Choice' ||
            c.name === 'mc:Fallback' ||
            TRANSPARENT.has(c.name)
          )
            walk(c);
      }
    }
  };
  walk(p);
  return { lines, boxes };
}
