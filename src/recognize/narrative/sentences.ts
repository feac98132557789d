/**
 * Narrative paragraphs → units (paragraphs, plus headings that carry text of their own) → sentences.
 */
import type { NarrativeParagraph } from '../../model/disclosure.js';
import type { Provenance } from '../../model/raw.js';
import type { Sentence } from './claims.js';
import { normalizeNarrative } from './text.js';

export interface Unit {
  /** Normalized text. */
  text: string;
  section: string[];
  prov: Provenance;
  /** A heading (from a section path) rather than a body paragraph. */
  heading: boolean;
}

const squash = (s: string) => normalizeNarrative(s).replace(/\s+/gu, '');

/**
 * Body paragraphs in order, with each heading emitted once before its first paragraph unless the recognizer
 * also listed it as a paragraph: headings such as "1.社会保障和就业支出198.19万元，占12%" hold claims too.
 */
export function narrativeUnits(paragraphs: NarrativeParagraph[]): Unit[] {
  const asParagraph = new Set(paragraphs.map((p) => squash(p.text)));
  const emitted = new Set<string>();
  const units: Unit[] = [];
  for (const p of paragraphs) {
    p.section.forEach((heading, depth) => {
      const key = `${p.section.slice(0, depth).join('\u0001')}\u0001${heading}`;
      if (emitted.has(key)) return;
      emitted.add(key);
      const text = normalizeNarrative(heading);
      const isParagraphToo = asParagraph.has(squash(heading));
      units.push({
        text: isParagraphToo ? '' : text,
        section: p.section.slice(0, depth),
        prov: { ...p.prov },
        heading: true,
      });
    });
    const text = normalizeNarrative(p.text);
    const last = p.section[p.section.length - 1];
    const isHeading = last !== undefined && squash(last) === squash(p.text);
    units.push({
      text,
      section: isHeading ? p.section.slice(0, -1) : p.section,
      prov: p.prov,
      heading: isHeading,
    });
  }
  // A heading listed as a paragraph too keeps its paragraph's place; the empty stand-in is dropped.
  return units.filter((u) => u.text !== '');
}

const SENTENCE_END = /[。!?！？]+/gu;

/** Split a unit into sentences at 。！？ (';' stays inside: lists run across it). */
export function splitSentences(unit: Unit, paragraph: number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let index = 0;
  const push = (end: number) => {
    const raw = unit.text.slice(start, end);
    const text = raw.trim();
    if (text !== '') {
      const before = unit.text.slice(0, start + raw.indexOf(text));
      const linesBefore = before.split('\n').length - 1;
      const prov: Provenance = { ...unit.prov };
      if (prov.line !== undefined) prov.line += linesBefore;
      out.push({ text, section: unit.section, prov, paragraph, index: index++ });
    }
  };
  for (const m of unit.text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    push(end);
    start = end;
  }
  push(unit.text.length);
  return out;
}
