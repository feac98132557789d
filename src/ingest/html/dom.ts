/**
 * The parsed page's elements as both the text flow (./tree.ts) and the table reader (./table.ts) see them, and the
 * counters that number their paragraphs and tables.
 */
import type { DefaultTreeAdapterMap } from 'parse5';
import type { RawBlock } from '../../model/raw.js';
import type { CellCount } from '../limits.js';

export type Element = DefaultTreeAdapterMap['element'];
export type Node = DefaultTreeAdapterMap['node'];

export interface Counters {
  paragraph: number;
  table: number;
  /** The page's table cells, against the document's limit. */
  cells: CellCount;
}

export function isElement(n: Node): n is Element {
  return 'tagName' in n;
}

export function hidden(el: Element): boolean {
  const style = el.attrs.find((a) => a.name === 'style')?.value ?? '';
  return /display\s*:\s*none/iu.test(style) || el.attrs.some((a) => a.name === 'hidden');
}

export function sourceLine(el: Element): number | undefined {
  return el.sourceCodeLocation?.startLine;
}

/**
 * Reads an element's content as blocks (tree.ts's readFlow), handed to the table reader so that a cell's text and
 * tables are read as the page's are without the two files importing each other.
 */
export type ReadFlow = (root: Element, n: Counters) => RawBlock[];
