/**
 * Paragraphs outside tables, each with the path of headings it sits under (第X部分 / 一、 / （一） / 1.).
 */
import type { NarrativeParagraph } from '../model/disclosure.js';
import { CN_ITEM, CN_PAREN_ITEM, PART_COLON, PART_HEADING } from '../model/numbering.js';
import type { Provenance } from '../model/raw.js';
import { Contents } from './contents.js';
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
  // "(十)项目支出:指在基本支出之外……。" is a numbered definition, not a heading; the colon after "第二部分：" is
  // the part's own ("第二部分：部门预算收支情况说明").
  const words = t.replace(PART_COLON, '');
  if (/[。;]/u.test(words) || /:.{6,}/u.test(words)) return undefined;
  for (const [re, level] of HEADINGS) if (re.test(t)) return level;
  return undefined;
}

export class NarrativeBuilder {
  private path: string[] = [];
  private readonly contents = new Contents();
  /** The last paragraph was a heading: a fragment after it may be its end, cut off by the line. */
  private lastHeading = false;
  readonly paragraphs: NarrativeParagraph[] = [];

  add(text: string, prov: Provenance): void {
    if (this.contents.take(text)) return;
    const heading = this.path[this.path.length - 1];
    if (this.lastHeading && heading !== undefined && this.contents.completes(heading, text)) {
      this.path[this.path.length - 1] = `${heading}${text.trim()}`;
      return;
    }
    // A part the contents name, printed without its number, heads what follows at its depth in the contents.
    // A division above the parts (深圳 "二、表格部分") starts the outline afresh, as a part does.
    const level = this.contents.outerDivision(text)
      ? 0
      : (headingLevel(text) ?? this.contents.partDepth(text));
    this.lastHeading = level !== undefined;
    if (level !== undefined) {
      this.path = [...this.path.slice(0, level), text.trim()];
      while (this.path.length < level + 1) this.path.unshift('');
      return;
    }
    this.paragraphs.push({ text, section: this.path.filter((s) => s !== ''), prov });
  }
}
