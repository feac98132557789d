/**
 * Numbered sequences: headings under one parent, paragraphs of one section that start with a marker, and markers
 * inside one paragraph ("1、… 2、…", "（1）…", "一是…二是…"). A sequence is only read here; the numbering rule
 * decides what a gap is.
 */
import type { EnumerationClaim, Sentence } from './claims.js';
import type { Unit } from './sentences.js';
import { inlineMarkers, leadingMarker, type Marker, normalizeNarrative } from './text.js';

type Group = EnumerationClaim['markers'];

function sentenceAt(unitSentences: Map<number, Sentence[]>, unit: number): Sentence | undefined {
  return unitSentences.get(unit)?.[0];
}

export function enumerationClaims(units: Unit[], sentences: Sentence[]): EnumerationClaim[] {
  const byUnit = new Map<number, Sentence[]>();
  for (const s of sentences) {
    if (!byUnit.has(s.paragraph)) byUnit.set(s.paragraph, []);
    byUnit.get(s.paragraph)!.push(s);
  }
  const out: EnumerationClaim[] = [];
  const groups = new Map<string, { scope: EnumerationClaim['scope']; markers: Group }>();
  units.forEach((unit, i) => {
    const first = sentenceAt(byUnit, i);
    if (!first) return;
    const marker = leadingMarker(unit.text);
    if (marker) {
      const scope = unit.heading ? 'headings' : 'paragraphs';
      const key = `${siblingsOf(unit, marker).join('\u0001')}\u0002${marker.style}`;
      if (!groups.has(key)) groups.set(key, { scope, markers: [] });
      groups.get(key)!.markers.push({ marker, sentence: first });
    }
    const inline = inlineGroups(unit.text.slice(marker?.length ?? 0));
    for (const markers of inline.values()) {
      if (markers.length < 2) continue;
      out.push(
        claim(
          'inline',
          markers.map((m) => ({ marker: m, sentence: first })),
        ),
      );
    }
  });
  for (const g of groups.values())
    if (g.markers.length >= 2 || g.markers.some((m) => m.marker.lookalike))
      out.push(claim(g.scope, g.markers));
  return out;
}

/**
 * The path a numbered unit's siblings share. Markers of one style are siblings wherever the reader put them: a
 * paragraph "（十）…" under the heading "（九）…" (a short item the reader took for a heading) is its sibling, not its
 * child, so it counts in the same sequence as the headings "（八）" and "（十四）" beside them.
 */
function siblingsOf(unit: Unit, marker: Marker): string[] {
  if (unit.heading) return unit.section;
  const parent = unit.section[unit.section.length - 1];
  const style = parent === undefined ? undefined : leadingMarker(normalizeNarrative(parent))?.style;
  return style === marker.style ? unit.section.slice(0, -1) : unit.section;
}

function inlineGroups(text: string): Map<string, Marker[]> {
  const groups = new Map<string, Marker[]>();
  for (const m of inlineMarkers(text)) {
    if (!groups.has(m.style)) groups.set(m.style, []);
    groups.get(m.style)!.push(m);
  }
  return groups;
}

function claim(scope: EnumerationClaim['scope'], markers: Group): EnumerationClaim {
  return { kind: 'enumeration', scope, markers, subject: '', sentence: markers[0].sentence, at: 0 };
}
