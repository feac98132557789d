/**
 * HTML pages (a department's web page, Word's "save as web page") → RawDocument: the page's tables with their
 * rowspan/colspan, and its text as paragraphs around them. parse5 parses as browsers do (no DTD, no entities
 * beyond HTML's own), so a broken page still reads.
 */
import { parse } from 'parse5';
import type { RawDocument } from '../../model/raw.js';
import { IngestError } from '../errors.js';
import { CellCount, type ReadLimits } from '../limits.js';
import { decodeHtml } from './charset.js';
import { type Counters, type Element, isElement } from './dom.js';
import { readFlow } from './tree.js';

function find(node: { childNodes?: unknown[] }, tag: string): Element | undefined {
  for (const c of (node.childNodes ?? []) as Element[]) {
    if (!isElement(c)) continue;
    if (c.tagName === tag) return c;
    const deeper = find(c, tag);
    if (deeper) return deeper;
  }
  return undefined;
}

export function readHtml(name: string, bytes: Uint8Array, limits: ReadLimits): RawDocument {
  const text = decodeHtml(bytes);
  if (text === undefined) {
    throw new IngestError(
      'binary',
      name,
      `${name}：网页的文字编码无法识别（不是 UTF-8，也不是 GB18030/GBK）`,
    );
  }
  if (text.length > limits.maxTextChars * 4) {
    throw new IngestError(
      'too-large',
      name,
      `${name}：网页过大（${text.length} 个字符），上限 ${limits.maxTextChars * 4} 个（可用 --max-text 调整）`,
    );
  }
  const document = parse(text, { sourceCodeLocationInfo: true });
  const body = find(document, 'body');
  const counters: Counters = { paragraph: 0, table: 0, cells: new CellCount(name, limits.maxCells) };
  const blocks = body ? readFlow(body, counters) : [];
  if (blocks.length === 0) throw new IngestError('empty', name, `${name}：网页里没有文字`);
  return { source: { path: name, format: 'html' }, blocks, warnings: [] };
}
