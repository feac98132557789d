/** Loose text lines → paragraphs in reading order (top to bottom within a page). */
import { PARAGRAPH_START } from '../../model/numbering.js';
import type { RawParagraph } from '../../model/raw.js';
import { type Box, roundBox } from './geometry.js';
import type { TextLine } from './page.js';
import { isCjk, joinWrapped, normalizeText } from './text.js';

interface Margins {
  left: number;
  right: number;
}

export function pageMargins(lines: readonly TextLine[]): Margins | null {
  const body = lines.filter((l) => l.text.length >= 8);
  if (body.length < 2) return null;
  return { left: Math.min(...body.map((l) => l.box[0])), right: Math.max(...body.map((l) => l.box[2])) };
}

/** Whether line b continues the paragraph whose last line is a. */
export function continues(
  a: TextLine,
  b: TextLine,
  ma: Margins | null,
  mb: Margins | null,
  typicalGap: number,
): boolean {
  const size = Math.max(a.size, b.size);
  if (Math.abs(a.size - b.size) > 1.5) return false;
  // A new paragraph starts with an enumerator: 一、 （一） 1. 1、 (1) ①.
  if (PARAGRAPH_START.test(b.text)) return false;
  if (a.page === b.page) {
    const gap = b.box[1] - a.box[3];
    if (gap < -size * 0.5 || gap > typicalGap + size * 0.6) return false;
  }
  if (!ma || !mb) return a.page === b.page;
  // An aside in brackets never opens a paragraph: a line that broke before it ("…收入预算5350.25万元" |
  // "（不含上年结转）。") ends short of the margin for the typesetter's reasons, not the writer's.
  const aside = /^[（(]/u.test(b.text) && !/[。！？；：;:!?]$/u.test(a.text);
  if (!aside && a.box[2] < ma.right - 2 * size && fitsBefore(b.text, ma.right - a.box[2], size)) return false;
  if (b.box[0] > mb.left + 1.2 * size) return false;
  return true;
}

/**
 * A line that ends short is a paragraph end, unless the next line starts with an unbreakable token (a number
 * with its unit) that would not have fitted in the space left.
 */
function fitsBefore(next: string, room: number, size: number): boolean {
  const token = /^[0-9A-Za-z.,%％()+-]+.?/.exec(next)?.[0] ?? next.slice(0, 1);
  const width = Array.from(token).reduce((w, ch) => w + (isCjk(ch) ? size : size * 0.5), 0);
  return width <= room;
}

export function typicalGap(lines: readonly TextLine[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i].box[1] - lines[i - 1].box[3];
    if (g >= 0) gaps.push(g);
  }
  if (gaps.length === 0) return 0;
  gaps.sort((p, q) => p - q);
  return gaps[Math.floor(gaps.length / 2)];
}

export function toParagraph(lines: readonly TextLine[]): RawParagraph {
  const box: Box = [
    Math.min(...lines.map((l) => l.box[0])),
    Math.min(...lines.map((l) => l.box[1])),
    Math.max(...lines.map((l) => l.box[2])),
    Math.max(...lines.map((l) => l.box[3])),
  ];
  const first = lines[0];
  const samePage = lines.every((l) => l.page === first.page);
  return {
    type: 'paragraph',
    text: normalizeText(joinWrapped(lines.map((l) => l.text))),
    // A paragraph continued on the next page keeps its first page and the box of its part there.
    prov: {
      page: first.page,
      box: roundBox(samePage ? box : lineBox(lines.filter((l) => l.page === first.page))),
    },
  };
}

function lineBox(lines: readonly TextLine[]): Box {
  return [
    Math.min(...lines.map((l) => l.box[0])),
    Math.min(...lines.map((l) => l.box[1])),
    Math.max(...lines.map((l) => l.box[2])),
    Math.max(...lines.map((l) => l.box[3])),
  ];
}
