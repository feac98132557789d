/**
 * Running headers, footers and page numbers (页眉、页脚、页码): lines in the top or bottom band of a page that
 * are page numbers, or whose text (digits ignored) recurs in that band on several pages.
 */

import { CN } from '../../model/numbering.js';
import type { PageContent, TextLine } from './page.js';

/** Share of the page height, at the top and at the bottom, where running headers and footers live. */
const BAND = 0.12;

const PAGE_NUMBER = [
  /^[-—–－\s]*\d{1,4}[-—–－\s]*$/,
  /^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^(page|p\.)\s*\d+(\s*(of|\/)\s*\d+)?$/i,
];

function inBand(line: TextLine, page: PageContent): 'top' | 'bottom' | null {
  if (line.box[3] <= page.height * BAND) return 'top';
  if (line.box[1] >= page.height * (1 - BAND)) return 'bottom';
  return null;
}

function shape(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/**
 * What a table reprints on each of its pages is no running header: its title ("一般公共预算基本支出情况表"), its
 * label ("公开表6", "预算01表") and its unit line ("单位：万元") must reach recognition on every page.
 */
const TABLE_HEAD = new RegExp(`表\\s*([(（].*[)）])?$|^(公开|预算|附)?表\\s*[0-9${CN}]+$|单位\\s*[:：]`, 'u');

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.some((re) => re.test(t));
}

/** Returns the pages with their header/footer/page-number lines removed. */
export function dropMargins(pages: PageContent[]): PageContent[] {
  const counts = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const line of page.lines) {
      const band = inBand(line, page);
      if (!band) continue;
      const key = `${band}:${shape(line.text)}`;
      const seen = counts.get(key) ?? new Set<number>();
      seen.add(page.page);
      counts.set(key, seen);
    }
  }
  const minRepeats = Math.max(2, Math.min(3, Math.ceil(pages.length / 2)));
  return pages.map((page) => ({
    ...page,
    lines: page.lines.filter((line) => {
      const band = inBand(line, page);
      if (!band) return true;
      if (isPageNumber(line.text)) return false;
      if (TABLE_HEAD.test(line.text.replace(/\s+/gu, ''))) return true;
      return (counts.get(`${band}:${shape(line.text)}`)?.size ?? 0) < minRepeats;
    }),
  }));
}
