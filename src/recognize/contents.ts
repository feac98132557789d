/**
 * The document's table of contents (目录). Its entries are neither headings of the body nor 说明 text, and they
 * name the document's parts — which some layouts print in the body as unnumbered titles: Shanghai's contents say
 * "四、单位预算编制说明" and the page says "2026年单位预算编制说明", centred, without the number. Such a title is a
 * heading at the depth its entry has in the contents.
 */
import {
  ARABIC_ITEM,
  ARABIC_PAREN_ITEM,
  CN_ITEM,
  CN_PAREN_ITEM,
  PART_COLON,
  PART_HEADING,
} from '../model/numbering.js';
import { norm } from './normalize.js';

const CONTENTS = /^目录$/u;
/** Dot leaders and the page number after them ("（一）主要职能 ......2", "一、部门主要职能 ………"), or a page number. */
const LEADER = /\s*(?:[.．…·•]{3,}\s*\d*|\s\d{1,3})$/u;
/** "4．2026年…表": in a contents a number before a year is an item's, not a decimal. */
const ARABIC_BEFORE_YEAR = /^\d{1,2}[.．](?=\d{4}年)/u;
/** The outline kinds an entry may be numbered with, in no particular order: depth is their order in the contents. */
const KINDS = [PART_HEADING, CN_PAREN_ITEM, CN_ITEM, ARABIC_PAREN_ITEM, ARABIC_ITEM, ARABIC_BEFORE_YEAR];
const SENTENCE = /[。;；:：,，]/u;
/** What a body title puts before the part's name: the year (and the unit's own name, left to endsWith). */
const YEAR = /^\d{4}年度?/u;
/** The level word a part's name may start with, replaced on the page by the unit's name ("XX中心（单位）主要职能"). */
const LEVEL_WORD = /^(本部门|本单位|部门|单位)/u;
/** A part's name shorter than this is too common to recognize a title by. */
const MIN_TITLE = 4;

interface Entry {
  /** The entry without its number and leader, NFKC, no spaces. */
  text: string;
  /** Its depth in the contents: 0 for the outermost numbering the contents use. */
  depth: number;
  /** The part's name: without the year, and (when long enough) without 部门/单位. */
  names: string[];
}

export class Contents {
  private state: 'before' | 'reading' | 'after' = 'before';
  private readonly entries: Entry[] = [];
  private readonly printed = new Set<string>();
  private readonly kinds: RegExp[] = [];

  /** Whether the paragraph is the contents' heading or one of its entries: then it is no part of the body. */
  take(text: string): boolean {
    if (this.state === 'after') return false;
    const t = norm(text);
    if (this.state === 'before') {
      if (!CONTENTS.test(t)) return false;
      this.state = 'reading';
      return true;
    }
    const bare = text.normalize('NFKC').trim().replace(LEADER, '');
    const leader = bare.length < text.normalize('NFKC').trim().length;
    const entry = norm(bare);
    // The number is told by the printed spacing: "1. 2026年…" is item 1, "1.2026" would be a figure.
    const kind = KINDS.find((k) => k.test(bare));
    // The body begins at the first paragraph that is no entry, or at the first entry printed again as a heading.
    const words = entry.replace(PART_COLON, '');
    if ((!kind && !leader) || entry.length > 60 || SENTENCE.test(words) || this.printed.has(entry)) {
      this.state = 'after';
      return false;
    }
    this.printed.add(entry);
    if (kind && !this.kinds.includes(kind)) this.kinds.push(kind);
    const name = norm(bare.replace(kind ?? /^/u, '')).replace(YEAR, '');
    const names = [name, name.replace(LEVEL_WORD, '')].filter((n) => n.length >= MIN_TITLE);
    // A table's title is the table's, not a part's.
    if (!/表$/u.test(name))
      this.entries.push({ text: entry, depth: kind ? this.kinds.indexOf(kind) : 0, names });
    return true;
  }

  /**
   * The depth of an unnumbered body paragraph that is a part the contents name ("2026年单位预算编制说明" for
   * "四、单位预算编制说明"), or undefined.
   */
  partDepth(text: string): number | undefined {
    const t = norm(text);
    const spaced = text.normalize('NFKC').trim();
    if (this.entries.length === 0 || t.length > 40 || SENTENCE.test(t) || KINDS.some((k) => k.test(spaced)))
      return undefined;
    return this.entries.find((e) => e.names.some((n) => t.endsWith(n)))?.depth;
  }

  /**
   * Whether a heading is a division the contents put outside the parts: 深圳's contents list "一、文字部分" with
   * 第一部分 … 第九部分 under it, then "二、表格部分". Its 一、 is not a sibling of the 一、 items inside the parts.
   */
  outerDivision(text: string): boolean {
    const t = norm(text.normalize('NFKC').trim().replace(LEADER, ''));
    const parts = this.kinds.indexOf(PART_HEADING);
    if (parts <= 0 || PART_HEADING.test(t)) return false;
    return this.entries.some((e) => e.text === t && e.depth < parts);
  }

  /** A heading the page cut in two ("第三部分…决算情况" | "说明"): whether the two make one entry of the contents. */
  completes(heading: string, next: string): boolean {
    const t = norm(next);
    return t.length <= 8 && !SENTENCE.test(t) && this.printed.has(norm(heading) + t);
  }
}
