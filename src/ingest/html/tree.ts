/**
 * A parsed page → blocks in reading order: block elements (p, div, h1–h6, li, …) and <br> end a line of text, each
 * line one paragraph; tables are placed on their grid by ./table.ts. Scripts, styles and elements hidden with
 * display:none are not text. Source lines (parse5's locations) are the provenance: what "view source" shows.
 */
import type { DefaultTreeAdapterMap } from 'parse5';
import type { RawBlock } from '../../model/raw.js';
import { cleanCell } from '../text/lines.js';
import { splitLabel } from '../title-label.js';
import { type Counters, type Element, hidden, isElement, type Node } from './dom.js';
import { readTable } from './table.js';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'svg',
  'select',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'ul',
  'caption',
  'tr',
  'td',
  'th',
  'html',
]);

/** HTML white space collapses; between two CJK characters a source line break shows nothing. */
export function collapse(s: string): string {
  return s
    .replace(/[ \t\n\r\f]+/gu, ' ')
    .replace(
      /(\p{Script=Han}|[\u3000-\u303f\uff00-\uffef]) (?=\p{Script=Han}|[\u3000-\u303f\uff00-\uffef])/gu,
      '$1',
    );
}

/** Text of an element's content, lines cut at blocks and <br>; tables below it are returned apart. */
export function readFlow(root: Element, n: Counters, out: RawBlock[] = []): RawBlock[] {
  let line = '';
  let lineAt: number | undefined;
  const flush = () => {
    const text = cleanCell(collapse(line));
    if (text !== '') {
      const paragraph = ++n.paragraph;
      for (const t of splitLabel(text))
        out.push({
          type: 'paragraph',
          text: t,
          prov: lineAt === undefined ? { paragraph } : { line: lineAt, paragraph },
        });
    }
    line = '';
    lineAt = undefined;
  };
  const walk = (node: Node) => {
    if (!isElement(node)) {
      if (node.nodeName === '#text') {
        const value = (node as DefaultTreeAdapterMap['textNode']).value;
        if (value.trim() !== '' && lineAt === undefined) lineAt = node.sourceCodeLocation?.startLine;
        line += value;
      }
      return;
    }
    const tag = node.tagName;
    if (SKIP.has(tag) || hidden(node)) return;
    if (tag === 'br') {
      flush();
      return;
    }
    if (tag === 'table') {
      flush();
      out.push(...readTable(node, n, readFlow));
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const c of node.childNodes) walk(c);
    if (block) flush();
  };
  for (const c of root.childNodes) walk(c);
  flush();
  return out;
}
