/**
 * Table titles read by OCR. chi_sim takes a few characters of the titles' vocabulary for look-alikes, in bold
 * print most of all (支 read as 文: "部门财务收文预算总表"), and a title that names no table loses its table. A
 * title read by OCR that names no table of any layout is tried with those characters put back (at most two), and
 * the reading a layout's title explains most is taken. Only OCR'd text is mended: a text layer's 文 is a 文.
 */
import { oneEdit } from '../model/edit.js';
import type { RawRow } from '../model/raw.js';
import { EXTRA_TABLES, PROFILES } from '../profiles/index.js';
import { titleKey } from './context.js';
import { regex } from './normalize.js';
import { matchSpec } from './table.js';

/**
 * What chi_sim reads → what the title prints, for characters of the titles' vocabulary (收支, 收入, 拨款, 情况…):
 * 文 for 支, 宫 for 况, 称 for 款 (拨称) and 王 for 三 (“王公”经费) were seen on image copies of the corpus's text PDFs;
 * 人 for 入 and 拔 for 拨 are the same slip (one stroke's end) on the titles' other common characters.
 */
export const OCR_LOOKALIKES: Readonly<Record<string, string>> = {
  文: '支',
  人: '入',
  拔: '拨',
  宫: '况',
  称: '款',
  王: '三',
};

/** At most this many characters are put back in one title: more would make a title out of anything. */
const MAX_CHANGES = 2;
/** Only a text that could be a title: short, and naming a 表. */
const TITLE_LIKE = /表/u;

/**
 * How much of the text a table's title pattern (of some layout, or of a known extra table) explains: the length
 * of its match, 0 when the text names no table.
 */
function titleMatch(text: string): number {
  const key = titleKey(text);
  if (key.length < 4 || key.length > 60 || !/表(\(.*\))?$/u.test(key)) return 0;
  let best = 0;
  for (const p of PROFILES) {
    const m = matchSpec([text], p.tables, titleKey);
    if (m) best = Math.max(best, regex(m.spec.title).exec(key)?.[0].length ?? 0);
  }
  for (const e of EXTRA_TABLES) best = Math.max(best, regex(e.title).exec(key)?.[0].length ?? 0);
  return best;
}

/**
 * The title as printed, when the OCR reading names no table and a reading with look-alikes put back does: of
 * those, the one whose title pattern explains most of it ("收人文出决算总表" is 收入支出决算总表, not a 支出决算总表
 * with 收人 before it), then the one with fewest changes.
 */
export function mendOcrTitle(text: string): string {
  if (text.length > 80 || !TITLE_LIKE.test(text)) return text;
  const balanced = mendBrackets(text);
  if (balanced !== text) return balanced;
  const chars = [...text];
  const spots = chars.flatMap((c, i) => (OCR_LOOKALIKES[c] ? [i] : []));
  if (spots.length === 0 || titleMatch(text) > 0) return text;
  let best = { text, explained: 0 };
  for (let k = 1; k <= Math.min(MAX_CHANGES, spots.length); k++) {
    for (const chosen of combinations(spots, k)) {
      const variant = chars.slice();
      for (const i of chosen) variant[i] = OCR_LOOKALIKES[chars[i]];
      const candidate = variant.join('');
      const explained = titleMatch(candidate);
      if (explained > best.explained) best = { text: candidate, explained };
    }
  }
  return best.text;
}

/** The titles the layouts print ("部门（单位）收入总体情况表"), their brackets folded as the text's are. */
const PRINTED_TITLES = [
  ...new Set(
    PROFILES.flatMap((p) => p.tables.flatMap((t) => (t.printed ? [t.printed.title.normalize('NFKC')] : []))),
  ),
];

/**
 * A title whose brackets do not pair (chi_sim lost the （ of "部门（单位）收入…") ends one edit from the title a
 * layout prints: that title is put in its place, what stands before it (year, number) kept.
 */
function mendBrackets(text: string): string {
  const t = text.normalize('NFKC').replace(/\s+/gu, '');
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  if (count(/\(/gu) === count(/\)/gu)) return text;
  const found = new Set<string>();
  for (const printed of PRINTED_TITLES)
    for (const len of [printed.length - 1, printed.length, printed.length + 1]) {
      if (len > t.length) continue;
      if (oneEdit(t.slice(t.length - len), printed)) found.add(t.slice(0, t.length - len) + printed);
    }
  return found.size === 1 ? [...found][0] : text;
}

/** The first rows of an OCR'd table (where a title printed inside the grid stands), their cells mended as titles. */
export function mendOcrTitleRows(rows: readonly RawRow[], count = 4): RawRow[] {
  return rows.map((r, i) =>
    i >= count
      ? r
      : { ...r, cells: r.cells.map((c) => (c.prov.ocr ? { ...c, text: mendOcrTitle(c.text) } : c)) },
  );
}

function* combinations(items: readonly number[], k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - k; i++)
    for (const rest of combinations(items, k - 1, i + 1)) yield [items[i], ...rest];
}
