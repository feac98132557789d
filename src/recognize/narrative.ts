/**
 * Paragraphs outside tables, each with the path of headings it sits under (第X部分 / 一、 / （一） / 1.).
 */
import type { NarrativeParagraph } from '../model/disclosure.js';
import { CN_ITEM, CN_PAREN_ITEM, PART_HEADING } from '../model/numbering.js';
import type { Provenance } from '../model/raw.js';
import { norm } from './normalize.js';

const HEADINGS: [RegExp, number][] = [
  [PART_HEADING, 0],
  [CN_ITEM, 1],
  [CN_PAREN_ITEM, 2],
];

/** A heading is short and numbered at a heading level; a numbered sentence with figures is body text. */
export function headingLevel(text: string): number | undefined {
  const t = norm(text);
  if (t.length > 48 || /\d+\.\d+万?元/u.test(t)) return undefined;
  // "(十)项目支出:指在基本支出之外……。" is a numbered definition, not a heading.
  if (/[。;]/u.test(t) || /:.{6,}/u.test(t)) return undefined;
  for (const [re, level] of HEADINGS) if (re.test(t)) return level;
  return undefined;
}

export class NarrativeBuilder {
  private path: string[] = [];
  readonly paragraphs: NarrativeParagraph[] = [];

  add(text: string, prov: Provenance): void {
    const level = headingLevel(text);
    if (level !== undefined) {
      this.path = [...this.path.slice(0, level), text.trim()];
      while (this.path.length < level + 1) this.path.unshift('');
      return;
    }
    this.paragraphs.push({ text, section: this.path.filter((s) => s !== ''), prov });
  }
}
