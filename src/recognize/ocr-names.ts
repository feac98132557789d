/**
 * Row names read by OCR. chi_sim takes a character of a name for a look-alike (支 read as 文, 国 as 习, 款 as 喜) or
 * reads one stroke group as a character of its own (应急 read as 应和急), and a name one character off is no longer
 * the catalogue's: a 类 line loses its code, a coded row gets a name mismatch that is the reader's, not the print's.
 * A name read by OCR that is no known name is put back to the known name one edit away (a character changed, added
 * or lost), when exactly one known name is that close: the names of the row's own code first (the code was read
 * as digits), else every name of the catalogue and of the layouts' lines. Only OCR'd text is mended: a text
 * layer's misprint is the document's and stays a finding. What a scan's one-character misprint would have shown
 * is lost with it; the document's OCR notice says the names were read, not copied.
 */
import { getCatalogue, normalizeName } from '../catalog/index.js';
import { oneEdit } from '../model/edit.js';
import type { RawRow } from '../model/raw.js';
import { PROFILES } from '../profiles/index.js';
import { matches, norm } from './normalize.js';

/** Shorter names are too easily another name one edit away (事业收入, 其他收入). */
const MIN_LENGTH = 4;

let vocabulary: Map<number, string[]> | undefined;

/** Every catalogue name (any code, any year) and every literal line label of the layouts, by length. */
function knownNames(): Map<number, string[]> {
  if (vocabulary) return vocabulary;
  const names = new Set<string>();
  const catalogue = getCatalogue();
  for (const code of catalogue.codes())
    for (const n of catalogue.lookup(code)?.history ?? []) names.add(normalizeName(n.name));
  for (const p of PROFILES)
    for (const t of p.tables) {
      for (const line of t.printed?.lines ?? []) names.add(normalizeName(stripNumber(line.label)));
      for (const row of t.printed?.header ?? []) for (const c of row) names.add(normalizeName(c.text));
      for (const c of t.columns) for (const word of literalWords(c.header)) names.add(word);
    }
  vocabulary = new Map();
  for (const n of names) {
    if (n.length < MIN_LENGTH - 1) continue;
    const list = vocabulary.get(n.length) ?? [];
    list.push(n);
    vocabulary.set(n.length, list);
  }
  return vocabulary;
}

/** A column pattern's alternatives that are plain words ("^对附属单位补助支出$", "预算数|金额"): header words. */
function literalWords(pattern: string): string[] {
  return pattern
    .split('|')
    .map((a) => a.replace(/^\^|\$$/gu, ''))
    .filter((a) => /^\p{Script=Han}+$/u.test(a));
}

const LINE_NUMBER = /^(?:[一二三四五六七八九十]+、|\d+[.．]|[（(][一二三四五六七八九十\d]+[）)]|其中[:：]?)/u;

function stripNumber(label: string): string {
  return label.replace(LINE_NUMBER, '');
}

/**
 * Whether the name is known: a catalogue name, a layout's line, or a whole name a layout's row role reads (a
 * pattern anchored at both ends: "^国有资本经营预算" would take 国有资本经营预算拨喜 for known).
 */
function isKnown(name: string): boolean {
  const key = normalizeName(name);
  if (getCatalogue().codesNamed(key).length > 0) return true;
  if (knownNames().get(key.length)?.includes(key)) return true;
  return PROFILES.some((p) =>
    p.tables.some((t) => t.rowRoles?.some((r) => WHOLE.test(r.name) && matches(r.name, norm(name)))),
  );
}

const WHOLE = /^\^.*\$$/u;

/** The one known name among `candidates` one edit from `name`, if exactly one is. */
function nearest(name: string, candidates: Iterable<string>): string | undefined {
  let found: string | undefined;
  for (const c of candidates) {
    if (!oneEdit(name, c)) continue;
    if (found !== undefined && found !== c) return undefined;
    found = c;
  }
  return found;
}

/**
 * The name as printed, for a name read by OCR (numbering and all: "三、卫生健康文出" → "三、卫生健康支出"); `code`,
 * when the row has one, narrows the known names to the code's own.
 */
export function mendOcrName(text: string, code?: string): string {
  const number = LINE_NUMBER.exec(text.trim())?.[0] ?? '';
  const body = text.trim().slice(number.length);
  const key = normalizeName(body);
  if ([...key].length < MIN_LENGTH || !/\p{Script=Han}/u.test(key)) return text;
  if (code) {
    const own = getCatalogue()
      .lookup(code)
      ?.history.map((n) => normalizeName(n.name));
    if (own?.includes(key)) return text;
    const mended = own ? nearest(key, own) : undefined;
    if (mended) return `${number}${mended}`;
  }
  if (isKnown(key)) return text;
  const vocab = knownNames();
  const mended = nearest(key, [
    ...(vocab.get(key.length - 1) ?? []),
    ...(vocab.get(key.length) ?? []),
    ...(vocab.get(key.length + 1) ?? []),
  ]);
  return mended ? `${number}${mended}` : text;
}

/** A body row's figure: the header ends before the first row that has one. */
const FIGURE = /^-?[\d,]+\.\d+$/u;

/**
 * The header rows of a table read by OCR with their words mended as names are ("对附属单位补助文出", "习有资本经营
 * 预算" read for 对附属单位补助支出, 国有资本经营预算): a column whose header names nothing is a column of unknown
 * figures.
 */
export function mendOcrHeaderRows(rows: readonly RawRow[]): RawRow[] {
  const body = rows.findIndex((r) => r.cells.some((c) => FIGURE.test(c.text.trim())));
  return rows.map((r, i) =>
    body >= 0 && i >= body
      ? r
      : { ...r, cells: r.cells.map((c) => (c.prov.ocr ? { ...c, text: mendOcrName(c.text) } : c)) },
  );
}
